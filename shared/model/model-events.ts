/**
 * The event deck of model.md §3.8. A market event (price crash, metal boom) is drawn before the year's flows
 * and sets prices; incidents (leak, fire, scandal, dump found, breakthrough, protest) are drawn after the flows,
 * because their chances depend on them. An event fires when its pre-drawn number is below its probability,
 * so the same draws replay the same luck and all-ones draws (NO_EVENTS) fire nothing.
 */
import type { ModelParams } from './params.ts';
import type { Market } from './year-flows.ts';
import type { ModelEventId, World, YearDraws } from './types.ts';

export type MarketOutcome = Readonly<{
  market: Market;
  crashFired: boolean;
  boomFired: boolean;
  crashRoundsLeft: number; // crash rounds still to run after this year
}>;

/** A crash lasts the year it fires and the next; a new crash during one restarts the count. */
export function marketFor(w: World, draws: YearDraws, p: ModelParams): MarketOutcome {
  const crashFired = draws.priceCrash < p.crashProbability;
  const inCrash = crashFired || w.crashRoundsLeft > 0;
  const boomFired = draws.metalBoom < p.boomProbability;
  const priceMultiplier = (inCrash ? p.crashPriceFactor : 1) * (boomFired ? p.boomPriceFactor : 1);
  return {
    market: { priceMultiplier, saleShare: inCrash ? p.crashSaleShare : p.saleShare },
    crashFired,
    boomFired,
    crashRoundsLeft: crashFired ? p.crashRounds - 1 : Math.max(0, w.crashRoundsLeft - 1),
  };
}

/** What the year's incidents add to the stocks (all zero when none fires). */
export type Incidents = Readonly<{
  leak: boolean; fire: boolean; scandal: boolean; dump: boolean; breakthrough: boolean;
  toxic: number; // TU added to P
  trust: number; // points added to R (negative)
  cost: number; // M$ the city pays for clean-up
  corporateFine: number; // M$ the corporation pays the city
}>;

/** The state an incident's chance depends on. */
export type IncidentExposure = Readonly<{
  nanoCap: number; beta: number; stockpile: number; smuggledShare: number; dumped: number; rnd: number;
}>;

export function incidentsFor(w: World, x: IncidentExposure, draws: YearDraws, p: ModelParams): Incidents {
  const leakP = p.leakBase + p.leakSlope * x.nanoCap * (w.beta0 > 0 ? x.beta / w.beta0 : 1);
  const leak = draws.toxicLeak < leakP;
  const fire = draws.stockpileFire < p.fireBase + p.fireSlope * x.stockpile;
  const scandal = draws.scandal < p.scandalBase + p.scandalSlope * x.smuggledShare;
  const dump = draws.illegalDump < Math.min(p.dumpMax, p.dumpSlope * x.dumped);
  const breakthrough = draws.breakthrough < p.breakthroughBase + p.breakthroughSlope * x.rnd;
  return {
    leak, fire, scandal, dump, breakthrough,
    toxic: (leak ? p.leakToxic : 0) + (fire ? p.fireToxic : 0) + (dump ? p.dumpToxic : 0),
    trust: -(leak ? p.leakTrust : 0) - (fire ? p.fireTrust : 0) - (scandal ? p.scandalTrust : 0) - (dump ? p.dumpTrust : 0),
    cost: (leak ? p.leakCleanup : 0) + (fire ? p.fireCost : 0) + (dump ? p.dumpCost : 0),
    corporateFine: leak ? p.leakFine : 0,
  };
}

/** Protests are judged on the trust the year ends with: they freeze a lever in the next round. */
export function protestFires(trustAfter: number, draws: YearDraws, p: ModelParams): boolean {
  return trustAfter < p.protestTrust && draws.protest < p.protestProbability;
}

/** The fired events in the fixed order of EVENT_DRAW_KEYS. */
export function firedEvents(m: MarketOutcome, inc: Incidents, protest: boolean): ModelEventId[] {
  const out: ModelEventId[] = [];
  if (m.crashFired) out.push('priceCrash');
  if (m.boomFired) out.push('metalBoom');
  if (inc.leak) out.push('toxicLeak');
  if (inc.fire) out.push('stockpileFire');
  if (inc.scandal) out.push('scandal');
  if (inc.dump) out.push('illegalDump');
  if (inc.breakthrough) out.push('breakthrough');
  if (protest) out.push('protest');
  return out;
}
