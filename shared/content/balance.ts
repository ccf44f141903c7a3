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
  /** Influence every seat gains at each resolution (council standing renews yearly). */
  influencePerRound: 3,
  /** Credits every seat earns at each resolution (salary, grants, legitimate trade). */
  creditsPerRound: { chemist: 3, engineer: 3, activist: 2, smuggler: 2 } satisfies Record<Role, number>,
  /** Influence to table a policy on each lever: sweeping levers cost more political capital. */
  policyCost: {
    landfillTax: 3,
    enforcement: 2,
    fine: 2,
    eprFee: 3,
    depositScheme: 3,
    nanoCap: 3,
    safety: 2,
    recoverySubsidy: 2,
    capacityGrant: 2,
    remediation: 2,
    campaign: 1,
    levy: 3,
    rnd: 2,
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
    breakthroughMinN: 60, // nanotech maturity (kt of experience)
    breakthroughMaxP: 40, // toxic load (TU)
    recognitionMinReputation: 70,
    pioneerMinN: 80, // "reach N ≥ 80 without any leak"
    scaleUpMinRecovery: 0.4, // share of target streams processed in the last year (about 0.3 at the start)
    safeByDesignMinSafety: 0.5, // containment standard in force at the end
    longHorizonMinYearsLeft: 10, // landfill years left at the end
    cleanCityMinH: 88,
    cleanCityMaxP: 35,
    safeguardsMinSafety: 0.5, // with the deposit scheme on
    fortuneMinCredits: 100,
  },
} as const;

export type Balance = typeof BALANCE;
