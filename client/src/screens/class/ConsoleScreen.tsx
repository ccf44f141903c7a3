/**
 * /teach/CODE: the facilitator's console, opened by the host link (the token after '#' is kept on this
 * device and taken out of the address bar, so a projected screen never shows it). Every table live
 * on one screen with its controls; the students; one table with everything visible; the debrief.
 * When the live class is gone, its debrief still opens from the store.
 */
import { useEffect, useState } from 'react';
import { ClassControls } from '../../components/class/ClassControls.tsx';
import { ConsoleHeader } from '../../components/class/ConsoleHeader.tsx';
import { DebriefPanel } from '../../components/class/DebriefPanel.tsx';
import { GatheringPanel } from '../../components/class/GatheringPanel.tsx';
import { StudentRoster } from '../../components/class/StudentRoster.tsx';
import { TableGrid } from '../../components/class/TableGrid.tsx';
import { TableOversight } from '../../components/class/TableOversight.tsx';
import { t } from '../../i18n/t.ts';
import { useStore } from '../../net/store.ts';
import { Link, paths } from '../../router.tsx';
import { classRefusalText } from './class-text.ts';
import { loadHostToken, saveHostToken } from './class-storage.ts';
import { closeConsole, dismissHostRefusal, hostSession, openConsole } from './host-session.ts';
import { useTableWatch } from './table-watch.ts';
import '../../components/class/classroom.css';

const TABS = ['tables', 'students', 'debrief'] as const;
type Tab = (typeof TABS)[number];

function useHostToken(code: string): string | null {
  const [token] = useState(() => {
    const fromLink = decodeURIComponent(window.location.hash.slice(1));
    if (fromLink.length >= 16) {
      saveHostToken(code, fromLink, null);
      window.history.replaceState(null, '', window.location.pathname);
      return fromLink;
    }
    return loadHostToken(code);
  });
  return token;
}

function NoToken() {
  return (
    <section className="card narrow center" data-testid="console-no-token">
      <h1>{t('teach.noToken.title')}</h1>
      <p>{t('teach.noToken.text')}</p>
      <Link href={paths.teach()} className="button primary">{t('teach.noToken.create')}</Link>
    </section>
  );
}

export default function ConsoleScreen({ code }: { code: string }) {
  const token = useHostToken(code);
  const h = useStore(hostSession);
  const [tab, setTab] = useState<Tab>('tables');
  const [watching, setWatching] = useState<number | null>(null);
  useEffect(() => {
    if (token) void openConsole(code, token);
  }, [code, token]);
  useEffect(() => () => void closeConsole(), []);
  const dashboard = h.code === code ? h.dashboard : null;
  const watchCode = watching !== null ? dashboard?.tables[watching - 1]?.code ?? null : null;
  const watch = useTableWatch(watchCode, token);
  if (!token) return <NoToken />;
  if (h.status === 'failed') return <p className="card narrow form-error" role="alert" data-testid="console-failed">{t(h.failure ?? 'class.error.generic')}</p>;
  const gone = h.status === 'gone';
  const shownTab: Tab = gone ? 'debrief' : tab;
  return (
    <div className="console" data-testid="screen-console" data-status={dashboard?.status ?? (gone ? 'gone' : 'connecting')}>
      <ConsoleHeader code={code} title={dashboard?.config.title ?? h.welcome?.config.title ?? null} status={dashboard?.status ?? null} token={token} students={dashboard?.students.length ?? 0} />
      {gone && <p className="card notice-card" role="status">{t('teach.console.gone')}</p>}
      {h.status === 'reconnecting' && <p className="chip warn" role="status">{t('connection.reconnecting')}</p>}
      {h.refusals.map((r) => (
        <p key={r.id} className="toast error inline-toast" role="alert" data-testid="console-refusal">
          {classRefusalText(r.error)}
          <button type="button" className="toast-close" aria-label={t('common.dismiss')} onClick={() => dismissHostRefusal(r.id)}>×</button>
        </p>
      ))}
      {dashboard && !gone && <ClassControls dashboard={dashboard} />}
      {!gone && (
        <nav className="console-tabs" aria-label={t('teach.console.sections')}>
          {TABS.map((x) => (
            <button key={x} type="button" className={shownTab === x ? 'active' : ''} aria-pressed={shownTab === x} data-testid={`console-tab-${x}`}
              onClick={() => { setTab(x); setWatching(null); }}>
              {t(`teach.tab.${x}`)}
            </button>
          ))}
        </nav>
      )}
      {shownTab === 'tables' && dashboard && (watching !== null
        ? <TableOversight table={watching} view={watch.view} onBack={() => setWatching(null)} />
        : dashboard.tables.length === 0 ? <GatheringPanel dashboard={dashboard} /> : <TableGrid dashboard={dashboard} receivedAt={h.dashboardAt} onWatch={setWatching} />)}
      {shownTab === 'students' && dashboard && <StudentRoster dashboard={dashboard} />}
      {shownTab === 'debrief' && <DebriefPanel code={code} token={token} />}
      {!dashboard && !gone && <p className="loading">{t('connection.connecting')}</p>}
    </div>
  );
}
