/**
 * Several years in a row with the levers held: the ghost baseline, the debrief's "what if we had…" re-runs
 * and the golden tests of §3.12 ("levers held from round 1"). Years without given draws are quiet years.
 */
import { NO_EVENTS, step } from './step.ts';
import type { Levers, StepModifiers, StepResult, World, YearDraws } from './types.ts';

/** Steps `years` times; returns every year's result in order (the last one holds the final world). */
export function runYears(
  world: World, levers: Levers, years: number, drawsPerYear?: readonly YearDraws[], modifiers?: Partial<StepModifiers>,
): StepResult[] {
  const out: StepResult[] = [];
  let w = world;
  for (let y = 0; y < years; y++) {
    const res = step(w, levers, drawsPerYear?.[y] ?? NO_EVENTS, modifiers);
    out.push(res);
    w = res.world;
  }
  return out;
}

/** The world after `years` steps (the world itself when years is 0). */
export function finalWorld(
  world: World, levers: Levers, years: number, drawsPerYear?: readonly YearDraws[],
): World {
  const run = runYears(world, levers, years, drawsPerYear);
  return run.length > 0 ? run[run.length - 1].world : world;
}
