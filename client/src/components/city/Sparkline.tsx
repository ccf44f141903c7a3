/** A tiny line of an indicator over the rounds, with the status-quo baseline as a faint dashed line. */
import type { SeriesPoint } from '../../state/city-selectors.ts';

const W = 120;
const H = 34;

function toPath(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

export function Sparkline({ series }: { series: readonly SeriesPoint[] }) {
  if (series.length < 2) return <svg className="sparkline" width={W} height={H} aria-hidden="true" />;
  const values = series.flatMap((p) => (p.baseline === null ? [p.value] : [p.value, p.baseline]));
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (i: number) => 2 + (i / (series.length - 1)) * (W - 4);
  const y = (v: number) => H - 3 - ((v - min) / span) * (H - 6);
  const actual = series.map((p, i) => ({ x: x(i), y: y(p.value) }));
  const baseline = series.filter((p) => p.baseline !== null).map((p) => ({ x: x(series.indexOf(p)), y: y(p.baseline!) }));
  const last = actual[actual.length - 1];
  return (
    <svg className="sparkline" width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      {baseline.length > 1 && <path d={toPath(baseline)} className="spark-baseline" />}
      <path d={toPath(actual)} className="spark-line" />
      <circle cx={last.x} cy={last.y} r={2.5} className="spark-dot" />
    </svg>
  );
}
