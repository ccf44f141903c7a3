/**
 * The game table: the phase bar on top; the city dashboard, the phase's main panel (proposals,
 * negotiation, ballot, role action or the resolution sequence) and the seat's private side. On a
 * phone the three columns become tabs. Spectators get the same table without the private parts.
 */
import { useMemo, useState } from 'react';
import type { IndicatorId } from '@shared/model/types.ts';
import type { Role } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { CityDashboard } from '../components/city/CityDashboard.tsx';
import { ResolutionSequence } from '../components/resolution/ResolutionSequence.tsx';
import { BallotPanel } from '../components/table/BallotPanel.tsx';
import { BriefingPanel } from '../components/table/BriefingPanel.tsx';
import { ChatPanel } from '../components/table/ChatPanel.tsx';
import { ClaimBotSeat } from '../components/table/ClaimBotSeat.tsx';
import { DealsPanel } from '../components/table/DealsPanel.tsx';
import { LeversInForce } from '../components/table/LeversInForce.tsx';
import { PhaseBar } from '../components/table/PhaseBar.tsx';
import { PrivatePanel } from '../components/table/PrivatePanel.tsx';
import { ProposalsPanel } from '../components/table/ProposalsPanel.tsx';
import { RoleActionPanel } from '../components/table/RoleActionPanel.tsx';
import { SeatsPanel } from '../components/table/SeatsPanel.tsx';
import { SpectatorChat } from '../components/table/SpectatorChat.tsx';
import { TutorialCoach } from '../components/tutorial/TutorialCoach.tsx';
import { t } from '../i18n/t.ts';
import { dashboard } from '../state/city-selectors.ts';
import { resolutionStory } from '../state/resolution-steps.ts';
import { myRole, seatRows } from '../state/seat-selectors.ts';
import type { SessionState } from '../state/session-state.ts';
import { phaseDeadline } from '../state/table-selectors.ts';
import { isTutorial } from '../state/tutorial.ts';

const TABS = ['play', 'city', 'talk', 'me'] as const;
type Tab = (typeof TABS)[number];

function MainPanel({ session, view, me, nowValues }: { session: SessionState; view: MatchView; me: Role | null; nowValues: Partial<Record<IndicatorId, number>> }) {
  switch (view.phase) {
    case 'briefing':
      return <><BriefingPanel view={view} /><LeversInForce view={view} /></>;
    case 'proposals':
      return <ProposalsPanel view={view} me={me} nowValues={nowValues} />;
    case 'negotiation':
      return <><ProposalsPanel view={view} me={me} nowValues={nowValues} /><DealsPanel view={view} me={me} /></>;
    case 'vote':
      return <><BallotPanel view={view} me={me} />{me && <DealsPanel view={view} me={me} />}</>;
    case 'actions':
      return me ? <RoleActionPanel view={view} me={me} /> : <ProposalsPanel view={view} me={me} nowValues={nowValues} />;
    default: {
      const story = resolutionStory(view, session.events);
      return story ? <ResolutionSequence story={story} view={view} /> : <p className="loading">{t('common.loading')}</p>;
    }
  }
}

export default function TableScreen({ session }: { session: SessionState }) {
  const view = session.view!;
  const me = myRole(session);
  const [tab, setTab] = useState<Tab>('play');
  const readings = useMemo(() => dashboard(view), [view.rounds, view.world, view.config]);
  const nowValues = Object.fromEntries(readings.filter((r) => r.value !== null).map((r) => [r.id, r.value])) as Partial<Record<IndicatorId, number>>;
  const sustainability = nowValues.sustainability ?? null;
  const rows = seatRows(session);
  const tabLabel = (x: Tab) => (x === 'me' && !me ? t('table.tab.watch') : t(`table.tab.${x}`));
  return (
    <div className={`table-screen show-${tab}`} data-testid="screen-table">
      <PhaseBar view={view} me={me} deadline={phaseDeadline(session)} watchers={session.mode === 'spectator' ? session.lobby?.spectators ?? null : null} />
      {session.code && isTutorial(session.code) && me && <TutorialCoach view={view} me={me} />}
      <nav className="table-tabs" aria-label={t('table.sections')}>
        {TABS.map((x) => (
          <button key={x} type="button" className={tab === x ? 'active' : ''} aria-pressed={tab === x} data-testid={`tab-${x}`} onClick={() => setTab(x)}>
            {tabLabel(x)}
          </button>
        ))}
      </nav>
      <div className="table-grid">
        <div className="col col-city"><CityDashboard view={view} compact /></div>
        <section className="col col-play" id="table-main" aria-label={t('table.main')}>
          <MainPanel session={session} view={view} me={me} nowValues={nowValues} />
        </section>
        <div className="col col-side">
          <div className="side-me">
            {me && <PrivatePanel view={view} me={me} sustainability={sustainability} />}
            {!me && session.mode === 'player' && <ClaimBotSeat view={view} rows={rows} />}
            <SeatsPanel view={view} rows={rows} />
          </div>
          <div className="side-talk">
            <ChatPanel view={view} me={me} />
            {session.mode === 'spectator' && <SpectatorChat lines={session.spectatorChat} />}
          </div>
        </div>
      </div>
    </div>
  );
}
