/**
 * The strip above a student's table: the class, their name, and where they sit (seat, co-pilot or
 * observer, at which table), so a student glancing up knows their role at once.
 */
import type { Placement } from '@shared/classroom/seating.ts';
import { t } from '../../i18n/t.ts';
import { RoleGlyph } from '../RoleGlyph.tsx';

export function placementText(placement: Placement | null): string {
  if (!placement) return t('class.place.waiting');
  if (placement.kind === 'observer') return t('class.place.observer', { table: placement.table });
  const role = t(`role.${placement.role}`);
  return placement.kind === 'seat' ? t('class.place.seat', { role, table: placement.table }) : t('class.place.copilot', { role, table: placement.table });
}

type Props = { title: string | null; code: string; name: string; placement: Placement | null; connection: string };

export function StudentClassBar({ title, code, name, placement, connection }: Props) {
  return (
    <header className="class-bar card" data-testid="class-bar" data-placement={placement ? `${placement.kind}:${placement.table}` : 'waiting'}>
      <div className="class-bar-place">
        {placement && placement.kind !== 'observer' ? <RoleGlyph role={placement.role} size={36} /> : <span className="class-bar-dot" aria-hidden="true" />}
        <div>
          <p className="eyebrow">{title ?? t('class.bar.class', { code })}</p>
          <p className="class-bar-name"><strong data-testid="class-my-name">{name}</strong> · <span data-testid="class-my-place">{placementText(placement)}</span></p>
        </div>
      </div>
      {connection !== 'connected' && <span className="chip warn" role="status">{t('connection.reconnecting')}</span>}
    </header>
  );
}
