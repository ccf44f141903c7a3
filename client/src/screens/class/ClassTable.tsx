/**
 * A student's table inside the class screen: joins the table's room with the student token (the
 * usual match connection, so reconnection and every table panel work as in any match) and shows the
 * table, or the results at the end. Observers watch the public table; the teacher seats people, so
 * there is no lobby to manage and no rematch.
 */
import { lazy, Suspense, useEffect } from 'react';
import type { ChatMode } from '@shared/protocol/class-messages.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { StatusLayer } from '../../components/StatusLayer.tsx';
import { t } from '../../i18n/t.ts';
import { joinMatch, session } from '../../net/match-session.ts';
import { saveSeat } from '../../net/seat-tokens.ts';
import { useStore } from '../../net/store.ts';
import { myRole } from '../../state/seat-selectors.ts';
import type { SessionState } from '../../state/session-state.ts';

const TableScreen = lazy(() => import('../TableScreen.tsx'));
const ResultsScreen = lazy(() => import('../ResultsScreen.tsx'));

function TableLobby({ view }: { view: MatchView }) {
  return (
    <section className="card narrow center" data-testid="class-table-lobby">
      <h2>{t(`scenario.${view.config.scenario}`)}</h2>
      <p className="muted">{t('class.waiting.placed')}</p>
    </section>
  );
}

function Phase({ s }: { s: SessionState }) {
  const view = s.view!;
  if (view.phase === 'lobby') return <TableLobby view={view} />;
  // At the end everything is revealed; a class table has no rematch (the teacher runs the class).
  if (view.phase === 'gameOver') return <ResultsScreen session={{ ...s, mode: 'spectator' }} />;
  return <TableScreen session={s} />;
}

type Props = { tableCode: string; token: string; name: string; observer: boolean; chatMode: ChatMode };

export function ClassTable({ tableCode, token, name, observer, chatMode }: Props) {
  const s = useStore(session);
  useEffect(() => {
    saveSeat(tableCode, { seatToken: token, role: null, name });
    void joinMatch(tableCode); // leaves the previous table first, when the teacher moved the student
  }, [tableCode, token]);
  const ready = s.code === tableCode && s.view !== null;
  // Observers see the table as spectators do: no seat to claim, their own chat.
  const shown: SessionState = observer ? { ...s, mode: 'spectator' } : s;
  return (
    <div className={`match class-table chat-${chatMode}`} data-testid="screen-match" data-phase={ready ? s.view!.phase : 'connecting'}
      data-role={ready ? myRole(shown) ?? 'none' : 'none'} data-mode={shown.mode}>
      <StatusLayer session={s} />
      {ready ? (
        <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
          <Phase s={shown} />
        </Suspense>
      ) : (
        <p className="loading" data-testid="match-connecting">{s.status === 'failed' ? t('class.table.failed') : t('connection.connecting')}</p>
      )}
    </div>
  );
}
