/**
 * For someone who arrives at a running match without a seat: take over a seat a bot is playing. The
 * server allows it between rounds (briefing or resolution) and says why otherwise.
 */
import { useState } from 'react';
import type { MatchView } from '@shared/rules/view.ts';
import { t } from '../../i18n/t.ts';
import { sendRoomMessage } from '../../net/game-actions.ts';
import { loadName, saveName } from '../../net/seat-tokens.ts';
import { MAX_NAME_LENGTH } from '../../state/limits.ts';
import type { SeatRow } from '../../state/seat-selectors.ts';
import { RoleGlyph } from '../RoleGlyph.tsx';

export function ClaimBotSeat({ view, rows }: { view: MatchView; rows: readonly SeatRow[] }) {
  const [name, setName] = useState(loadName());
  const bots = rows.filter((r) => r.controller === 'bot');
  if (bots.length === 0) return null;
  const between = view.phase === 'briefing' || view.phase === 'resolution';
  const claim = (row: SeatRow) => {
    const chosen = (name.trim() || t('lobby.defaultName', { role: t(`role.${row.role}`) })).slice(0, MAX_NAME_LENGTH);
    saveName(chosen);
    sendRoomMessage('claimSeat', { role: row.role, name: chosen });
  };
  return (
    <section className="card claim-bot" aria-labelledby="claim-bot-title" data-testid="claim-bot-seat">
      <h2 id="claim-bot-title">{t('claim.title')}</h2>
      <p className="muted small">{between ? t('claim.now') : t('claim.later')}</p>
      <label htmlFor="claim-name">{t('create.name')}</label>
      <input id="claim-name" value={name} maxLength={MAX_NAME_LENGTH} onChange={(e) => setName(e.target.value)} />
      <div className="button-row" style={{ marginTop: '0.6rem' }}>
        {bots.map((row) => (
          <button key={row.role} type="button" className="button small" data-testid={`claim-bot-${row.role}`} onClick={() => claim(row)}>
            <RoleGlyph role={row.role} size={18} /> {t('claim.take', { role: t(`role.${row.role}`) })}
          </button>
        ))}
      </div>
    </section>
  );
}
