/**
 * How a bot looks ahead: it asks the same Monte Carlo forecast the players see ("what would this
 * proposal do to the city over the next years?"), from what its seat knows of the hidden byproduct
 * rate, and reads the bands at the end of the horizon. Forecasts are the expensive part of a bot, so
 * an optional memo shared by the caller avoids re-running the same question within a round.
 */
import { BETA0_RANGE, forecast } from '../model/index.ts';
import type { Band, Forecast, IndicatorId, LeverId, Levers } from '../model/types.ts';
import type { MatchView } from '../rules/view.ts';
import { mixSeed } from './decision-seed.ts';

/** Monte Carlo runs per bot forecast: enough to rank proposals, cheap enough for thousands of matches. */
export const BOT_FORECAST_RUNS = 40;
/** Bots look at most this many years ahead (the forecast panel's horizon). */
export const BOT_HORIZON_YEARS = 3;

/** A cache of forecasts the caller may share between calls; results are identical with or without it. */
export type BotMemo = Map<string, Forecast>;

/** The city at the end of the horizon, with and without one lever change. */
export type Outlook = Readonly<{
  years: number;
  withChange: Readonly<Record<IndicatorId, Band>>;
  noChange: Readonly<Record<IndicatorId, Band>>;
  leversWith: Levers;
  leversWithout: Levers;
}>;

/** Years the forecast should cover: from this round's resolution to the end, capped at the horizon. */
export function horizonYears(view: MatchView): number {
  const remaining = view.config.rounds - view.round + (view.phase === 'resolution' ? 0 : 1);
  return Math.max(1, Math.min(BOT_HORIZON_YEARS, remaining));
}

function lastBands(f: Forecast['withProposal'], year: number): Record<IndicatorId, Band> {
  const out = {} as Record<IndicatorId, Band>;
  for (const id of Object.keys(f) as IndicatorId[]) out[id] = f[id][year - 1];
  return out;
}

/** Forecasts the city with `lever` set to `value` against leaving the levers as they are. */
export function outlookFor(view: MatchView, lever: LeverId, value: number, seed: number, memo?: BotMemo): Outlook {
  const years = horizonYears(view);
  const { beta0Min, beta0Max } = view.knowledge;
  // Common random numbers: every question of a round uses the same draws, so differences are signal.
  const fseed = mixSeed(seed, view.round, view.world.year);
  const key = `${fseed}|${years}|${beta0Min}|${beta0Max}|${lever}|${value}`;
  let f = memo?.get(key);
  if (!f) {
    // The forecast samples β₀ from the viewer's knowledge; the world's own value is never read.
    const world = { ...view.world, beta0: (BETA0_RANGE.min + BETA0_RANGE.max) / 2 };
    f = forecast(world, { levers: view.levers, change: { [lever]: value } }, view.knowledge, BOT_FORECAST_RUNS, fseed, years);
    memo?.set(key, f);
  }
  return {
    years,
    withChange: lastBands(f.withProposal, years),
    noChange: lastBands(f.noChange, years),
    leversWith: { ...view.levers, [lever]: value },
    leversWithout: view.levers,
  };
}

const SPREAD_TO_SIGMA = 2.5631; // p90 − p10 of a normal distribution, in standard deviations

/** Chance that an indicator ends at or above `threshold`, reading its band as roughly normal. */
export function chanceAbove(band: Band, threshold: number, minSigma: number): number {
  const sigma = Math.max(minSigma, (band.p90 - band.p10) / SPREAD_TO_SIGMA);
  return 1 / (1 + Math.exp((-1.702 * (band.median - threshold)) / sigma));
}

export function chanceBelow(band: Band, threshold: number, minSigma: number): number {
  return 1 - chanceAbove(band, threshold, minSigma);
}

/** A soft step for quantities the bot projects itself: 0.5 at the threshold. */
export function softAbove(value: number, threshold: number, scale: number): number {
  return 1 / (1 + Math.exp(-(value - threshold) / scale));
}

