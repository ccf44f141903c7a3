/** One moment of a replayed match, drawn with the table's own panels from the chosen perspective. */
import type { MatchView } from '@shared/rules/view.ts';
import { t } from '../../i18n/t.ts';
import { resolutionStory } from '../../state/resolution-steps.ts';
import { seatRowsOf } from '../../state/seat-selectors.ts';
import { roundProposals } from '../../state/table-selectors.ts';
import { CityDashboard } from '../city/CityDashboard.tsx';
import { ResolutionSequence } from '../resolution/ResolutionSequence.tsx';
import { AgendaReveal } from '../results/AgendaReveal.tsx';
import { KeyDecisions } from '../results/KeyDecisions.tsx';
import { OutcomeBanner } from '../results/OutcomeBanner.tsx';
import { BriefingPanel } from '../table/BriefingPanel.tsx';
import { ChatPanel } from '../table/ChatPanel.tsx';
import { DealsPanel } from '../table/DealsPanel.tsx';
import { PrivatePanel } from '../table/PrivatePanel.tsx';
import { ProposalCard } from '../table/ProposalCard.tsx';
import { SeatsPanel } from '../table/SeatsPanel.tsx';

function Middle({ view }: { view: MatchView }) {
  if (view.phase === 'gameOver') return <><OutcomeBanner view={view} /><AgendaReveal view={view} /><KeyDecisions view={view} /></>;
  if (view.phase === 'briefing') return <BriefingPanel view={view} />;
  if (view.phase === 'resolution') {
    const story = resolutionStory(view, []);
    if (story) return <ResolutionSequence story={story} view={view} />;
  }
  const proposals = roundProposals(view);
  return (
    <>
      <section className="card" aria-labelledby="replay-proposals">
        <h2 id="replay-proposals">{t('proposal.listTitle', { n: proposals.length })}</h2>
        {proposals.length === 0 && <p className="muted">{t('proposal.none')}</p>}
        <ul className="proposal-list">{proposals.map((p) => <ProposalCard key={p.id} view={view} proposal={p} me={null} />)}</ul>
      </section>
      {view.deals.some((d) => d.round === view.round) && <DealsPanel view={view} me={null} />}
    </>
  );
}

export function ReplayStage({ view }: { view: MatchView }) {
  const me = view.viewer.kind === 'seat' ? view.viewer.role : null;
  const sustainability = null;
  return (
    <div className="table-grid replay-stage" data-testid="replay-stage" data-round={view.round} data-phase={view.phase}>
      <div className="col col-city"><CityDashboard view={view} compact /></div>
      <section className="col col-play" aria-label={t('table.main')}><Middle view={view} /></section>
      <div className="col col-side">
        {me && <PrivatePanel view={view} me={me} sustainability={sustainability} />}
        <SeatsPanel view={view} rows={seatRowsOf(view, me)} />
        <ChatPanel view={view} me={null} />
      </div>
    </div>
  );
}
