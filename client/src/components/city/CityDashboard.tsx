/**
 * The city at a glance: every stock and key indicator with its trend, and the chart of the one the
 * player picks, against the faint status-quo baseline and with a data-table view.
 */
import { useMemo, useState } from 'react';
import type { MatchView } from '@shared/rules/view.ts';
import { ChartFigure } from '../../charts/ChartFigure.tsx';
import { PALETTE, type ChartRow } from '../../charts/chart-types.ts';
import { t, tDynamic } from '../../i18n/t.ts';
import { dashboard, DECIMALS, type DashboardId } from '../../state/city-selectors.ts';
import { StockTile } from './StockTile.tsx';

type CityView = Pick<MatchView, 'config' | 'rounds' | 'world'>;

export function CityDashboard({ view, compact = false }: { view: CityView; compact?: boolean }) {
  const readings = useMemo(() => dashboard(view), [view.rounds, view.world, view.config]);
  const [selected, setSelected] = useState<DashboardId>('sustainability');
  const reading = readings.find((r) => r.id === selected) ?? readings[0];
  const rows: ChartRow[] = reading.series.map((p) => ({ round: p.round, value: p.value, baseline: p.baseline }));
  const label = t(`indicator.${reading.id}`);
  return (
    <section className="card city-dashboard" aria-labelledby="city-title" data-testid="city-dashboard">
      <header className="panel-head">
        <h2 id="city-title">{t('city.title')}</h2>
        <p className="muted small">{t('city.legend')}</p>
      </header>
      <ul className={`stock-grid ${compact ? 'compact' : ''}`}>
        {readings.map((r) => (
          <StockTile key={r.id} reading={r} selected={r.id === selected} onSelect={() => setSelected(r.id)} />
        ))}
      </ul>
      <ChartFigure
        testId="city-chart"
        title={t('city.chartTitle', { indicator: label, unit: tDynamic(`unit.${reading.id}`, '') })}
        rows={rows}
        decimals={DECIMALS[reading.id]}
        height={compact ? 180 : 220}
        series={[
          { key: 'value', label, color: PALETTE.sky },
          { key: 'baseline', label: t('city.baselineLabel'), color: PALETTE.grey, dashed: true, faint: true },
        ]}
      />
    </section>
  );
}
