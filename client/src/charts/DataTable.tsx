/** A chart's numbers as a table: one row per round, one column per series (what screen readers get). */
import { ScrollRegion } from '../components/ScrollRegion.tsx';
import { formatNumber, t } from '../i18n/t.ts';
import type { ChartRow, ChartSeries } from './chart-types.ts';

export function DataTable({ rows, series, decimals, caption, scroll = true }: { rows: readonly ChartRow[]; series: readonly ChartSeries[]; decimals: number; caption: string; scroll?: boolean }) {
  const table = (
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.round')}</th>
            {series.map((s) => <th key={s.key} scope="col">{s.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.round}>
              <th scope="row">{row.round === 0 ? t('chart.start') : row.round}</th>
              {series.map((s) => <td key={s.key}>{row[s.key] == null ? '—' : formatNumber(row[s.key] as number, decimals)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
  );
  return scroll ? <ScrollRegion label={caption}>{table}</ScrollRegion> : table;
}
