/**
 * The phase track across the top of the table: round, the six phases with the current one lit, the
 * countdown, and the "ready" button ("everyone ready" ends the phase early).
 */
import type { Role } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { t } from '../../i18n/t.ts';
import { sendIntent } from '../../net/game-actions.ts';
import { isReady, readyCount, TIMED_PHASES } from '../../state/table-selectors.ts';
import { Countdown } from './Countdown.tsx';

export function PhaseBar({ view, me, deadline, watchers }: { view: MatchView; me: Role | null; deadline: number | null; watchers?: number | null }) {
  const ready = isReady(view, me);
  const { ready: readyN, total } = readyCount(view);
  const current = TIMED_PHASES.indexOf(view.phase as (typeof TIMED_PHASES)[number]);
  return (
    <header className="phase-bar" data-testid="phase-bar" data-phase={view.phase} data-round={view.round}>
      <div className="phase-round">
        <span className="eyebrow">{t('common.roundOf', { round: view.round, rounds: view.config.rounds })}</span>
        <h1 className="phase-title" data-testid="phase-title">{t(`phase.${view.phase}`)}</h1>
      </div>
      <ol className="phase-steps" aria-label={t('table.phases')}>
        {TIMED_PHASES.map((phase, i) => (
          <li key={phase} className={i < current ? 'done' : i === current ? 'current' : ''} aria-current={i === current ? 'step' : undefined}>
            <span className="step-dot" aria-hidden="true" />
            <span className="step-name">{t(`phase.${phase}`)}</span>
          </li>
        ))}
      </ol>
      <div className="phase-controls">
        <Countdown deadline={deadline} />
        {me && (
          <button type="button" className={`button ${ready ? 'ready-on' : 'primary'}`} data-testid="ready-button" aria-pressed={ready}
            onClick={() => sendIntent('ready', { ready: !ready })}>
            {ready ? t('table.readyOn') : t('table.ready')}
          </button>
        )}
        {watchers != null && <span className="badge" data-testid="watching">{t('table.watching', { n: watchers })}</span>}
        <span className="muted small" data-testid="ready-count">{t('table.readyCount', { ready: readyN, total })}</span>
      </div>
      <p className="phase-hint">{t(`phase.${view.phase}.hint` as 'phase.vote.hint')}</p>
    </header>
  );
}
