/**
 * One match at /m/CODE (players) or /watch/CODE (spectators): joins it, keeps the connection, and
 * shows the lobby, the table or the results depending on the phase. A reload lands back here and the
 * saved seat token returns the player to the same seat.
 */
import { lazy, Suspense, useEffect } from 'react';
import { StatusLayer } from '../components/StatusLayer.tsx';
import { t } from '../i18n/t.ts';
import { joinMatch, session, spectateMatch } from '../net/match-session.ts';
import { useStore } from '../net/store.ts';
import { Link, navigate, paths } from '../router.tsx';
import { myRole } from '../state/seat-selectors.ts';
import type { SessionState } from '../state/session-state.ts';

const LobbyScreen = lazy(() => import('./LobbyScreen.tsx'));
const TableScreen = lazy(() => import('./TableScreen.tsx'));
const ResultsScreen = lazy(() => import('./ResultsScreen.tsx'));

function useRematchRedirect(s: SessionState) {
  const rematch = s.notices.find((n) => n.kind === 'rematchReady' && n.code && n.code !== s.code);
  useEffect(() => {
    if (rematch?.code && s.mode === 'player') navigate(paths.match(rematch.code));
  }, [rematch?.code, s.mode]);
}

function Failure({ reason }: { reason: string | null }) {
  return (
    <section className="card narrow center" data-testid="match-failed">
      <h1>{t('connection.failed')}</h1>
      <p>{reason ? t(reason as 'join.error.generic') : t('join.error.generic')}</p>
      <Link href={paths.home()} className="button primary">{t('common.home')}</Link>
    </section>
  );
}

function Phase({ s }: { s: SessionState }) {
  const view = s.view!;
  if (view.phase === 'lobby') return <LobbyScreen session={s} />;
  if (view.phase === 'gameOver') return <ResultsScreen session={s} />;
  return <TableScreen session={s} />;
}

export default function MatchScreen({ code, spectate = false }: { code: string; spectate?: boolean }) {
  const s = useStore(session);
  useEffect(() => {
    void (spectate ? spectateMatch(code) : joinMatch(code));
  }, [code, spectate]);
  useRematchRedirect(s);

  const isThisMatch = s.code === code;
  if (isThisMatch && s.status === 'failed') return <Failure reason={s.failure} />;
  const ready = isThisMatch && s.view !== null;
  return (
    <div className="match" data-testid="screen-match" data-phase={ready ? s.view!.phase : 'connecting'}
      data-role={ready ? myRole(s) ?? 'none' : 'none'} data-mode={s.mode}>
      <StatusLayer session={s} />
      {ready ? (
        <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
          <Phase s={s} />
        </Suspense>
      ) : (
        <p className="loading" data-testid="match-connecting">{t('connection.connecting')}</p>
      )}
    </div>
  );
}
