/**
 * Every tunable number of the game (not of the city model): what each seat starts with, what it earns
 * each year, what tabling, co-sponsoring and mobilizing cost, how much reputation exposure and
 * publication move, and the thresholds of the secret agendas. Balance is tuned by editing this one
 * object (the simulation CLI reads the effects); nothing else in the rules hard-codes a game number.
 */
import type { LeverId } from '../model/types.ts';
import type { Role } from '../rules/types.ts';

type Start = Readonly<{ credits: number; influence: number; reputation: number }>;

export const BALANCE = {
  /** Resources at the start of the match; the smuggler is richer in credits, poorer in standing. */
  start: {
    chemist: { credits: 20, influence: 6, reputation: 50 },
    engineer: { credits: 20, influence: 6, reputation: 50 },
    activist: { credits: 12, influence: 8, reputation: 55 },
    smuggler: { credits: 40, influence: 4, reputation: 40 },
  } satisfies Record<Role, Start>,
  /**
   * Influence every seat gains at each resolution (council standing renews yearly). Scarce on purpose: after
   * the first year a seat tables a policy every few years, so which one matters (npm run simulate).
   */
  influencePerRound: 1,
  /** Credits every seat earns at each resolution (salary, grants, legitimate trade). */
  creditsPerRound: { chemist: 3, engineer: 3, activist: 2, smuggler: 2 } satisfies Record<Role, number>,
  /** Influence to table a policy on each lever: sweeping levers cost more political capital. */
  policyCost: {
    landfillTax: 4,
    enforcement: 4,
    fine: 6,
    eprFee: 5,
    depositScheme: 5,
    nanoCap: 4,
    safety: 4,
    recoverySubsidy: 3,
    capacityGrant: 4,
    remediation: 6,
    campaign: 3,
    levy: 3,
    rnd: 3,
  } satisfies Record<LeverId, number>,
  cosponsorCost: 1, // influence
  mobilizeCost: 2, // influence: the activist's extra public vote
  /** Smuggler credits per M$ of black-market income in a year they actively divert. */
  divertCreditsPerMillion: 4,
  reputation: {
    min: 0,
    max: 100,
    assayPublished: 4, // chemist shares a lab result (first publication only)
    proposalPassed: 2, // proposer of a passed policy
    cosponsorPassed: 1, // each co-sponsor of a passed policy
    exposedLoss: 15, // a seat caught taking covert action
    exposerGain: 8, // activist whose exposure proved right
    wrongExposureLoss: 10, // activist who accused wrongly
    wentStraight: 5, // smuggler's public turn
  },
  /** Chance that a Value Vault demonstration goes wrong on its own (so a failure is no proof of sabotage). */
  demonstrationMishap: 0.2,
  /** The chemist's lab assay reveals a band this wide around the hidden byproduct intensity (±10 %). */
  assayBandShare: 0.2,
  /** Secret agenda thresholds, checked on the final state (content/agendas.ts). */
  agendas: {
    breakthroughMinN: 52, // nanotech maturity (kt of experience)
    breakthroughMaxP: 40, // toxic load (TU)
    recognitionMinReputation: 59,
    pioneerMinN: 50, // "reach N ≥ this without any leak"
    scaleUpMinRecovery: 0.36, // share of target streams processed in the last year (about 0.3 at the start)
    safeByDesignMinSafety: 0.9, // containment standard in force at the end
    longHorizonMinYearsLeft: 15, // landfill years left at the end
    cleanCityMinH: 91,
    cleanCityMaxP: 22,
    safeguardsMinSafety: 0.8, // with the deposit scheme on
    fortuneMinCredits: 100,
  },
} as const;

export type Balance = typeof BALANCE;
