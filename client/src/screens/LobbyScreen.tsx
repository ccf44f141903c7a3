/**
 * The lobby of one match: the code to share, the four seats with their public roles, names and
 * readiness, and the host's controls. A newcomer picks a name and a free (or bot-held) seat here.
 */
import { useState } from 'react';
import { ROLES, type Role } from '@shared/rules/types.ts';
import { Field } from '../components/Field.tsx';
import { CodeShare } from '../components/lobby/CodeShare.tsx';
import { HostPanel } from '../components/lobby/HostPanel.tsx';
import { LobbyReady } from '../components/lobby/LobbyReady.tsx';
import { SeatCard, type SeatCardActions } from '../components/lobby/SeatCard.tsx';
import { t } from '../i18n/t.ts';
import { sendRoomMessage } from '../net/game-actions.ts';
import { loadName, saveName } from '../net/seat-tokens.ts';
import { MAX_NAME_LENGTH } from '../state/limits.ts';
import { canStart, isHost, myRole, seatRows, type SeatRow } from '../state/seat-selectors.ts';
import type { SessionState } from '../state/session-state.ts';

export default function LobbyScreen({ session }: { session: SessionState }) {
  const [name, setName] = useState(loadName());
  const me = myRole(session);
  const host = isHost(session);
  const rows = seatRows(session);
  const view = session.view;
  const code = session.code ?? '';

  const claim = (role: Role) => {
    const mine = me ? rows.find((r) => r.role === me)?.name : '';
    const chosen = name.trim() || mine || t('lobby.defaultName', { role: t(`role.${role}`) });
    saveName(chosen);
    sendRoomMessage('claimSeat', { role, name: chosen.slice(0, MAX_NAME_LENGTH) });
  };
  const actionsFor = (row: SeatRow): SeatCardActions => ({
    onClaim: row.controller !== 'human' ? () => claim(row.role) : undefined,
    onRelease: row.isMe ? () => sendRoomMessage('releaseSeat', {}) : undefined,
    onKick: host && !row.isMe && row.controller === 'human' ? () => sendRoomMessage('hostKick', { role: row.role }) : undefined,
  });

  return (
    <div className="lobby" data-testid="screen-lobby">
      <header className="lobby-head card">
        <div>
          <p className="eyebrow">{t('phase.lobby')}</p>
          <h1>{view ? t(`scenario.${view.config.scenario}`) : t('lobby.title')}</h1>
          <p className="muted">{view ? t(`scenario.${view.config.scenario}.story`) : ''}</p>
        </div>
        <CodeShare code={code} />
      </header>
      {!me && (
        <section className="card claim-name" aria-labelledby="claim-title">
          <h2 id="claim-title">{t('lobby.pickSeat')}</h2>
          <Field label={t('create.name')} htmlFor="lobby-name">
            <input id="lobby-name" data-testid="lobby-name" value={name} maxLength={MAX_NAME_LENGTH} autoComplete="nickname"
              onChange={(e) => setName(e.target.value)} />
          </Field>
        </section>
      )}
      <div className="lobby-body">
        <ul className="seat-grid" aria-label={t('lobby.seats')}>
          {ROLES.map((role) => {
            const row = rows.find((r) => r.role === role)!;
            return <SeatCard key={role} row={row} actions={actionsFor(row)} seated={me !== null} />;
          })}
        </ul>
        <div className="lobby-side">
          {me && view && <LobbyReady ready={view.seats[me].ready} />}
          {view && <HostPanel config={view.config} isHost={host} canStart={canStart(session)} />}
        </div>
      </div>
    </div>
  );
}
