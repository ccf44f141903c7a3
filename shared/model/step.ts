/**
 * One year of the city (model.md §3.1 order of play, §3.12 rule 2): the market event sets prices, the
 * year's waste flows through collection, processing, smuggling and disposal, incidents strike, and then
 * every stock moves. Pure and deterministic: the same world, levers, draws and modifiers give the same year.
 */
import { nextFloat, type RngState } from '../random/rng.ts';
import { firedEvents, incidentsFor, marketFor, protestFires, type Incidents, type MarketOutcome } from './model-events.ts';
import { paramsFor, type ModelParams } from './params.ts';
import { nextCapacity, nextHealth, nextNetwork, nextToxicLoad, nextTreasury, nextTrust } from './stocks.ts';
import {
  EVENT_DRAW_KEYS, type Flows, type Levers, type StepModifiers, type StepResult, type World, type YearDraws,
} from './types.ts';
import {
  collect, disposal, habits, processing, smuggling,
  type Collection, type Disposal, type Habits, type Processing, type Smuggling,
} from './year-flows.ts';

/** All draws = 1: no event can fire (the deterministic mode of §3.12 and of the reference values). */
export const NO_EVENTS: YearDraws = Object.freeze({
  priceCrash: 1, metalBoom: 1, toxicLeak: 1, stockpileFire: 1, scandal: 1, illegalDump: 1, breakthrough: 1, protest: 1,
});

export const DEFAULT_MODIFIERS: StepModifiers = Object.freeze({
  smugglingScale: 1, scandalExposesNetwork: false, retrofit: null, shocks: Object.freeze({}),
});

/** Draws one year's luck: one uniform number per event, in the fixed order of EVENT_DRAW_KEYS. */
export function drawYear(rng: RngState): [YearDraws, RngState] {
  const out = {} as Record<(typeof EVENT_DRAW_KEYS)[number], number>;
  let s = rng;
  for (const key of EVENT_DRAW_KEYS) {
    const [f, next] = nextFloat(s);
    out[key] = f;
    s = next;
  }
  return [out, s];
}

type Year = Readonly<{
  mkt: MarketOutcome; col: Collection; hab: Habits; pro: Processing; smg: Smuggling; dis: Disposal; inc: Incidents;
  HH: number; smuggledShare: number; profit: number; investment: number; jobs: number;
}>;

/** The year's flows and incidents, all computed from start-of-year stocks. */
function yearOf(w: World, lv: Levers, draws: YearDraws, p: ModelParams, mods: Partial<StepModifiers> | undefined): Year {
  const retrofit = mods?.retrofit ?? null;
  const mkt = marketFor(w, draws, p);
  const col = collect(w, lv, p);
  const hab = habits(w, lv, p);
  const pro = processing(w, lv, p, col.C, mkt.market, retrofit);
  const smg = smuggling(w, lv, p, col.U, mods?.smugglingScale ?? 1, retrofit);
  const dis = disposal(w, p, col, hab, pro, smg.S);
  const smuggledShare = smg.S / col.GT;
  const inc = incidentsFor(w, {
    nanoCap: lv.nanoCap, beta: pro.beta, stockpile: w.M, smuggledShare, dumped: smg.dumped, rnd: lv.rnd,
  }, draws, p);
  return {
    mkt, col, hab, pro, smg, dis, inc, smuggledShare,
    HH: ((lv.landfillTax * dis.LF + lv.eprFee * col.GT) * 1000) / p.households,
    // A leak fine comes out of the corporation's profit, so it also cuts what it reinvests.
    profit: pro.profit - inc.corporateFine,
    investment: p.investmentShare * Math.max(0, pro.profit - pro.levy - inc.corporateFine) + pro.grant,
    jobs: p.jobsCollection * col.C + p.jobsDisposal * (dis.LF + dis.INC) + p.jobsProcessing * (pro.Qc + dis.MRF)
      + p.jobsNano * pro.Qn + p.jobsRemanufacture * p.localSalesShare * pro.sales,
  };
}

function nextWorld(w: World, lv: Levers, p: ModelParams, y: Year, mods: Partial<StepModifiers> | undefined, R: number): World {
  const { col, pro, smg, dis, inc } = y;
  const retrofit = mods?.retrofit ?? null;
  const shocks = mods?.shocks;
  return {
    scenario: w.scenario,
    year: w.year + 1,
    T: nextTreasury(w, lv, p, { col, pro, smg, dis, inc, retrofit }) + (shocks?.T ?? 0),
    K: nextCapacity(w, p, y.investment),
    L: dis.Lnext,
    M: pro.Mnext * (inc.fire ? p.fireStockLeft : 1),
    P: Math.max(0, nextToxicLoad(w, lv, p, pro, smg, dis, retrofit) + inc.toxic + (shocks?.P ?? 0)),
    H: Math.min(100, Math.max(0, nextHealth(w, p))),
    R,
    B: nextNetwork(w, p, smg, inc.scandal || (mods?.scandalExposesNetwork ?? false)),
    N: w.N + pro.Qn + p.rndExperience * lv.rnd,
    c: col.c,
    ell: y.hab.ell,
    prevHH: y.HH,
    yearsLeft: dis.yearsLeft,
    crashRoundsLeft: y.mkt.crashRoundsLeft,
    betaMultiplier: w.betaMultiplier * (inc.breakthrough ? p.breakthroughFactor : 1),
    beta0: w.beta0,
    cumulativeProfit: w.cumulativeProfit + y.profit,
    cumulativeSmugglerIncome: w.cumulativeSmugglerIncome + smg.smugglerIncome,
    exportedHarm: w.exportedHarm + smg.exported,
    jobs: y.jobs,
    smuggledShare: y.smuggledShare,
  };
}

function flowsOf(y: Year, protest: boolean): Flows {
  const { col, pro, smg, dis } = y;
  return {
    G: col.G, GT: col.GT, GO: col.GO, C: col.C, U: col.U, S: smg.S, dumped: smg.dumped, exported: smg.exported,
    Q: pro.Q, Qn: pro.Qn, Y: pro.Y, sales: pro.sales, LF: dis.LF, INC: dis.INC, MRF: dis.MRF,
    d: smg.d, margin: smg.margin, sigma: smg.sigma, beta: pro.beta,
    profit: y.profit, levy: pro.levy, investment: y.investment, smugglerIncome: smg.smugglerIncome, fines: smg.fines,
    HH: y.HH, jobs: y.jobs, smuggledShare: y.smuggledShare, yearsLeft: dis.yearsLeft,
    events: firedEvents(y.mkt, y.inc, protest),
  };
}

/**
 * Steps the city one year with the levers in force, the year's pre-drawn luck and the covert actions and
 * role abilities the rules resolved. Never mutates its inputs.
 */
export function step(world: World, levers: Levers, draws: YearDraws, modifiers?: Partial<StepModifiers>): StepResult {
  const p = paramsFor(world.scenario);
  const y = yearOf(world, levers, draws, p, modifiers);
  const R = nextTrust(world, levers, p, y.col.c, y.HH, y.smg, y.dis.yearsLeft, y.inc.trust + (modifiers?.shocks?.R ?? 0));
  return { world: nextWorld(world, levers, p, y, modifiers, R), flows: flowsOf(y, protestFires(R, draws, p)) };
}
