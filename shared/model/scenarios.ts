/**
 * Scenarios as the game uses them: the §3.9 city with its full lever settings, and the world at round 0.
 * The hidden byproduct intensity β₀ is drawn per match from BETA0_RANGE by the rules; 2.0 (the table's
 * default) gives the reference values of §3.12.
 */
import { DEFAULT_LEVERS } from './levers.ts';
import { paramsFor } from './params.ts';
import { SCENARIO_SPECS, type ScenarioSpecData } from './scenario-specs.ts';
import { NO_EVENTS, step } from './step.ts';
import { SCENARIO_IDS, type Levers, type ScenarioId, type World } from './types.ts';

export type { InitialStocks } from './scenario-specs.ts';

export type ScenarioSpec = ScenarioSpecData & Readonly<{ levers: Levers }>;

/** Each scenario's lever settings at the start: §3.6 defaults overlaid with the scenario's presets. */
export function scenarioLevers(s: ScenarioId): Levers {
  return SCENARIOS[s].levers;
}

export const SCENARIOS: Readonly<Record<ScenarioId, ScenarioSpec>> = Object.fromEntries(
  SCENARIO_IDS.map((id) => {
    const spec = SCENARIO_SPECS[id];
    return [id, { ...spec, levers: Object.freeze({ ...DEFAULT_LEVERS, ...spec.presets }) as Levers }];
  }),
) as Record<ScenarioId, ScenarioSpec>;

/** The plausible range of β₀ (§3.5): what a viewer who knows nothing samples from. */
export const BETA0_RANGE = { min: 0.5, max: 4 } as const;

/** The city before round 1. L = 0, M = 2 and N = 20 in every scenario (§3.12 rule 7). */
export function initialWorld(s: ScenarioId, beta0: number = paramsFor(s).beta0): World {
  const start = startingStocks(s, beta0);
  // Jobs and smuggled share "before play" are what the city's current settings produce in a quiet year,
  // so the first round's change is measured against the status quo rather than against zero.
  const { flows } = step(start, SCENARIOS[s].levers, NO_EVENTS);
  return { ...start, jobs: flows.jobs, smuggledShare: flows.smuggledShare };
}

function startingStocks(s: ScenarioId, beta0: number): World {
  const p = paramsFor(s);
  const init = SCENARIOS[s].initial;
  return {
    scenario: s,
    year: 0,
    T: init.T, K: init.K, L: 0, M: 2, P: init.P, H: init.H, R: init.R, B: init.B, N: p.nanoExperience0,
    c: init.c,
    ell: init.ell,
    prevHH: p.startHouseholdCost,
    // Before play the landfill fills at LF₀; round 1 therefore sees more than 5 years left (§3.12 rule 2.4).
    yearsLeft: p.landfillCapacity / p.startLandfillFlow,
    crashRoundsLeft: 0,
    betaMultiplier: 1,
    beta0,
    cumulativeProfit: 0,
    cumulativeSmugglerIncome: 0,
    exportedHarm: 0,
    jobs: 0,
    smuggledShare: 0,
  };
}
