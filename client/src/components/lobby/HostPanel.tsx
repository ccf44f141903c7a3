/**
 * The host's controls before the start: the pace of the phases and the start button. Everyone else
 * sees the match settings and who they are waiting for.
 */
import { useState } from 'react';
import type { MatchConfig } from '@shared/rules/types.ts';
import { t } from '../../i18n/t.ts';
import { sendRoomMessage } from '../../net/game-actions.ts';
import { PACES, PACE_TIMERS, type Pace } from '../../state/match-setup.ts';

function paceOf(config: MatchConfig): Pace | 'custom' {
  const match = PACES.find((p) => Object.entries(PACE_TIMERS[p]).every(([k, v]) => config.timers[k as keyof MatchConfig['timers']] === v));
  return match ?? 'custom';
}

export function HostPanel({ config, isHost, canStart }: { config: MatchConfig; isHost: boolean; canStart: boolean }) {
  const [starting, setStarting] = useState(false);
  const pace = paceOf(config);
  const start = () => {
    setStarting(true);
    sendRoomMessage('hostStart', {});
    window.setTimeout(() => setStarting(false), 4000);
  };
  return (
    <section className="card host-panel" aria-labelledby="host-title">
      <h2 id="host-title">{isHost ? t('lobby.hostControls') : t('lobby.settings')}</h2>
      <dl className="settings-list">
        <dt>{t('create.scenario')}</dt>
        <dd data-testid="lobby-scenario">{t(`scenario.${config.scenario}`)}</dd>
        <dt>{t('create.rounds')}</dt>
        <dd>{t('create.roundsOption', { n: config.rounds })}</dd>
        <dt>{t('create.bots')}</dt>
        <dd>{config.botsFillEmptySeats ? t('common.yes') : t('common.no')}</dd>
      </dl>
      {isHost ? (
        <>
          <label htmlFor="host-pace">{t('create.pace')}</label>
          <select id="host-pace" data-testid="host-pace" value={pace}
            onChange={(e) => sendRoomMessage('hostSetTimers', { timers: { ...PACE_TIMERS[e.target.value as Pace] } })}>
            {pace === 'custom' && <option value="custom">{t('lobby.pace.custom')}</option>}
            {PACES.map((p) => <option key={p} value={p}>{t(`create.pace.${p}`)}</option>)}
          </select>
          <button type="button" className="button primary wide" data-testid="host-start" disabled={!canStart || starting} onClick={start}>
            {starting ? t('lobby.starting') : t('lobby.start')}
          </button>
          {!canStart && <p className="muted small">{t('lobby.startHint')}</p>}
        </>
      ) : (
        <p className="muted" data-testid="lobby-waiting">{t('lobby.waitingForHost')}</p>
      )}
    </section>
  );
}
