/**
 * The class debrief, rebuilt from the stored logs (so it opens the same after a restart or the next
 * day): the tables side by side, each table's decisions and agendas, the discussion questions; the
 * CSV and JSON exports; and a printable page.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ClassReport } from '@shared/protocol/class-report.ts';
import { t } from '../../i18n/t.ts';
import { buildDebrief } from '../../screens/class/debrief-model.ts';
import { downloadExport, fetchClassReport } from '../../screens/class/report-api.ts';
import { DebriefCompare } from './DebriefCompare.tsx';
import { DiscussionQuestions } from './DiscussionQuestions.tsx';
import { TableDebriefCard } from './TableDebriefCard.tsx';

export function DebriefPanel({ code, token }: { code: string; token: string }) {
  const [report, setReport] = useState<ClassReport | null>(null);
  const [failed, setFailed] = useState(false);
  const [refresh, setRefresh] = useState(0);
  const [downloading, setDownloading] = useState(false);
  useEffect(() => {
    let live = true;
    fetchClassReport(token).then((r) => live && setReport(r), () => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [token, refresh]);
  const tables = useMemo(() => (report ? buildDebrief(report) : []), [report]);
  const download = async (kind: 'csv' | 'json') => {
    setDownloading(true);
    await downloadExport(kind, token, code).catch(() => setFailed(true));
    setDownloading(false);
  };
  if (failed && !report) return <p className="card form-error" role="alert">{t('teach.debrief.loadFailed')}</p>;
  if (!report) return <p className="loading">{t('teach.debrief.loading')}</p>;
  return (
    <div className="debrief" data-testid="class-debrief" data-tables={tables.length}>
      <header className="card debrief-head">
        <div>
          <h2>{t('teach.debrief.title')}</h2>
          <p className="muted small">{t('teach.debrief.lede')}</p>
        </div>
        <div className="button-row no-print">
          <button type="button" className="button small ghost" onClick={() => setRefresh((n) => n + 1)} data-testid="debrief-refresh">{t('teach.debrief.refresh')}</button>
          <button type="button" className="button small" disabled={downloading} onClick={() => void download('csv')} data-testid="debrief-csv">{t('teach.debrief.csv')}</button>
          <button type="button" className="button small" disabled={downloading} onClick={() => void download('json')} data-testid="debrief-json">{t('teach.debrief.json')}</button>
          <button type="button" className="button small primary" onClick={() => window.print()} data-testid="debrief-print">{t('teach.debrief.print')}</button>
        </div>
      </header>
      {tables.length === 0 ? <p className="card muted">{t('teach.debrief.empty')}</p> : (
        <>
          <DebriefCompare tables={tables} />
          <div className="debrief-tables">{tables.map((tb) => <TableDebriefCard key={tb.table} table={tb} />)}</div>
          <DiscussionQuestions tables={tables} />
        </>
      )}
    </div>
  );
}
