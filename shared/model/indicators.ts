/**
 * What the city's state means for the players: the indicators every chart, forecast and attribution reports,
 * the sustainability index that decides whether the city succeeded, and the floors below which it collapses.
 * The index weighs health, toxic load, trust, budget, collection, smuggling and landfill life (formula below);
 * doing nothing in the default city (≈ 48) falls short of the threshold, the green package (≈ 80) clears it.
 */
import type { Flows, IndicatorId, World } from './types.ts';

/**
 * The city succeeds when the final sustainability index is at or above this. Tuned with bot matches
 * (npm run simulate): at 67 the default city succeeds in a bit under half of them.
 */
export const SUSTAINABILITY_THRESHOLD = 67;

/** The match ends early when health or trust falls below its floor, or the treasury sinks below its floor (M$). */
export const COLLAPSE_FLOORS = { H: 65, R: 5, T: -100 } as const;

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * The parts of the sustainability index, each scored 0–1 between a "bad" and a "good" value, and its weight.
 * Health 60→100, toxic load 80→0 TU, trust 0→70, treasury −50→+50 M$, collection 0→0.9 (c_max),
 * smuggled share 30 %→0, landfill life 0→15 years.
 */
export const SUSTAINABILITY_WEIGHTS = {
  health: 0.2, toxic: 0.2, trust: 0.15, budget: 0.15, collection: 0.1, smuggling: 0.1, landfill: 0.1,
} as const;
export type SustainabilityPart = keyof typeof SUSTAINABILITY_WEIGHTS;
/** The year figures the index needs besides the stocks (a World also carries them, for before round 1). */
export type IndexInputs = Pick<Flows, 'smuggledShare' | 'yearsLeft'>;

export function sustainabilityParts(world: World, flows: IndexInputs): Record<SustainabilityPart, number> {
  return {
    health: clamp01((world.H - 60) / 40),
    toxic: clamp01(1 - world.P / 80),
    trust: clamp01(world.R / 70),
    budget: clamp01((world.T + 50) / 100),
    collection: clamp01(world.c / 0.9),
    smuggling: clamp01(1 - flows.smuggledShare / 0.3),
    landfill: clamp01(flows.yearsLeft / 15),
  };
}

/** 0–100: the weighted sum of the parts above × 100. */
export function sustainabilityIndex(world: World, flows: IndexInputs): number {
  const parts = sustainabilityParts(world, flows);
  let sum = 0;
  for (const k of Object.keys(SUSTAINABILITY_WEIGHTS) as SustainabilityPart[]) {
    sum += SUSTAINABILITY_WEIGHTS[k] * parts[k];
  }
  return 100 * sum;
}

/** Why the city collapsed, checked in this order; null while every indicator is above its floor. */
export function collapseCause(world: World): 'health' | 'trust' | 'budget' | null {
  if (world.H < COLLAPSE_FLOORS.H) return 'health';
  if (world.R < COLLAPSE_FLOORS.R) return 'trust';
  if (world.T < COLLAPSE_FLOORS.T) return 'budget';
  return null;
}

/** The indicators of a world after a step (flows of the same year). */
export function indicatorsOf(
  world: World, flows: Pick<Flows, 'smuggledShare' | 'yearsLeft' | 'jobs'>,
): Record<IndicatorId, number> {
  return {
    T: world.T, P: world.P, H: world.H, R: world.R, B: world.B, c: world.c,
    yearsLeft: flows.yearsLeft, jobs: flows.jobs, sustainability: sustainabilityIndex(world, flows),
  };
}

/** The indicators of a world on its own: it remembers last year's years left, jobs and smuggled share. */
export function indicatorsOfWorld(world: World): Record<IndicatorId, number> {
  return indicatorsOf(world, world);
}

/** The ten round figures of the §3.9 / §3.12 tables, for golden tests, the debrief and CSV export. */
export type ReferenceFigures = Readonly<{
  T: number; P: number; H: number; R: number; B: number; smuggledShare: number;
  c: number; yearsLeft: number; HH: number; jobs: number;
}>;

export function referenceFigures(world: World, flows: Flows): ReferenceFigures {
  return {
    T: world.T, P: world.P, H: world.H, R: world.R, B: world.B, smuggledShare: flows.smuggledShare,
    c: world.c, yearsLeft: flows.yearsLeft, HH: flows.HH, jobs: flows.jobs,
  };
}
