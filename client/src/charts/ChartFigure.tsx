/**
 * A chart with its accessible twin: a caption, a button to switch to the data table, and the table
 * itself (always what screen readers get). The Recharts code loads only when a chart is shown.
 */
import { lazy, Suspense, useId, useState } from 'react';
import { t } from '../i18n/t.ts';
import type { ChartRow, ChartSeries } from './chart-types.ts';
import { DataTable } from './DataTable.tsx';

const LineSeriesChart = lazy(() => import('./LineSeriesChart.tsx'));

export function ChartFigure(props: { title: string; rows: readonly ChartRow[]; series: readonly ChartSeries[]; decimals?: number; testId: string; height?: number }) {
  const { title, rows, series, decimals = 1, testId, height } = props;
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <figure className="chart-figure" data-testid={testId} aria-labelledby={id}>
      <figcaption id={id}>
        <span>{title}</span>
        <button type="button" className="button small ghost" data-testid={`${testId}-toggle`} aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}>
          {asTable ? t('common.showChart') : t('common.showTable')}
        </button>
      </figcaption>
      {rows.length < 2 && !asTable ? (
        <p className="chart-empty muted small">{t('chart.empty')}</p>
      ) : asTable ? (
        <DataTable rows={rows} series={series} decimals={decimals} caption={title} />
      ) : (
        <>
          <Suspense fallback={<div className="chart-placeholder" style={{ height: height ?? 240 }} />}>
            <LineSeriesChart rows={rows} series={series} decimals={decimals} height={height} />
          </Suspense>
          <div className="visually-hidden">
            <DataTable rows={rows} series={series} decimals={decimals} caption={title} scroll={false} />
          </div>
        </>
      )}
    </figure>
  );
}
