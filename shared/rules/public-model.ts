/**
 * The city model's numbers as the public may see them: the world without its hidden byproduct
 * intensity β₀, a year's flows with `beta` (from which β₀ could be worked out) zeroed, and a year's
 * record with covert effects hidden until an exposure or the end reveals them. All are built field by
 * field, so a new model field stays private until someone lists it here.
 */
import type { Flows, World } from '../model/types.ts';
import type { GameState, RoundRecord } from './types.ts';
import type { PublicFlows, PublicWorld, RoundView } from './view.ts';

export function publicWorld(w: World): PublicWorld {
  return {
    scenario: w.scenario, year: w.year,
    T: w.T, K: w.K, L: w.L, M: w.M, P: w.P, H: w.H, R: w.R, B: w.B, N: w.N,
    c: w.c, ell: w.ell, prevHH: w.prevHH, yearsLeft: w.yearsLeft, crashRoundsLeft: w.crashRoundsLeft,
    betaMultiplier: w.betaMultiplier, cumulativeProfit: w.cumulativeProfit,
    cumulativeSmugglerIncome: w.cumulativeSmugglerIncome, exportedHarm: w.exportedHarm,
    jobs: w.jobs, smuggledShare: w.smuggledShare,
  };
}

export function publicFlows(f: Flows, revealBeta = false): PublicFlows {
  const out: PublicFlows = {
    G: f.G, GT: f.GT, GO: f.GO, C: f.C, U: f.U, S: f.S, dumped: f.dumped, exported: f.exported,
    Q: f.Q, Qn: f.Qn, Y: f.Y, sales: f.sales, LF: f.LF, INC: f.INC, MRF: f.MRF,
    d: f.d, margin: f.margin, sigma: f.sigma, beta: revealBeta ? f.beta : 0, profit: f.profit, levy: f.levy, investment: f.investment,
    smugglerIncome: f.smugglerIncome, fines: f.fines, HH: f.HH, jobs: f.jobs, smuggledShare: f.smuggledShare,
    yearsLeft: f.yearsLeft, events: [...f.events],
  };
  return out;
}

/** A recorded year as a viewer sees it: `full` shows `beta`; `covertKnown` shows covert attribution. */
export function roundView(r: RoundRecord, full: boolean, covertKnown: boolean): RoundView {
  return {
    round: r.round, eventCardId: r.eventCardId, levers: { ...r.levers },
    flows: publicFlows(r.flows, full),
    worldAfter: publicWorld(r.worldAfter), baselineAfter: publicWorld(r.baselineAfter),
    events: [...r.events],
    attribution: r.attribution.map((a) => ({ ...a, policies: { ...a.policies }, covert: full || covertKnown ? a.covert : 0 })),
    headlines: [...r.headlines],
    ...(full ? { inputs: { draws: { ...r.inputs.draws }, modifiers: { ...r.inputs.modifiers } } } : {}),
  };
}

/** Whether a year's covert effects are public: the smuggler was exposed in that year or later. */
export function covertPublic(state: GameState, round: number): boolean {
  const exposedRound = state.seats.smuggler.exposedRound;
  return exposedRound !== null && round <= exposedRound;
}

/**
 * Brings `publicRounds` up to date after a resolution: new years are projected, a year whose covert
 * effects just became public is projected again, every other year keeps its object.
 */
export function refreshPublicRounds(state: GameState, exposedBefore: number | null): GameState {
  const publicRounds = state.rounds.map((r, i) => {
    const kept = state.publicRounds[i];
    const known = covertPublic(state, r.round);
    const wasKnown = exposedBefore !== null && r.round <= exposedBefore;
    return kept && known === wasKnown ? kept : roundView(r, false, known);
  });
  return { ...state, publicRounds };
}
