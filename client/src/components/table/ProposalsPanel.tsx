/**
 * This year's proposals: the form to table one (in the proposals phase), the cards of everything on the
 * table, and for each a forecast of what it would do to the city.
 */
import { useState } from 'react';
import type { IndicatorId } from '@shared/model/types.ts';
import type { Role } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { t } from '../../i18n/t.ts';
import { canPropose, roundProposals } from '../../state/table-selectors.ts';
import { ForecastPanel } from '../forecast/ForecastPanel.tsx';
import { ProposalCard } from './ProposalCard.tsx';
import { ProposeForm } from './ProposeForm.tsx';

export function ProposalsPanel({ view, me, nowValues }: { view: MatchView; me: Role | null; nowValues: Partial<Record<IndicatorId, number>> }) {
  const proposals = roundProposals(view);
  const [open, setOpen] = useState<string | null>(null);
  const showForm = canPropose(view, me);
  const showForecasts = view.phase !== 'resolution' && view.phase !== 'briefing';
  return (
    <div className="proposals-panel">
      {showForm && <ProposeForm view={view} influence={view.seats[me!].influence ?? null} />}
      <section className="card" aria-labelledby="proposals-title">
        <h2 id="proposals-title">{t('proposal.listTitle', { n: proposals.length })}</h2>
        {proposals.length === 0 && <p className="muted" data-testid="no-proposals">{t('proposal.none')}</p>}
        <ul className="proposal-list">
          {proposals.map((p) => (
            <ProposalCard key={p.id} view={view} proposal={p} me={me} actions={showForecasts && p.status === 'tabled' && (
              <button type="button" className="button small ghost" aria-expanded={open === p.id} data-testid={`forecast-toggle-${p.id}`}
                onClick={() => setOpen(open === p.id ? null : p.id)}>
                {open === p.id ? t('forecast.hide') : t('forecast.show')}
              </button>
            )}>
              {open === p.id && <ForecastPanel view={view} proposal={p} me={me} nowValues={nowValues} />}
            </ProposalCard>
          ))}
        </ul>
      </section>
    </div>
  );
}
