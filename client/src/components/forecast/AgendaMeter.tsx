/**
 * The private agenda meter: each condition of the viewer's secret agenda, whether it holds now, and —
 * beside a proposal — whether the proposal moves it toward or away from the target.
 */
import { formatNumber, t } from '../../i18n/t.ts';
import type { MeterRow, Target } from '../../state/agenda-meter.ts';
import { formatLeverValue } from '../../state/lever-format.ts';

function targetLabel(target: Target): string {
  switch (target.kind) {
    case 'indicator':
      return t('agenda.target', { what: t(`indicator.${target.id}`), op: target.op === '<=' ? '≤' : target.op === '>' ? '>' : '≥', value: formatNumber(target.value, 0) });
    case 'lever':
      return t('agenda.target', { what: t(`lever.${target.id}`), op: '≥', value: formatLeverValue(target.id, target.value) });
    case 'resource':
      return t('agenda.target', { what: t(`common.${target.id}`), op: '≥', value: formatNumber(target.value, 0) });
    case 'flag':
      return t(`agenda.flag.${target.id}`);
  }
}

function formatNow(row: MeterRow): string {
  if (typeof row.now === 'boolean') return row.now ? t('common.yes') : t('common.no');
  if (row.now === null) return '—';
  return row.target.kind === 'lever' ? formatLeverValue(row.target.id, row.now) : formatNumber(row.now, 1);
}

function formatValue(row: MeterRow, v: number): string {
  return row.target.kind === 'lever' ? formatLeverValue(row.target.id, v) : formatNumber(v, 1);
}

export function AgendaMeter({ rows, showForecast }: { rows: readonly MeterRow[]; showForecast: boolean }) {
  if (rows.length === 0) return <p className="muted small">{t('agenda.noMeter')}</p>;
  return (
    <ul className="agenda-meter" data-testid="agenda-meter">
      {rows.map((row, i) => (
        <li key={i} className={row.metNow === true ? 'met' : row.metNow === false ? 'unmet' : ''}>
          <span className="meter-mark" aria-hidden="true">{row.metNow === true ? '✓' : row.metNow === false ? '✗' : '·'}</span>
          <span className="meter-target">{targetLabel(row.target)}</span>
          <span className="meter-now">
            {t('agenda.now', { value: formatNow(row) })}
            <span className="visually-hidden">{row.metNow === true ? t('agenda.metNow') : row.metNow === false ? t('agenda.notMetNow') : ''}</span>
          </span>
          {showForecast && row.withProposal !== undefined && row.withoutProposal !== undefined && (
            <span className={`meter-forecast helps-${row.helps}`}>
              {t('agenda.forecast', { with: formatValue(row, row.withProposal), without: formatValue(row, row.withoutProposal) })}{' '}
              <strong>{t(`agenda.helps.${row.helps ?? 'neutral'}`)}</strong>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
