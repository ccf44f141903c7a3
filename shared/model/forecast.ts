/**
 * The forecast panel of the negotiation phase: what a proposal would do to the city over the next years,
 * against leaving the levers as they are, as a median with an 80 % band (p10–p90). Each run samples what the
 * viewer does not know — the hidden byproduct intensity β₀ from the viewer's knowledge, and the year's
 * events — and both branches of a run share the same luck, so the band shows the proposal's effect, not noise.
 */
import { makeSampler } from '../random/rng.ts';
import { indicatorsOf } from './indicators.ts';
import { step } from './step.ts';
import {
  INDICATOR_IDS, type Band, type Forecast, type IndicatorId, type Knowledge, type Levers, type World, type YearDraws,
} from './types.ts';

/** A sampled year of events from a fast sampler, in EVENT_DRAW_KEYS order. */
function sampleDraws(rand: () => number): YearDraws {
  return {
    priceCrash: rand(), metalBoom: rand(), toxicLeak: rand(), stockpileFire: rand(),
    scandal: rand(), illegalDump: rand(), breakthrough: rand(), protest: rand(),
  };
}

/** Linear-interpolated quantile of an ascending-sorted sample. */
function quantile(sorted: Float64Array, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

type Samples = Record<IndicatorId, Float64Array>; // value of run r in year y at index y * runs + r

function newSamples(size: number): Samples {
  return Object.fromEntries(INDICATOR_IDS.map((id) => [id, new Float64Array(size)])) as Samples;
}

function bandsOf(samples: Samples, runs: number, years: number): Record<IndicatorId, Band[]> {
  const out = {} as Record<IndicatorId, Band[]>;
  for (const id of INDICATOR_IDS) {
    out[id] = [];
    for (let y = 0; y < years; y++) {
      const year = samples[id].subarray(y * runs, (y + 1) * runs).sort();
      out[id].push({ p10: quantile(year, 0.1), median: quantile(year, 0.5), p90: quantile(year, 0.9) });
    }
  }
  return out;
}

function record(samples: Samples, at: number, world: World, flows: Parameters<typeof indicatorsOf>[1]): void {
  const values = indicatorsOf(world, flows);
  for (const id of INDICATOR_IDS) samples[id][at] = values[id];
}

/**
 * Monte Carlo forecast: `runs` runs of `years` steps with `proposal.levers + change` and with `proposal.levers`
 * alone. Deterministic for a seed. The world's own β₀ is never used: each run draws one from `knowledge`.
 */
export function forecast(
  world: World, proposal: { levers: Levers; change: Partial<Levers> }, knowledge: Knowledge,
  runs: number, seed = 1, years = 3,
): Forecast {
  if (!(runs >= 1 && years >= 1)) throw new RangeError(`forecast needs runs ≥ 1 and years ≥ 1 (got ${runs}, ${years})`);
  const rand = makeSampler(seed);
  const changed: Levers = { ...proposal.levers, ...proposal.change };
  const withProposal = newSamples(runs * years);
  const noChange = newSamples(runs * years);
  const span = knowledge.beta0Max - knowledge.beta0Min;
  for (let r = 0; r < runs; r++) {
    let a: World = { ...world, beta0: knowledge.beta0Min + span * rand() };
    let b = a;
    for (let y = 0; y < years; y++) {
      const draws = sampleDraws(rand);
      const ra = step(a, changed, draws);
      const rb = step(b, proposal.levers, draws);
      a = ra.world;
      b = rb.world;
      record(withProposal, y * runs + r, a, ra.flows);
      record(noChange, y * runs + r, b, rb.flows);
    }
  }
  return { years, runs, withProposal: bandsOf(withProposal, runs, years), noChange: bandsOf(noChange, runs, years) };
}
