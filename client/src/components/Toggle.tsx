/** A labelled checkbox switch with an optional hint, announced together to screen readers. */

export function Toggle(props: { id: string; checked: boolean; onChange: (value: boolean) => void; label: string; hint?: string }) {
  const { id, checked, onChange, label, hint } = props;
  return (
    <div className="toggle">
      <input type="checkbox" id={id} data-testid={id} checked={checked} onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>
        <span className="toggle-label">{label}</span>
        {hint && <span className="toggle-hint" id={`${id}-hint`}>{hint}</span>}
      </label>
    </div>
  );
}
