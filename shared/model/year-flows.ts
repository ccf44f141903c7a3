/**
 * One year of waste moving through the city (model.md §3.4 a–d, in the order of §3.12 rule 2): how much the
 * households hand in, what the recovery plants process and sell, what smugglers take, and what ends in the
 * landfill or the incinerator. Everything here reads start-of-year stocks; nothing changes a stock.
 */
import type { ModelParams } from './params.ts';
import type { LeverId, Levers, World } from './types.ts';

/** The year's market conditions, decided before any flow is computed (§3.1 order of play, step 2). */
export type Market = Readonly<{ priceMultiplier: number; saleShare: number }>;

export type Collection = Readonly<{ G: number; GT: number; GO: number; c: number; C: number; U: number }>;
export type Habits = Readonly<{ ell: number; rO: number; iO: number }>;
export type Processing = Readonly<{
  Q: number; Qn: number; Qc: number; Y: number; sales: number; Mnext: number;
  beta: number; profit: number; levy: number; grant: number;
}>;
export type Smuggling = Readonly<{
  d: number; gLFeff: number; margin: number; sigma: number; S: number;
  dumped: number; exported: number; fines: number; clearing: number; smugglerIncome: number;
}>;
export type Disposal = Readonly<{ LF: number; INC: number; MRF: number; Lnext: number; yearsLeft: number }>;

/** (a) Collection: the target c* follows the levers and trust; habits close half the gap each year. */
export function collect(w: World, lv: Levers, p: ModelParams): Collection {
  const growth = Math.pow(1 + p.wasteGrowth, w.year);
  const G = (p.population * p.wastePerCapita * growth) / 1000;
  const GT = (p.population * p.targetPerCapita * growth) / 1000;
  const fee = lv.eprFee;
  const dEpr = (p.eprCollectionGain * fee) / (fee + p.eprHalfFee);
  const dDrs = lv.depositScheme >= 0.5 ? p.depositCoverage * (p.depositReturn - p.depositBaseReturn) : 0;
  const dCamp = p.campaignCollection * Math.min(lv.campaign, p.campaignCap);
  const trustFactor = p.collectionTrustBase + (p.collectionTrustSlope * w.R) / 100;
  const cStar = Math.min(p.collectionMax, (p.collectionBase + dEpr + dDrs + dCamp) * trustFactor);
  const c = w.c + p.habitSmoothing * (cStar - w.c);
  const C = c * GT;
  return { G, GT, GO: G - GT, c, C, U: GT - C };
}

/** (d, first half) The landfill share of other waste drifts towards what the tax makes worthwhile. */
export function habits(w: World, lv: Levers, p: ModelParams): Habits {
  const ellStar = p.landfillShare0 * Math.exp(-p.landfillTaxResponse * (lv.landfillTax - p.taxNeutralPoint));
  const ell = w.ell + p.habitSmoothing * (ellStar - w.ell);
  const diverted = p.landfillShare0 - ell;
  return {
    ell,
    rO: p.recycledShare0 + p.divertedToRecycling * diverted,
    iO: p.incineratedShare0 + (1 - p.divertedToRecycling) * diverted,
  };
}

/** (c) Processing, market and the nanomachine learning curve; the engineer's retrofit boosts one lever. */
export function processing(
  w: World, lv: Levers, p: ModelParams, C: number, market: Market, retrofit: LeverId | null,
): Processing {
  const Q = Math.min(C, w.K);
  const Qn = lv.nanoCap * Q;
  const Qc = Q - Qn;
  const Yn = p.nanoYield * Qn;
  const Y = p.conventionalYield * Qc + Yn;
  const learning = w.N / p.nanoExperience0;
  const kn = p.nanoCost0 * Math.pow(learning, Math.log2(p.costProgressRatio));
  const sEff = retrofit === 'safety' ? Math.min(1, lv.safety + 0.2) : lv.safety;
  const beta = w.beta0 * w.betaMultiplier * Math.pow(learning, Math.log2(p.byproductProgressRatio))
    * (1 - p.safetyEffect * sEff);
  const available = w.M + Y;
  const sales = market.saleShare * available;
  const premium = Y > 0 ? 1 + (p.nanoPremium * Yn) / Y : 1;
  const revenue = (sales * p.outputPrice * market.priceMultiplier * premium) / 1000;
  // Safety is paid at the enacted standard: a retrofit makes it work better, not cost more.
  const costs = (Qc * p.conventionalCost + Qn * (kn + p.safetyCost * lv.safety) + p.holdingCost * w.M) / 1000;
  const profit = revenue + (lv.recoverySubsidy * Q) / 1000 - costs;
  const grant = retrofit === 'capacityGrant' ? 1.5 * lv.capacityGrant : lv.capacityGrant;
  return {
    Q, Qn, Qc, Y, sales, Mnext: available - sales, beta, profit, levy: lv.levy * Math.max(0, profit), grant,
  };
}

/** (b) Smuggling: the margin against the expected fine decides how much of the uncollected waste leaks. */
export function smuggling(
  w: World, lv: Levers, p: ModelParams, U: number, scale: number, retrofit: LeverId | null,
): Smuggling {
  const E = retrofit === 'enforcement' ? 1.3 * lv.enforcement : lv.enforcement;
  const d = p.detectionMin + (p.detectionMax - p.detectionMin) * (1 - Math.exp(-E / p.enforcementScale));
  const scarcity = Math.max(0, (p.scarcityYears - w.yearsLeft) / p.scarcityYears);
  const gLFeff = p.landfillGateFee * (1 + p.scarcityMarkup * scarcity);
  const gross = p.exportValue + gLFeff + lv.landfillTax - p.smugglingCost; // $/t before the fine
  const margin = gross - d * lv.fine;
  const sigma = 1 / (1 + Math.exp(-(margin - p.marginMidpoint) / p.marginSpread));
  const S = scale * Math.min(w.B, p.smugglingIntake * sigma * U);
  const dumped = p.dumpedShare * S;
  const fines = (d * S * lv.fine) / 1000;
  return {
    d, gLFeff, margin, sigma, S, dumped, exported: S - dumped, fines,
    clearing: p.clearingCost * d * S,
    smugglerIncome: (S * gross) / 1000 - fines,
  };
}

/** (d, second half) Residues, overflow and uncollected waste go to landfill and incineration. */
export function disposal(
  w: World, p: ModelParams, col: Collection, hab: Habits, pro: Processing, S: number,
): Disposal {
  const DT = col.U - S + (pro.Q - pro.Y) + (col.C - pro.Q);
  const toLandfill = hab.ell / (hab.ell + hab.iO);
  const LF = hab.ell * col.GO + DT * toLandfill;
  const INC = hab.iO * col.GO + DT * (1 - toLandfill);
  const Lnext = w.L + LF;
  return { LF, INC, MRF: hab.rO * col.GO, Lnext, yearsLeft: Math.max(0, (p.landfillCapacity - Lnext) / LF) };
}
