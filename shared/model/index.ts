/**
 * The city model's public face: types, parameters with their sources, levers, scenarios, the yearly step,
 * forecasts, attribution and indicators. Everything here is pure; see README.md for what lives where.
 */
export * from './types.ts';
export { MODEL_PARAMS, MODEL_VERSION, paramsFor, type ModelParams, type ParamId, type ParamSource, type ParamSpec } from './params.ts';
export { LEVERS, DEFAULT_LEVERS, clampLever, type LeverSpec, type Champion } from './levers.ts';
export { SCENARIOS, BETA0_RANGE, scenarioLevers, initialWorld, type ScenarioSpec, type InitialStocks } from './scenarios.ts';
export { NO_EVENTS, DEFAULT_MODIFIERS, drawYear, step } from './step.ts';
export { runYears, finalWorld } from './run-years.ts';
export { forecast } from './forecast.ts';
export { attribute, attributeRun, changedLevers, type RunAttribution } from './attribute.ts';
export {
  indicatorsOf, indicatorsOfWorld, sustainabilityIndex, sustainabilityParts, referenceFigures, collapseCause,
  SUSTAINABILITY_THRESHOLD, SUSTAINABILITY_WEIGHTS, COLLAPSE_FLOORS,
  type ReferenceFigures, type SustainabilityPart, type IndexInputs,
} from './indicators.ts';
