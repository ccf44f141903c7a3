/**
 * Why an indicator moved: one bar per cause (each enacted policy, the year's events, covert actions
 * once revealed), scaled to the largest, with the signed value written out.
 */
import { m } from 'framer-motion';
import { formatDelta, t, tDynamic } from '../../i18n/t.ts';
import { barSweep } from '../../motion/variants.ts';
import type { IndicatorChange } from '../../state/resolution-steps.ts';

export function AttributionBars({ change, decimals }: { change: IndicatorChange; decimals: number }) {
  // Causes too small to show at this precision would read as "±0.0": leave them out.
  const causes = change.causes.filter((c) => Math.abs(c.value) >= 0.5 * 10 ** -decimals);
  const largest = Math.max(...causes.map((c) => Math.abs(c.value)), 1e-9);
  if (causes.length === 0) return <p className="muted small">{t('resolution.noCauses')}</p>;
  return (
    <ul className="attribution" aria-label={t('resolution.causesOf', { indicator: t(`indicator.${change.id}`) })}>
      {causes.map((c) => {
        const label = c.kind === 'policy' ? tDynamic(`lever.${c.key}`, c.key) : t(`resolution.cause.${c.kind}`);
        const tone = c.value >= 0 ? 'pos' : 'neg';
        return (
          <li key={c.key}>
            <span className="cause-label">{label}</span>
            <span className="cause-track">
              <m.span className={`cause-bar ${tone} kind-${c.kind}`} variants={barSweep((Math.abs(c.value) / largest) * 100)} />
            </span>
            <span className="cause-value">{formatDelta(c.value, decimals)}</span>
          </li>
        );
      })}
    </ul>
  );
}
