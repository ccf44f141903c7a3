/**
 * Why an indicator moved: one bar per cause (each enacted policy, the year's events, covert actions
 * once revealed), scaled to the largest, with the signed value written out.
 */
import { m } from 'framer-motion';
import { formatDelta, t, tDynamic } from '../../i18n/t.ts';
import { barSweep } from '../../motion/variants.ts';
import type { IndicatorChange } from '../../state/resolution-steps.ts';

export function AttributionBars({ change, decimals }: { change: IndicatorChange; decimals: number }) {
  const largest = Math.max(...change.causes.map((c) => Math.abs(c.value)), 1e-9);
  if (change.causes.length === 0) return <p className="muted small">{t('resolution.noCauses')}</p>;
  return (
    <ul className="attribution" aria-label={t('resolution.causesOf', { indicator: t(`indicator.${change.id}`) })}>
      {change.causes.map((c) => {
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
