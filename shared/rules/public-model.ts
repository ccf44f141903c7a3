/**
 * The city model's numbers as the public may see them: the world without its hidden byproduct
 * intensity β₀, and a year's flows with `beta` (from which β₀ could be worked out) zeroed. Both are
 * built field by field, so a new model field stays private until someone lists it here.
 */
import type { Flows, World } from '../model/types.ts';
import type { PublicFlows, PublicWorld } from './view.ts';

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
