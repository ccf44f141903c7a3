/**
 * The tables side by side on the same chart, one line per table, for the indicator the teacher picks
 * (sustainability first); every chart has its data-table twin.
 */
import { useState } from 'react';
import type { IndicatorId } from '@shared/model/types.ts';
import { ChartFigure } from '../../charts/ChartFigure.tsx';
import { SERIES_COLORS } from '../../charts/chart-types.ts';
import { t } from '../../i18n/t.ts';
import { COMPARE_INDICATORS, comparisonRows, type DebriefTable } from '../../screens/class/debrief-model.ts';

export function DebriefCompare({ tables }: { tables: readonly DebriefTable[] }) {
  const [indicator, setIndicator] = useState<IndicatorId>('sustainability');
  const rows = comparisonRows(tables, indicator);
  const series = tables.map((tb, i) => ({ key: `t${tb.table}`, label: t('teach.table', { n: tb.table }), color: SERIES_COLORS[i % SERIES_COLORS.length], dashed: i >= SERIES_COLORS.length }));
  return (
    <section className="card debrief-compare" aria-labelledby="compare-title" data-testid="debrief-compare">
      <div className="debrief-compare-head">
        <h2 id="compare-title">{t('teach.debrief.compare')}</h2>
        <label htmlFor="compare-indicator" className="visually-hidden">{t('teach.debrief.indicator')}</label>
        <select id="compare-indicator" data-testid="compare-indicator" value={indicator} onChange={(e) => setIndicator(e.target.value as IndicatorId)}>
          {COMPARE_INDICATORS.map((id) => <option key={id} value={id}>{t(`indicator.${id}`)}</option>)}
        </select>
      </div>
      <ChartFigure testId="debrief-chart" title={t(`indicator.${indicator}`)} rows={rows} series={series} decimals={indicator === 'sustainability' ? 0 : 1} height={260} />
    </section>
  );
}
