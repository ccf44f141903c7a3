/**
 * How the year's flows change the city's stocks (model.md §3.4 b, c, e–h). Every stock moves from its
 * start-of-year value plus this year's flows (§3.12 rule 2.6): leachate comes from the landfill as it was,
 * health reacts to last year's toxic load, interest is charged on the balance the year started with.
 */
import type { ModelParams } from './params.ts';
import type { Incidents } from './model-events.ts';
import type { Collection, Disposal, Processing, Smuggling } from './year-flows.ts';
import type { LeverId, Levers, World } from './types.ts';

const LN2 = Math.LN2;

/** (e) Toxic load: dumping, byproducts, leachate and incinerators add; absorption and remediation remove. */
export function nextToxicLoad(
  w: World, lv: Levers, p: ModelParams, pro: Processing, smg: Smuggling, dis: Disposal, retrofit: LeverId | null,
): number {
  const remediation = (retrofit === 'remediation' ? 1.5 : 1) * lv.remediation;
  const added = p.dumpingToxicity * smg.dumped + pro.beta * pro.Qn + p.leachateToxicity * w.L + p.incinerationToxicity * dis.INC;
  const removed = (w.P * LN2) / p.toxicHalfLife + Math.min(w.P, p.remediationEfficiency * remediation);
  return w.P + added - removed;
}

/** (f) Health recovers a quarter of the gap to 100 each year and loses h per unit of toxic load. */
export function nextHealth(w: World, p: ModelParams): number {
  return w.H + p.healthRecovery * (100 - w.H) - p.toxicHarm * w.P;
}

/** (g) Treasury: base allocation and charges in, the cost of running the system and of events out. */
export function nextTreasury(
  w: World, lv: Levers, p: ModelParams, parts: Readonly<{
    col: Collection; pro: Processing; smg: Smuggling; dis: Disposal; inc: Incidents; retrofit: LeverId | null;
  }>,
): number {
  const { col, pro, smg, dis, inc } = parts;
  const income = p.baseAllocation + (lv.landfillTax * dis.LF) / 1000 + pro.levy + smg.fines
    + (0.5 * lv.eprFee * col.GT) / 1000 + inc.corporateFine;
  const operations = (p.collectionCost * col.G + p.separateCost * col.C + smg.gLFeff * dis.LF
    + p.incinerationGateFee * dis.INC + p.mrfGateFee * dis.MRF) / 1000;
  // A retrofitted subsidy reaches the plants in full while the city pays half.
  const subsidy = ((parts.retrofit === 'recoverySubsidy' ? 0.5 : 1) * lv.recoverySubsidy * pro.Q) / 1000;
  const programmes = lv.enforcement + lv.remediation + lv.campaign + lv.capacityGrant + lv.rnd + subsidy;
  const harm = p.healthCost * (100 - w.H) + smg.clearing + p.debtInterest * Math.max(0, -w.T) + inc.cost;
  return w.T + income - operations - programmes - harm;
}

/** (h) Trust: visible progress and campaigns raise it; new charges, pollution and crises cut it at once. */
export function nextTrust(
  w: World, lv: Levers, p: ModelParams, c: number, HH: number, smg: Smuggling, yearsLeft: number, shock: number,
): number {
  const R = w.R
    + p.trustCollectionGain * Math.max(0, c - w.c)
    + p.trustCampaignGain * Math.min(lv.campaign, p.campaignCap)
    - p.trustChargePenalty * Math.max(0, HH - w.prevHH)
    - p.trustPollutionPenalty * Math.max(0, w.P - p.trustPollutionThreshold)
    - p.trustHealthPenalty * Math.max(0, p.trustHealthThreshold - w.H)
    - p.trustDumpingPenalty * smg.dumped
    - (yearsLeft < p.scarcityYears ? p.trustLandfillPenalty : 0)
    + p.trustReversion * (p.trustBase - w.R)
    + shock;
  return Math.min(100, Math.max(0, R));
}

/** (b) The network recruits while smuggling pays (logistic, capped), and loses members to detection. */
export function nextNetwork(w: World, p: ModelParams, smg: Smuggling, exposed: boolean): number {
  const growth = p.networkGrowth * w.B * (1 - w.B / p.networkMax) * smg.sigma;
  const attrition = (p.networkDecay + p.networkDetectionDecay * smg.d) * w.B;
  return Math.max(0, w.B + growth - attrition - (exposed ? p.scandalNetworkCut * w.B : 0));
}

/** (c) Capacity grows with reinvested profit and grants, and wears out over its life. */
export function nextCapacity(w: World, p: ModelParams, investment: number): number {
  return Math.max(0, w.K + investment / p.capitalCost - w.K / p.capacityLife);
}
