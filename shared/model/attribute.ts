/**
 * Who moved the city (design.md "attribution", model.md §4.2–4.3): each indicator's change is split into
 * the effect of every enacted lever change, of the year's events and of the smuggler's covert diversion, by
 * one-at-a-time re-runs of the same year with the same luck. Effects interact, so the parts need not add up
 * to the total — that gap is itself a debrief point.
 */
import { indicatorsOf, indicatorsOfWorld } from './indicators.ts';
import { runYears } from './run-years.ts';
import { NO_EVENTS, step } from './step.ts';
import {
  INDICATOR_IDS, LEVER_IDS, type Attribution, type IndicatorId, type LeverId, type Levers,
  type StepModifiers, type World, type YearDraws,
} from './types.ts';

type Values = Record<IndicatorId, number>;

function valuesAfter(world: World, levers: Levers, draws: YearDraws, modifiers?: Partial<StepModifiers>): Values {
  const r = step(world, levers, draws, modifiers);
  return indicatorsOf(r.world, r.flows);
}

/** The levers whose enacted value differs from the base, in LEVER_IDS order. */
export function changedLevers(base: Levers, enacted: Levers): LeverId[] {
  return LEVER_IDS.filter((id) => enacted[id] !== base[id]);
}

/**
 * One year's attribution. total = indicator after the step − before it; policies[lever] = actual − the
 * year with that lever back at `base`; event = actual − the year with no events and no briefing-card
 * shocks; covert = actual − the year with the network running without the smuggler (`idleScale`, the
 * scale it would have run at on its own; 0.5 by default).
 */
export function attribute(
  world: World, base: Levers, enacted: Levers, draws: YearDraws, modifiers?: Partial<StepModifiers>, idleScale = 0.5,
): Attribution[] {
  const before = indicatorsOfWorld(world);
  const actual = valuesAfter(world, enacted, draws, modifiers);
  const reverted = changedLevers(base, enacted).map(
    (id) => [id, valuesAfter(world, { ...enacted, [id]: base[id] }, draws, modifiers)] as const,
  );
  const quiet = valuesAfter(world, enacted, NO_EVENTS, { ...modifiers, shocks: {} });
  const honest = valuesAfter(world, enacted, draws, { ...modifiers, smugglingScale: idleScale });
  return INDICATOR_IDS.map((id) => ({
    indicator: id,
    total: actual[id] - before[id],
    policies: Object.fromEntries(reverted.map(([lever, v]) => [lever, actual[id] - v[id]])),
    event: actual[id] - quiet[id],
    covert: actual[id] - honest[id],
  }));
}

/** A package against its baseline after several years (the debrief's §4.2 a–b, with §3.12's figures). */
export type RunAttribution = Readonly<{
  total: Values; // final indicators with `enacted` − with `base`
  policies: Readonly<Partial<Record<LeverId, Values>>>; // with `enacted` − with that lever back at `base`
}>;

function finalValues(world: World, levers: Levers, years: number, draws?: readonly YearDraws[]): Values {
  const run = runYears(world, levers, years, draws);
  const last = run[run.length - 1];
  return last ? indicatorsOf(last.world, last.flows) : indicatorsOfWorld(world);
}

function diff(a: Values, b: Values): Values {
  return Object.fromEntries(INDICATOR_IDS.map((id) => [id, a[id] - b[id]])) as Values;
}

/** One-at-a-time attribution of a package held for `years` years, with the same draws in every re-run. */
export function attributeRun(
  world: World, base: Levers, enacted: Levers, years: number, drawsPerYear?: readonly YearDraws[],
): RunAttribution {
  const actual = finalValues(world, enacted, years, drawsPerYear);
  const policies: Partial<Record<LeverId, Values>> = {};
  for (const id of changedLevers(base, enacted)) {
    policies[id] = diff(actual, finalValues(world, { ...enacted, [id]: base[id] }, years, drawsPerYear));
  }
  return { total: diff(actual, finalValues(world, base, years, drawsPerYear)), policies };
}
