/**
 * A line chart over the rounds (Recharts, loaded only with the screens that draw it). Series may be
 * dashed (the status-quo baseline) so they differ by more than colour.
 */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, t } from '../i18n/t.ts';
import type { ChartRow, ChartSeries } from './chart-types.ts';

export default function LineSeriesChart({ rows, series, decimals = 1, height = 240 }: {
  rows: readonly ChartRow[];
  series: readonly ChartSeries[];
  decimals?: number;
  height?: number;
}) {
  return (
    <div className="line-chart" style={{ height }} aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows as ChartRow[]} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--grid)" strokeDasharray="2 4" />
          <XAxis dataKey="round" stroke="var(--muted)" tickFormatter={(r: number) => (r === 0 ? t('chart.start') : String(r))} />
          <YAxis stroke="var(--muted)" width={48} tickFormatter={(v: number) => formatNumber(v, Math.abs(v) < 10 ? decimals : 0)} />
          <Tooltip
            contentStyle={{ background: 'var(--surface-2)', border: '1px solid var(--border)', color: 'var(--text)' }}
            labelFormatter={(r) => (Number(r) === 0 ? t('chart.start') : t('common.round', { round: Number(r) }))}
            formatter={(v) => formatNumber(Number(v), decimals)}
          />
          <Legend wrapperStyle={{ color: 'var(--text)' }} />
          {series.map((s) => (
            <Line key={s.key} type="monotone" dataKey={s.key} name={s.label} stroke={s.color} strokeWidth={s.dashed ? 1.5 : 2.5}
              strokeDasharray={s.dashed ? '5 5' : undefined} strokeOpacity={s.faint ? 0.55 : 1} dot={!s.dashed} isAnimationActive={false}
              connectNulls />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
