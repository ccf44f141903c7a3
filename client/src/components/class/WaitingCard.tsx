/** What a student sees before their table starts: they are in, and what happens next. */
import type { Placement } from '@shared/classroom/seating.ts';
import { t } from '../../i18n/t.ts';
import { RoleGlyph } from '../RoleGlyph.tsx';

export function WaitingCard({ placement }: { placement: Placement | null }) {
  const role = placement && placement.kind !== 'observer' ? placement.role : null;
  return (
    <section className="card narrow center class-waiting" data-testid="class-waiting" aria-labelledby="waiting-title">
      {role ? <RoleGlyph role={role} size={64} /> : <div className="pulse-dot" aria-hidden="true" />}
      <h2 id="waiting-title">{t('class.waiting.title')}</h2>
      <p>{placement ? t('class.waiting.placed') : t('class.waiting.unplaced')}</p>
      {role && <p className="muted">{t(`role.${role}.description`)}</p>}
    </section>
  );
}
