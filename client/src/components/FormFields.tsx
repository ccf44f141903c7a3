/** Labelled form controls shared by every form: a field with its label and hint, and a switch. */
import type { ReactNode } from 'react';

export function Field({ label, htmlFor, hint, children }: { label: string; htmlFor: string; hint?: string; children: ReactNode }) {
  const hintId = hint ? `${htmlFor}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={htmlFor}>{label}</label>
      {children}
      {hint && <p className="field-hint" id={hintId}>{hint}</p>}
    </div>
  );
}

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
