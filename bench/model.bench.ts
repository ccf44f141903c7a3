/**
 * City model benchmark: how long one yearly step and one 1,000-run forecast take on this machine
 * (targets in performance.md: a step < 0.1 ms, a 1,000-run forecast < 50 ms). Prints medians over repeated
 * batches; `--json` prints `{ "stepMicros": n, "forecast1000Millis": n }` for scripts.
 * Run: node --import tsx bench/model.bench.ts [--json]
 */
import { performance } from 'node:perf_hooks';
import {
  BETA0_RANGE, drawYear, forecast, initialWorld, runYears, SCENARIO_IDS, scenarioLevers, step,
  type Levers, type World, type YearDraws,
} from '../shared/model/index.ts';
import { seedRng } from '../shared/random/rng.ts';

const STEP_BATCHES = 15;
const STEPS_PER_BATCH = 50_000;
const FORECAST_REPEATS = 15;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** A varied set of (world, levers, draws) so the step is measured on real states, not one cached case. */
function cases(): { world: World; levers: Levers; draws: YearDraws }[] {
  const out: { world: World; levers: Levers; draws: YearDraws }[] = [];
  let rng = seedRng(42);
  for (const s of SCENARIO_IDS) {
    const levers = scenarioLevers(s);
    for (const r of runYears(initialWorld(s), levers, 8)) {
      const [draws, next] = drawYear(rng);
      rng = next;
      out.push({ world: r.world, levers: { ...levers, nanoCap: 0.3 }, draws });
    }
  }
  return out;
}

function benchStep(): number {
  const cs = cases();
  let sink = 0;
  const perBatch: number[] = [];
  for (let b = 0; b < STEP_BATCHES; b++) {
    const t0 = performance.now();
    for (let i = 0; i < STEPS_PER_BATCH; i++) {
      const c = cs[i % cs.length];
      sink += step(c.world, c.levers, c.draws).world.T;
    }
    perBatch.push(((performance.now() - t0) * 1000) / STEPS_PER_BATCH);
  }
  if (!Number.isFinite(sink)) throw new Error('step produced a non-finite treasury');
  return median(perBatch);
}

function benchForecast(): number {
  const world = initialWorld('default');
  const proposal = { levers: scenarioLevers('default'), change: { landfillTax: 120 } };
  const knowledge = { beta0Min: BETA0_RANGE.min, beta0Max: BETA0_RANGE.max };
  const times: number[] = [];
  for (let r = 0; r < FORECAST_REPEATS; r++) {
    const t0 = performance.now();
    const fc = forecast(world, proposal, knowledge, 1000, r + 1);
    times.push(performance.now() - t0);
    if (fc.runs !== 1000) throw new Error('forecast ran the wrong number of runs');
  }
  return median(times);
}

const result = {
  stepMicros: Number(benchStep().toFixed(3)),
  forecast1000Millis: Number(benchForecast().toFixed(2)),
};
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result));
} else {
  console.log(
    `model step: ${result.stepMicros} µs (target < 100 µs) · 1,000-run forecast: ${result.forecast1000Millis} ms (target < 50 ms)`,
  );
}
