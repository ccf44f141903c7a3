/**
 * The four seats as everyone sees them: name, role, reputation, exposure, connection, and whether they
 * are ready, have voted or have acted this phase (never what they chose).
 */
import type { MatchView } from '@shared/rules/view.ts';
import { t } from '../../i18n/t.ts';
import type { SeatRow } from '../../state/seat-selectors.ts';
import { RoleGlyph } from '../RoleGlyph.tsx';

function activity(view: MatchView, row: SeatRow): string | null {
  if (view.phase === 'vote') {
    const voted = Object.values(view.ballots).some((b) => b.voted.includes(row.role));
    return voted ? t('seats.voted') : null;
  }
  if (view.phase === 'actions') return row.hasActed ? t('seats.acted') : null;
  return null;
}

export function SeatsPanel({ view, rows }: { view: MatchView; rows: readonly SeatRow[] }) {
  return (
    <section className="card seats-panel" aria-labelledby="seats-title" data-testid="seats-panel">
      <h2 id="seats-title">{t('seats.title')}</h2>
      <ul>
        {rows.map((row) => {
          const doing = activity(view, row);
          return (
            <li key={row.role} className={`seat-line role-${row.role} ${row.isMe ? 'is-me' : ''}`} data-testid={`seat-line-${row.role}`}>
              <RoleGlyph role={row.role} size={22} />
              <span className="seat-line-name">
                <strong>{row.name || t('lobby.seat.open')}</strong>
                <small>{t(`role.${row.role}`)}{row.controller === 'bot' ? ` · ${t('lobby.seat.botBadge')}` : ''}{row.isMe ? ` · ${t('common.you')}` : ''}</small>
              </span>
              <span className="seat-line-badges">
                {row.reputation !== null && <span className="badge" title={t('common.reputation')}>★ {row.reputation}</span>}
                {row.exposed && <span className="badge bad">{t('seats.exposed')}</span>}
                {row.wentStraight && <span className="badge good">{t('seats.straight')}</span>}
                {row.controller === 'human' && !row.connected && <span className="badge warn">{t('seats.offline')}</span>}
                {doing && <span className="badge">{doing}</span>}
                {row.ready && <span className="badge ready">✓ {t('lobby.ready')}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
