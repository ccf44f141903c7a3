/**
 * Secret agendas: each seat's private win condition, drawn at the start from its role's variants.
 * A seat wins when the city ends above the sustainability threshold and its agenda is met; a failed
 * city leaves only an unexposed Fortune smuggler standing. Thresholds live in BALANCE.agendas.
 */
import { collapseCause, SUSTAINABILITY_THRESHOLD, sustainabilityIndex } from '../model/index.ts';
import type { Flows, IndicatorId, LeverId } from '../model/types.ts';
import type { GameState, Role } from '../rules/types.ts';
import { BALANCE } from './balance.ts';

/** A measurable condition an agenda names, so a seat's agenda meter can show where it stands. */
export type AgendaTarget =
  | { kind: 'indicator'; id: IndicatorId | 'N'; op: '>=' | '<=' | '>'; value: number }
  | { kind: 'lever'; id: LeverId; op: '>='; value: number }
  | { kind: 'resource'; id: 'credits' | 'reputation'; op: '>='; value: number }
  | { kind: 'flag'; id: 'smugglerExposed' | 'notExposed' | 'wentStraight' };

export type Agenda = Readonly<{
  id: string;
  role: Role;
  title: string;
  text: string;
  /** The conditions `check` judges, as data for displays; `check` alone decides at the end. */
  targets: readonly AgendaTarget[];
  check: (finalState: GameState) => boolean;
}>;

const A = BALANCE.agendas;

function lastFlows(s: GameState): Flows | null {
  return s.rounds.length > 0 ? s.rounds[s.rounds.length - 1].flows : null;
}

/** The city's final sustainability index (0 before any year has been played). */
export function finalSustainability(s: GameState): number {
  const flows = lastFlows(s);
  return flows ? sustainabilityIndex(s.world, flows) : 0;
}

/** The city ended sustainable: no collapse and an index at or above the threshold. */
export function citySustainable(s: GameState): boolean {
  return collapseCause(s.world) === null && finalSustainability(s) >= SUSTAINABILITY_THRESHOLD;
}

function recoveryRate(s: GameState): number {
  const flows = lastFlows(s);
  return flows && flows.GT > 0 ? flows.Q / flows.GT : 0;
}

const anyLeak = (s: GameState) => s.rounds.some((r) => r.events.includes('toxicLeak'));

const AGENDA_LIST: readonly Agenda[] = [
  {
    id: 'chemistBreakthrough', role: 'chemist', title: 'Breakthrough',
    text: `End with nanotech maturity of at least ${A.breakthroughMinN} kt and a toxic load of at most ${A.breakthroughMaxP} TU.`,
    targets: [{ kind: 'indicator', id: 'N', op: '>=', value: A.breakthroughMinN }, { kind: 'indicator', id: 'P', op: '<=', value: A.breakthroughMaxP }],
    check: (s) => s.world.N >= A.breakthroughMinN && s.world.P <= A.breakthroughMaxP,
  },
  {
    id: 'chemistRecognition', role: 'chemist', title: 'Recognition',
    text: `End with a reputation of at least ${A.recognitionMinReputation}.`,
    targets: [{ kind: 'resource', id: 'reputation', op: '>=', value: A.recognitionMinReputation }],
    check: (s) => s.seats.chemist.resources.reputation >= A.recognitionMinReputation,
  },
  {
    id: 'chemistPioneer', role: 'chemist', title: 'Pioneer',
    text: `Reach nanotech maturity of ${A.pioneerMinN} kt without a single nanomachine leak.`,
    targets: [{ kind: 'indicator', id: 'N', op: '>=', value: A.pioneerMinN }],
    check: (s) => s.world.N >= A.pioneerMinN && !anyLeak(s),
  },
  {
    id: 'engineerScaleUp', role: 'engineer', title: 'Scale up',
    text: `In the last year, process at least ${Math.round(A.scaleUpMinRecovery * 100)} % of the city's e-waste, plastics and textiles.`,
    targets: [],
    check: (s) => recoveryRate(s) >= A.scaleUpMinRecovery,
  },
  {
    id: 'engineerSafeByDesign', role: 'engineer', title: 'Safe by design',
    text: `End with a nanomachine safety standard of at least ${A.safeByDesignMinSafety} in force.`,
    targets: [{ kind: 'lever', id: 'safety', op: '>=', value: A.safeByDesignMinSafety }],
    check: (s) => s.levers.safety >= A.safeByDesignMinSafety,
  },
  {
    id: 'engineerLongHorizon', role: 'engineer', title: 'Long horizon',
    text: `End with more than ${A.longHorizonMinYearsLeft} years of landfill left.`,
    targets: [{ kind: 'indicator', id: 'yearsLeft', op: '>', value: A.longHorizonMinYearsLeft }],
    check: (s) => s.world.yearsLeft > A.longHorizonMinYearsLeft,
  },
  {
    id: 'activistCleanCity', role: 'activist', title: 'Clean city',
    text: `End with public health of at least ${A.cleanCityMinH} and a toxic load of at most ${A.cleanCityMaxP} TU.`,
    targets: [{ kind: 'indicator', id: 'H', op: '>=', value: A.cleanCityMinH }, { kind: 'indicator', id: 'P', op: '<=', value: A.cleanCityMaxP }],
    check: (s) => s.world.H >= A.cleanCityMinH && s.world.P <= A.cleanCityMaxP,
  },
  {
    id: 'activistAccountability', role: 'activist', title: 'Accountability',
    text: 'See the smuggler exposed before the end.',
    targets: [{ kind: 'flag', id: 'smugglerExposed' }],
    check: (s) => s.seats.smuggler.exposed,
  },
  {
    id: 'activistSafeguards', role: 'activist', title: 'Safeguards',
    text: `End with the deposit-return scheme on and a safety standard of at least ${A.safeguardsMinSafety}.`,
    targets: [{ kind: 'lever', id: 'depositScheme', op: '>=', value: 1 }, { kind: 'lever', id: 'safety', op: '>=', value: A.safeguardsMinSafety }],
    check: (s) => s.levers.depositScheme >= 1 && s.levers.safety >= A.safeguardsMinSafety,
  },
  {
    id: 'smugglerFortune', role: 'smuggler', title: 'Fortune',
    text: `End with at least ${A.fortuneMinCredits} credits without ever being exposed. You win even if the city fails.`,
    targets: [{ kind: 'resource', id: 'credits', op: '>=', value: A.fortuneMinCredits }, { kind: 'flag', id: 'notExposed' }],
    check: (s) => s.seats.smuggler.resources.credits >= A.fortuneMinCredits && !s.seats.smuggler.exposed,
  },
  {
    id: 'smugglerReform', role: 'smuggler', title: 'Reform',
    text: 'Go straight publicly (once), and see the city end sustainable.',
    targets: [{ kind: 'flag', id: 'wentStraight' }, { kind: 'indicator', id: 'sustainability', op: '>=', value: SUSTAINABILITY_THRESHOLD }],
    check: (s) => s.seats.smuggler.wentStraight && citySustainable(s),
  },
];

export const AGENDAS: Readonly<Record<string, Agenda>> = Object.fromEntries(AGENDA_LIST.map((a) => [a.id, a]));

/** The variants a role's agenda is drawn from, in a fixed order (the seeded draw picks one). */
export function agendasOf(role: Role): readonly Agenda[] {
  return AGENDA_LIST.filter((a) => a.role === role);
}

/** Agenda ids the only winners of a failed city may hold. */
export const WINS_EVEN_IF_CITY_FAILS: readonly string[] = ['smugglerFortune'];
