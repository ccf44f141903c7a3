/**
 * What each secret agenda wants, as a bot reads it: the levers it pushes, how much a credit is worth
 * to it, and its chance of being met at the end of a forecast (with or without a proposed change).
 * Thresholds come from BALANCE.agendas, so tuning the game retunes the bots with it.
 */
import { BALANCE } from '../content/balance.ts';
import type { Band, IndicatorId, LeverId, Levers } from '../model/types.ts';
import type { Role } from '../rules/types.ts';
import type { MatchView } from '../rules/view.ts';
import { chanceAbove, chanceBelow, softAbove } from './outlook.ts';
import {
  leakChance, leakedAlready, projectedMaturity, projectedRecovery, roundsLeft, smugglingIncome,
} from './projections.ts';

/** One side of a forecast: the bands at the horizon and the levers that produced them. */
export type Side = Readonly<{ bands: Readonly<Record<IndicatorId, Band>>; levers: Levers; networkRatio: number }>;

export type Wish = Readonly<{ lever: LeverId; dir: 1 | -1; target?: number }>;

export type Goal = Readonly<{
  agendaId: string;
  /** False only for an agenda that can win in a failed city. */
  needsCity: boolean;
  /** Utility of one credit (the scale is "1 = the agenda is surely met"). */
  creditValue: number;
  /** Utility of one reputation point gained (own passed proposals, co-sponsorships). */
  reputationValue: number;
  wishes: readonly Wish[];
  chance: (side: Side, view: MatchView, role: Role) => number;
}>;

const A = BALANCE.agendas;
const up = (lever: LeverId, target?: number): Wish => ({ lever, dir: 1, target });
const down = (lever: LeverId, target?: number): Wish => ({ lever, dir: -1, target });

/** Levers that lift the sustainability index: every seat that needs the city may table them. */
export const CIVIC_WISHES: readonly Wish[] = [
  up('remediation'), up('eprFee'), up('depositScheme', 1), up('enforcement'), up('campaign'), up('safety'), up('landfillTax'),
];

/** Levers the city pays for each year (M$ or $/t out of the treasury). */
const SPENDING: readonly LeverId[] = ['enforcement', 'remediation', 'campaign', 'capacityGrant', 'rnd', 'recoverySubsidy'];

/** What rescues a treasury: cut the biggest yearly spending in force, or raise revenue. */
export function budgetWishes(levers: Levers): Wish[] {
  const cuts = SPENDING.filter((l) => levers[l] > 0).sort((a, b) => levers[b] - levers[a]).slice(0, 2).map((l) => down(l, 0));
  return [...cuts, up('eprFee'), up('landfillTax'), up('levy')];
}

function fortuneChance(side: Side, view: MatchView, role: Role): number {
  const me = view.seats[role];
  if (me.exposed) return 0;
  const perYear = BALANCE.creditsPerRound.smuggler
    + 0.6 * BALANCE.divertCreditsPerMillion * smugglingIncome(view, side.levers, side.networkRatio);
  return softAbove((me.credits ?? 0) + roundsLeft(view) * perYear, A.fortuneMinCredits, 8);
}

function recognitionChance(view: MatchView, role: Role): number {
  // Roughly one passed proposal a year is what a respected seat can hope for.
  const hoped = view.seats[role].reputation + roundsLeft(view) * BALANCE.reputation.proposalPassed;
  return softAbove(hoped, A.recognitionMinReputation, 3);
}

const GOALS: readonly Goal[] = [
  {
    agendaId: 'chemistBreakthrough', needsCity: true, creditValue: 0.002, reputationValue: 0.01,
    wishes: [up('nanoCap'), up('rnd'), up('remediation'), up('safety')],
    chance: (s, v) => softAbove(projectedMaturity(v, s.levers), A.breakthroughMinN, 4) * chanceBelow(s.bands.P, A.breakthroughMaxP, 1),
  },
  {
    agendaId: 'chemistRecognition', needsCity: true, creditValue: 0.002, reputationValue: 0.06,
    wishes: [up('campaign'), up('remediation'), up('depositScheme', 1), up('eprFee')],
    chance: (_s, v, r) => recognitionChance(v, r),
  },
  {
    agendaId: 'chemistPioneer', needsCity: true, creditValue: 0.002, reputationValue: 0.01,
    wishes: [up('rnd'), up('nanoCap'), up('safety')],
    chance: (s, v) => (leakedAlready(v) ? 0 : softAbove(projectedMaturity(v, s.levers), A.pioneerMinN, 4) * (1 - leakChance(v, s.levers))),
  },
  {
    agendaId: 'engineerScaleUp', needsCity: true, creditValue: 0.002, reputationValue: 0.01,
    wishes: [up('eprFee'), up('depositScheme', 1), up('capacityGrant'), up('campaign')],
    chance: (s, v) => softAbove(projectedRecovery(v, s.levers, s.bands.c.median), A.scaleUpMinRecovery, 0.02),
  },
  {
    agendaId: 'engineerSafeByDesign', needsCity: true, creditValue: 0.002, reputationValue: 0.01,
    wishes: [up('safety', Math.min(1, A.safeByDesignMinSafety + 0.1)), up('remediation')],
    chance: (s) => softAbove(s.levers.safety, A.safeByDesignMinSafety - 0.05, 0.02),
  },
  {
    agendaId: 'engineerLongHorizon', needsCity: true, creditValue: 0.002, reputationValue: 0.01,
    wishes: [up('landfillTax'), up('eprFee'), up('depositScheme', 1)],
    chance: (s) => chanceAbove(s.bands.yearsLeft, A.longHorizonMinYearsLeft + 0.1, 0.5),
  },
  {
    agendaId: 'activistCleanCity', needsCity: true, creditValue: 0.002, reputationValue: 0.01,
    wishes: [up('remediation'), up('safety'), down('nanoCap'), up('enforcement')],
    chance: (s) => chanceAbove(s.bands.H, A.cleanCityMinH, 0.5) * chanceBelow(s.bands.P, A.cleanCityMaxP, 1),
  },
  {
    agendaId: 'activistAccountability', needsCity: true, creditValue: 0.002, reputationValue: 0.01,
    wishes: [up('enforcement'), up('fine')],
    chance: (_s, v) => (v.seats.smuggler.exposed ? 1 : 0.4),
  },
  {
    agendaId: 'activistSafeguards', needsCity: true, creditValue: 0.002, reputationValue: 0.01,
    wishes: [up('depositScheme', 1), up('safety', Math.min(1, A.safeguardsMinSafety + 0.1))],
    chance: (s) => softAbove(s.levers.depositScheme, 0.5, 0.05) * softAbove(s.levers.safety, A.safeguardsMinSafety - 0.05, 0.02),
  },
  {
    agendaId: 'smugglerFortune', needsCity: false, creditValue: 1 / A.fortuneMinCredits, reputationValue: 0,
    wishes: [down('enforcement', 0), down('fine'), up('landfillTax')],
    chance: fortuneChance,
  },
  {
    agendaId: 'smugglerReform', needsCity: true, creditValue: 0.002, reputationValue: 0.01,
    wishes: CIVIC_WISHES,
    chance: () => 1,
  },
];

const BY_ID: Readonly<Record<string, Goal>> = Object.fromEntries(GOALS.map((g) => [g.agendaId, g]));

/** A civic fallback for an agenda the bots do not know (a new variant): serve the city. */
const CIVIC_GOAL: Goal = { agendaId: 'civic', needsCity: true, creditValue: 0.002, reputationValue: 0.01, wishes: CIVIC_WISHES, chance: () => 1 };

export function goalOf(agendaId: string | undefined): Goal {
  return (agendaId && BY_ID[agendaId]) || CIVIC_GOAL;
}
