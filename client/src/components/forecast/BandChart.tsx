/**
 * A small forecast chart: the next years of one indicator with the proposal (solid, blue band) and
 * with no change (dashed, grey band). Bands are the 10th–90th percentile of the model's runs.
 */
import type { Band } from '@shared/model/types.ts';

const W = 150;
const H = 70;
const PAD = 6;

type Props = { now: number; withBands: readonly Band[]; noBands: readonly Band[] };

function scale(props: Props) {
  const all = [props.now, ...props.withBands.flatMap((b) => [b.p10, b.p90]), ...props.noBands.flatMap((b) => [b.p10, b.p90])];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const span = max - min || Math.abs(max) * 0.1 || 1;
  const years = props.withBands.length;
  return {
    x: (i: number) => PAD + (i / years) * (W - 2 * PAD),
    y: (v: number) => H - PAD - ((v - min) / span) * (H - 2 * PAD),
  };
}

function areaPath(now: number, bands: readonly Band[], s: ReturnType<typeof scale>): string {
  const top = [`M${s.x(0)},${s.y(now)}`, ...bands.map((b, i) => `L${s.x(i + 1)},${s.y(b.p90)}`)];
  const bottom = bands.map((b, i) => `L${s.x(i + 1)},${s.y(b.p10)}`).reverse();
  return [...top, ...bottom, 'Z'].join(' ');
}

function medianPath(now: number, bands: readonly Band[], s: ReturnType<typeof scale>): string {
  return [`M${s.x(0)},${s.y(now)}`, ...bands.map((b, i) => `L${s.x(i + 1)},${s.y(b.median)}`)].join(' ');
}

export function BandChart(props: Props) {
  const s = scale(props);
  return (
    <svg className="band-chart" viewBox={`0 0 ${W} ${H}`} width="100%" height={H} aria-hidden="true" preserveAspectRatio="none">
      <path d={areaPath(props.now, props.noBands, s)} className="band-area nochange" />
      <path d={areaPath(props.now, props.withBands, s)} className="band-area proposal" />
      <path d={medianPath(props.now, props.noBands, s)} className="band-median nochange" />
      <path d={medianPath(props.now, props.withBands, s)} className="band-median proposal" />
    </svg>
  );
}
