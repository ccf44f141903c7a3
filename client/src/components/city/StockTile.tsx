/**
 * One indicator of the city: its value, the change over the last year (arrow, sign and colour), the
 * status-quo baseline, and a sparkline. Pressing it opens its full chart.
 */
import { formatDelta, formatNumber, t } from '../../i18n/t.ts';
import { changeTone, DECIMALS, type StockReading } from '../../state/city-selectors.ts';
import { AnimatedNumber } from '../../motion/AnimatedNumber.tsx';
import { Sparkline } from './Sparkline.tsx';

export function StockTile({ reading, selected, onSelect }: { reading: StockReading; selected: boolean; onSelect: () => void }) {
  const { id, value, delta, baseline } = reading;
  const tone = changeTone(id, delta);
  const decimals = DECIMALS[id];
  const arrow = delta === null || Math.abs(delta) < 10 ** -decimals / 2 ? '→' : delta > 0 ? '▲' : '▼';
  const label = t(`indicator.${id}`);
  const unit = t(`unit.${id}`);
  // Screen readers hear the visible text plus whether the change is good for the city.
  const toneNote = delta !== null ? ` (${t(`city.tone.${tone}`)})` : '';
  return (
    <li>
      <button type="button" className={`stock-tile tone-${tone} ${selected ? 'selected' : ''}`} onClick={onSelect}
        aria-pressed={selected} data-testid={`stock-${id}`}>
        <span className="stock-label">{label}</span>
        <span className="stock-value">
          {value === null ? '—' : <AnimatedNumber value={value} decimals={decimals} />}
          <small>{unit}</small>
        </span>
        {delta !== null && (
          <span className={`stock-delta tone-${tone}`}>
            {`${arrow} ${formatDelta(delta, decimals)}`}
            <span className="visually-hidden">{toneNote}</span>
          </span>
        )}
        <Sparkline series={reading.series} />
        {baseline !== null && <span className="stock-baseline">{t('city.baseline', { value: formatNumber(baseline, decimals) })}</span>}
      </button>
    </li>
  );
}
