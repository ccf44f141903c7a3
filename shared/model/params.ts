/**
 * The one parameter table of the city model: every figure of model.md §3.5 and every constant of the §3.4
 * equations and §3.8 events, with unit, plausible range, status flag (V/S/A) and basis. A scenario may
 * override a few of them (its base allocation A, a different export or output price); `paramsFor` gives the
 * plain numbers the step reads. The fine F and the other policy levers live in levers.ts, not here.
 */
import { SOURCED_PARAMS } from './params-sourced.ts';
import { EQUATION_PARAMS, EVENT_PARAMS } from './params-equations.ts';
import { SCENARIO_SPECS } from './scenario-specs.ts';
import { SCENARIO_IDS, type ScenarioId } from './types.ts';

export type { ParamSource, ParamSpec } from './params-sourced.ts';

/** Bump when any equation or value changes: golden files and stored forecasts name the version they used. */
export const MODEL_VERSION = '1.0.0';

export const MODEL_PARAMS = { ...SOURCED_PARAMS, ...EQUATION_PARAMS, ...EVENT_PARAMS } as const;

export type ParamId = keyof typeof MODEL_PARAMS;
/** Plain numbers by parameter name: what the equations read. */
export type ModelParams = Readonly<Record<ParamId, number>>;

function defaultValues(): Record<ParamId, number> {
  const out = {} as Record<ParamId, number>;
  for (const id of Object.keys(MODEL_PARAMS) as ParamId[]) out[id] = MODEL_PARAMS[id].value;
  return out;
}

// Built once at load: the step runs millions of times in forecasts and must not rebuild tables.
const BY_SCENARIO: Readonly<Record<ScenarioId, ModelParams>> = (() => {
  const out = {} as Record<ScenarioId, ModelParams>;
  for (const id of SCENARIO_IDS) {
    const spec = SCENARIO_SPECS[id];
    out[id] = Object.freeze({ ...defaultValues(), baseAllocation: spec.A, ...spec.overrides });
  }
  return out;
})();

/** The parameter values in force in a scenario (defaults plus the scenario's A and overrides). */
export function paramsFor(s: ScenarioId): ModelParams {
  return BY_SCENARIO[s];
}
