/** The decisions and events that moved the city's sustainability the most, with their signed effect. */
import type { MatchView } from '@shared/rules/view.ts';
import { formatDelta, t, tDynamic } from '../../i18n/t.ts';
import { keyDecisions, type Decision } from '../../state/debrief-selectors.ts';
import { formatLeverValue, leverLabel } from '../../state/lever-format.ts';
import { seatLabel } from '../../state/table-selectors.ts';

function describe(view: Pick<MatchView, 'seats'>, d: Decision): string {
  if (d.kind === 'event') return t('results.decision.event', { events: (d.events ?? []).map((e) => tDynamic(`modelEvent.${e}`, e)).join(' ') });
  if (d.kind === 'covert') return t('results.decision.covert');
  const what = d.proposal ? `${leverLabel(d.proposal.lever)} → ${formatLeverValue(d.proposal.lever, d.proposal.value)}` : leverLabel(d.lever!);
  return d.proposal ? t('results.decision.policyBy', { what, name: seatLabel(view, d.proposal.by) }) : what;
}

export function KeyDecisions({ view }: { view: Pick<MatchView, 'rounds' | 'proposals' | 'seats'> }) {
  const decisions = keyDecisions(view);
  return (
    <section className="card" aria-labelledby="decisions-title" data-testid="key-decisions">
      <h2 id="decisions-title">{t('results.decisions')}</h2>
      <p className="muted small">{t('results.decisionsExplain')}</p>
      {decisions.length === 0 ? (
        <p className="muted">{t('results.noDecisions')}</p>
      ) : (
        <ol className="decisions">
          {decisions.map((d, i) => (
            <li key={i} className={d.effect >= 0 ? 'pos' : 'neg'}>
              <span className="decision-round">{t('common.round', { round: d.round })}</span>
              <span className="decision-text">{describe(view, d)}</span>
              <span className="decision-effect">{formatDelta(d.effect, 1)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
