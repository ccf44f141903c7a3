/**
 * Quantities an agenda cares about that the forecast panel does not chart: nanotech maturity at the
 * end of the match, the chance of a nanomachine leak before then, the share of waste processed in the
 * last year, and the smuggler's purse. Bots estimate them from the public world and last year's
 * figures with the model's own parameters, the way a thoughtful player would on paper.
 */
import { COLLAPSE_FLOORS, paramsFor, SCENARIOS } from '../model/index.ts';
import type { Levers } from '../model/types.ts';
import type { MatchView, PublicFlows } from '../rules/view.ts';

/** Rounds whose resolution is still to come (this one included unless it is already resolving). */
export function roundsLeft(view: MatchView): number {
  return Math.max(0, view.config.rounds - view.round + (view.phase === 'resolution' || view.phase === 'gameOver' ? 0 : 1));
}

export function lastFlows(view: MatchView): PublicFlows | null {
  return view.rounds.length > 0 ? view.rounds[view.rounds.length - 1].flows : null;
}

/** Tonnes processed a year, from last year or, before round 1, from collection and capacity. */
function processedPerYear(view: MatchView): number {
  const flows = lastFlows(view);
  if (flows) return flows.Q;
  const p = paramsFor(view.world.scenario);
  return Math.min(view.world.c * p.population * p.targetPerCapita / 1000, view.world.K);
}

/** Nanotech maturity N at the end of the match if `levers` stay in force. */
export function projectedMaturity(view: MatchView, levers: Levers): number {
  const p = paramsFor(view.world.scenario);
  const perYear = levers.nanoCap * processedPerYear(view) + p.rndExperience * levers.rnd;
  return view.world.N + roundsLeft(view) * perYear;
}

/** Chance of at least one nanomachine leak in the remaining rounds (§3.8) if `levers` stay in force. */
export function leakChance(view: MatchView, levers: Levers): number {
  const p = paramsFor(view.world.scenario);
  const w = view.world;
  const learning = Math.pow(w.N / p.nanoExperience0, Math.log2(p.byproductProgressRatio));
  const betaShare = learning * (1 - p.safetyEffect * levers.safety) * w.betaMultiplier;
  const perRound = Math.min(1, p.leakBase + p.leakSlope * levers.nanoCap * betaShare);
  return 1 - Math.pow(1 - perRound, roundsLeft(view));
}

export function leakedAlready(view: MatchView): boolean {
  return view.rounds.some((r) => r.events.includes('toxicLeak'));
}

/** Share of the target streams processed in the final year, given the final collection rate. */
export function projectedRecovery(view: MatchView, levers: Levers, finalCollection: number): number {
  const p = paramsFor(view.world.scenario);
  const flows = lastFlows(view);
  const years = roundsLeft(view);
  const invest = flows ? flows.investment : 0;
  const grantChange = levers.capacityGrant - view.levers.capacityGrant;
  const capacity = view.world.K + years * ((invest + grantChange) / p.capitalCost - view.world.K / p.capacityLife);
  const targetStreams = (p.population * p.targetPerCapita / 1000) * Math.pow(1 + p.wasteGrowth, view.config.rounds - 1);
  return Math.min(finalCollection, Math.max(0, capacity) / targetStreams);
}

/** Detection probability d for an enforcement budget (§3.4 b). */
export function detection(view: MatchView, enforcement: number): number {
  const p = paramsFor(view.world.scenario);
  return p.detectionMin + (p.detectionMax - p.detectionMin) * (1 - Math.exp(-enforcement / p.enforcementScale));
}

/**
 * The smuggler's black-market income per year (M$) under `levers`, scaled from last year's by the
 * change in margin per tonne and in network size (`networkRatio`, from the forecast).
 */
export function smugglingIncome(view: MatchView, levers: Levers, networkRatio: number): number {
  const p = paramsFor(view.world.scenario);
  const flows = lastFlows(view);
  const gross = (lv: Levers) => p.exportValue + p.landfillGateFee + lv.landfillTax - p.smugglingCost;
  const net = (lv: Levers) => Math.max(0, gross(lv) - detection(view, lv.enforcement) * lv.fine);
  const base = flows ? flows.smugglerIncome : (view.world.B * net(view.levers)) / 1000;
  const marginRatio = net(levers) / Math.max(1, net(view.levers));
  return Math.max(0, base) * marginRatio * networkRatio;
}

/** Margin above the treasury's collapse floor at which a bot starts to worry about the budget (M$). */
const BUDGET_MARGIN = 30;

/** The treasury at the end of the match if it keeps last year's trend. */
export function projectedTreasury(view: MatchView): number {
  const n = view.rounds.length;
  const previous = n >= 2 ? view.rounds[n - 2].worldAfter.T : SCENARIOS[view.world.scenario].initial.T;
  const trend = n >= 1 ? view.world.T - previous : 0;
  return view.world.T + roundsLeft(view) * trend;
}

/** Whether the treasury is heading for its collapse floor before the end. */
export function budgetAlarm(view: MatchView): boolean {
  return projectedTreasury(view) < COLLAPSE_FLOORS.T + BUDGET_MARGIN;
}
