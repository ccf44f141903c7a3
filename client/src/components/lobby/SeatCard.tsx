/**
 * One seat in the lobby: the role, its character and public description, who holds it (a person, a
 * bot or nobody), whether they are connected and ready, and the buttons this viewer may press.
 */
import { t } from '../../i18n/t.ts';
import type { SeatRow } from '../../state/seat-selectors.ts';
import { RoleGlyph } from '../RoleGlyph.tsx';

export type SeatCardActions = Readonly<{
  onClaim?: () => void;
  onRelease?: () => void;
  onKick?: () => void;
}>;

function occupant(row: SeatRow): string {
  if (row.controller === 'open') return t('lobby.seat.open');
  if (row.controller === 'bot') return row.name || t('lobby.seat.bot');
  return row.name;
}

export function SeatCard({ row, actions, seated }: { row: SeatRow; actions: SeatCardActions; seated: boolean }) {
  const status = row.controller === 'human' ? (row.connected ? t('lobby.seat.online') : t('lobby.seat.offline')) : null;
  return (
    <li className={`seat-card role-${row.role} ${row.isMe ? 'is-me' : ''} ${row.controller}`} data-testid={`seat-${row.role}`}>
      <header className="seat-head">
        <RoleGlyph role={row.role} size={34} />
        <div>
          <h3>{t(`role.${row.role}`)}</h3>
          <p className="seat-character">{t(`role.${row.role}.character`)}</p>
        </div>
      </header>
      <p className="seat-description">{t(`role.${row.role}.description`)}</p>
      <p className="seat-ability"><strong>{t('lobby.ability')}</strong> {t(`role.${row.role}.ability`)}</p>
      <div className="seat-occupant">
        <span className={`presence ${row.controller} ${row.connected ? 'online' : 'offline'}`} aria-hidden="true" />
        <span className="occupant-name" data-testid={`seat-name-${row.role}`}>{occupant(row)}</span>
        {row.isMe && <span className="badge me">{t('common.you')}</span>}
        {row.isHost && <span className="badge">{t('lobby.host')}</span>}
        {row.controller === 'bot' && <span className="badge bot">{t('lobby.seat.botBadge')}</span>}
        {status && <span className="visually-hidden">{status}</span>}
        {row.ready && row.controller !== 'open' && <span className="badge ready">{t('lobby.ready')}</span>}
      </div>
      <div className="seat-actions">
        {actions.onClaim && (
          <button type="button" className={`button small ${seated ? 'ghost' : 'primary'}`} data-testid={`claim-seat-${row.role}`} onClick={actions.onClaim}>
            {seated ? t('lobby.switch') : t('lobby.claim', { role: t(`role.${row.role}`) })}
          </button>
        )}
        {actions.onRelease && (
          <button type="button" className="button ghost small" data-testid="release-seat" onClick={actions.onRelease}>
            {t('lobby.release')}
          </button>
        )}
        {actions.onKick && (
          <button type="button" className="button ghost small" data-testid={`host-kick-${row.role}`} onClick={actions.onKick}>
            {t('lobby.kick')}
          </button>
        )}
      </div>
    </li>
  );
}
