/** The policies in force this year, marking those the council has changed since the start. */
import { scenarioLevers } from '@shared/model/scenarios.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { t } from '../../i18n/t.ts';
import { formatLeverValue, LEVER_LIST, leverLabel } from '../../state/lever-format.ts';

export function LeversInForce({ view }: { view: Pick<MatchView, 'levers' | 'config' | 'frozenLever'> }) {
  const start = scenarioLevers(view.config.scenario);
  return (
    <section className="card" aria-labelledby="levers-in-force" data-testid="levers-in-force">
      <h2 id="levers-in-force">{t('levers.title')}</h2>
      <ul className="lever-list">
        {LEVER_LIST.map((id) => {
          const changed = view.levers[id] !== start[id];
          return (
            <li key={id} className={changed ? 'changed' : ''}>
              <span>{leverLabel(id)}</span>
              <strong>{formatLeverValue(id, view.levers[id])}</strong>
              {changed && <span className="badge good">{t('levers.changed', { from: formatLeverValue(id, start[id]) })}</span>}
              {view.frozenLever === id && <span className="badge warn">{t('proposal.frozen')}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
