/**
 * Results and debrief: the verdict on the city, every agenda revealed and whether it was met, the
 * city's trajectory, the decisions that moved the outcome most; then a rematch or the replay.
 * Spectators see the same page: everything is revealed at the end.
 */
import { useState } from 'react';
import { ChartFigure } from '../charts/ChartFigure.tsx';
import { PALETTE } from '../charts/chart-types.ts';
import { CityDashboard } from '../components/city/CityDashboard.tsx';
import { AgendaReveal } from '../components/results/AgendaReveal.tsx';
import { KeyDecisions } from '../components/results/KeyDecisions.tsx';
import { OutcomeBanner } from '../components/results/OutcomeBanner.tsx';
import { ChatPanel } from '../components/table/ChatPanel.tsx';
import { t } from '../i18n/t.ts';
import { sendRoomMessage } from '../net/game-actions.ts';
import { Link, paths } from '../router.tsx';
import { seriesOf } from '../state/city-selectors.ts';
import { SUSTAINABILITY_THRESHOLD } from '../state/debrief-selectors.ts';
import { myRole } from '../state/seat-selectors.ts';
import type { SessionState } from '../state/session-state.ts';

export default function ResultsScreen({ session }: { session: SessionState }) {
  const view = session.view!;
  const [asked, setAsked] = useState(false);
  const rows = seriesOf(view, 'sustainability').map((p) => ({ round: p.round, value: p.value, threshold: SUSTAINABILITY_THRESHOLD }));
  const matchId = session.lobby?.matchId || session.welcome?.matchId || null;
  const rematch = () => {
    setAsked(true);
    sendRoomMessage('rematch', {});
  };
  return (
    <div className="results" data-testid="screen-results">
      <OutcomeBanner view={view} />
      <div className="results-actions button-row">
        {myRole(session) && (
          <button type="button" className="button primary" data-testid="rematch" disabled={asked} onClick={rematch}>
            {asked ? t('results.rematchAsked') : t('results.rematch')}
          </button>
        )}
        {matchId && <Link href={paths.replay(matchId)} className="button ghost" data-testid="open-replay">{t('results.replay')}</Link>}
        <Link href={paths.home()} className="button ghost">{t('common.home')}</Link>
      </div>
      <div className="results-grid">
        <AgendaReveal view={view} />
        <KeyDecisions view={view} />
      </div>
      <section className="card" aria-labelledby="trajectory-title">
        <h2 id="trajectory-title">{t('results.trajectory')}</h2>
        <ChartFigure testId="trajectory-chart" title={t('indicator.sustainability')} rows={rows} decimals={0}
          series={[
            { key: 'value', label: t('indicator.sustainability'), color: PALETTE.sky },
            { key: 'threshold', label: t('results.thresholdLabel'), color: PALETTE.orange, dashed: true },
          ]} />
      </section>
      <CityDashboard view={view} />
      {view.chat.length > 0 && <ChatPanel view={view} me={null} />}
    </div>
  );
}
