/** The teacher's latest message to the class, shown above the table until the next one. */
import { t } from '../../i18n/t.ts';

export function BroadcastBanner({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <div className="broadcast-banner" role="status" aria-live="polite" data-testid="class-broadcast">
      <span className="broadcast-label">{t('class.broadcast.from')}</span>
      <span className="broadcast-text">{text}</span>
    </div>
  );
}
