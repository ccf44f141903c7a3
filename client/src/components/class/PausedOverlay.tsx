/** Covers the table while the teacher has it paused: moves wait, and the clock stands still. */
import { t } from '../../i18n/t.ts';

export function PausedOverlay({ message }: { message: string | null }) {
  return (
    <div className="paused-overlay" role="alertdialog" aria-modal="false" aria-labelledby="paused-title" data-testid="class-paused">
      <div className="paused-card">
        <svg width="48" height="48" viewBox="0 0 48 48" aria-hidden="true"><rect x="12" y="10" width="8" height="28" rx="2" /><rect x="28" y="10" width="8" height="28" rx="2" /></svg>
        <h2 id="paused-title">{t('class.paused.title')}</h2>
        <p>{message ?? t('class.paused.text')}</p>
      </div>
    </div>
  );
}
