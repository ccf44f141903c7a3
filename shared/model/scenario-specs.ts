/**
 * The four starting cities of model.md §3.9: their story, starting stocks, yearly base allocation A, the
 * lever settings already in force, and the few parameters they change. Starting collection and landfill
 * share are the *starting* habits only; the equations' baselines c₀ and ℓ₀ never change (§3.12 rule 3).
 */
import type { LeverId, ScenarioId } from './types.ts';

export type InitialStocks = Readonly<{
  T: number; K: number; P: number; H: number; R: number; B: number;
  c: number; // starting collection rate
  ell: number; // starting landfill share of other waste
}>;

export type ScenarioSpecData = Readonly<{
  id: ScenarioId;
  name: string;
  story: string;
  initial: InitialStocks;
  A: number; // base allocation M$/round
  presets: Readonly<Partial<Record<LeverId, number>>>; // levers the scenario sets; others keep §3.6 defaults
  overrides: Readonly<Partial<Record<'exportValue' | 'outputPrice', number>>>;
}>;

export const SCENARIO_SPECS: Readonly<Record<ScenarioId, ScenarioSpecData>> = {
  default: {
    id: 'default',
    name: 'Neo-Terra 2040',
    story: 'Average European-style city; landfill filling up; pilot nanomachine line',
    initial: { T: 20, K: 30, P: 40, H: 85, R: 45, B: 10, c: 0.3, ell: 0.25 },
    A: 70,
    presets: { landfillTax: 40, enforcement: 1, fine: 1000, nanoCap: 0.1 },
    overrides: {},
  },
  smugglersHaven: {
    id: 'smugglersHaven',
    name: "Smuggler's haven",
    story: 'Weak port controls, high landfill tax, strong export demand',
    initial: { T: 15, K: 30, P: 40, H: 85, R: 35, B: 22, c: 0.25, ell: 0.25 },
    A: 70,
    presets: { landfillTax: 90, enforcement: 0.3, fine: 500 },
    overrides: { exportValue: 400 },
  },
  greenMandate: {
    id: 'greenMandate',
    name: 'Green mandate',
    story: 'Strict rules already passed; nanomachine moratorium; tight budget',
    initial: { T: 10, K: 36, P: 32, H: 88, R: 52, B: 10, c: 0.4, ell: 0.2 },
    A: 68,
    presets: { landfillTax: 110, eprFee: 120, depositScheme: 1, enforcement: 3, nanoCap: 0, campaign: 0.5 },
    overrides: {},
  },
  budgetCrisis: {
    id: 'budgetCrisis',
    name: 'Budget crisis',
    story: 'Revenue shock; low metal prices; deferred maintenance',
    initial: { T: 5, K: 28, P: 45, H: 83, R: 35, B: 10, c: 0.3, ell: 0.25 },
    A: 64,
    presets: { enforcement: 0.5, remediation: 0 },
    overrides: { outputPrice: 1000 },
  },
};
