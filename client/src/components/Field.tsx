/** A labelled form field with an optional hint, shared by every form. */
import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';

export function Field({ label, htmlFor, hint, children }: { label: string; htmlFor: string; hint?: string; children: ReactNode }) {
  const hintId = hint ? `${htmlFor}-hint` : undefined;
  // The hint is read with the control it explains.
  const control = hintId && isValidElement(children) ? cloneElement(children as ReactElement<{ 'aria-describedby'?: string }>, { 'aria-describedby': hintId }) : children;
  return (
    <div className="field">
      <label htmlFor={htmlFor}>{label}</label>
      {control}
      {hint && <p className="field-hint" id={hintId}>{hint}</p>}
    </div>
  );
}
