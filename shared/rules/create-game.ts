/**
 * Setting up a match: four open seats around the table, each role's secret agenda drawn from its
 * variants, the hidden toxic-byproduct intensity drawn from its plausible range, the scenario's city
 * and lever settings, and the briefing deck shuffled — all from the match's seed, so the same seed
 * deals the same agendas, hidden parameter and news.
 */
import { agendasOf } from '../content/agendas.ts';
import { deckOf } from '../content/events.ts';
import { ROLE_CONTENT } from '../content/roles.ts';
import { BETA0_RANGE, initialWorld, scenarioLevers } from '../model/index.ts';
import type { ScenarioId } from '../model/types.ts';
import { nextFloat, nextInt, seedRng, shuffle, type RngState } from '../random/rng.ts';
import { ROLES, type GameState, type MatchConfig, type Role, type Seat, type TimedPhase } from './types.ts';

/** Phase durations in seconds when the host changes nothing. */
export const DEFAULT_TIMERS: Readonly<Record<TimedPhase, number>> = {
  briefing: 30,
  proposals: 90,
  negotiation: 180,
  vote: 45,
  actions: 45,
  resolution: 30,
};

export const MIN_ROUNDS = 4;
export const MAX_ROUNDS = 12;
export const DEFAULT_ROUNDS = 8;

type ConfigInput = Partial<Omit<MatchConfig, 'timers'>> & { timers?: Partial<Record<TimedPhase, number>> };

/** A complete match configuration: the defaults overlaid with what the host chose. */
export function defaultConfig(partial: ConfigInput = {}): MatchConfig {
  return {
    scenario: partial.scenario ?? 'default',
    rounds: partial.rounds ?? DEFAULT_ROUNDS,
    timers: { ...DEFAULT_TIMERS, ...partial.timers },
    botsFillEmptySeats: partial.botsFillEmptySeats ?? true,
  };
}

function assertConfig(config: MatchConfig): void {
  const { rounds } = config;
  if (!Number.isInteger(rounds) || rounds < MIN_ROUNDS || rounds > MAX_ROUNDS) {
    throw new RangeError(`rounds must be an integer in ${MIN_ROUNDS}–${MAX_ROUNDS}, got ${rounds}`);
  }
  for (const [phase, secs] of Object.entries(config.timers)) {
    if (!(Number.isFinite(secs) && secs > 0)) throw new RangeError(`timer ${phase} must be positive, got ${secs}`);
  }
}

function openSeat(role: Role, agendaId: string): Seat {
  return {
    role,
    name: '',
    controller: 'open',
    ready: false,
    resources: ROLE_CONTENT[role].start,
    agendaId,
    exposed: false,
    exposedRound: null,
    wentStraight: false,
    intel: [],
    covertLog: [],
  };
}

/** One agenda per role, in the fixed order of ROLES. */
function drawAgendas(rng: RngState): [Record<Role, string>, RngState] {
  const out = {} as Record<Role, string>;
  let cur = rng;
  for (const role of ROLES) {
    const variants = agendasOf(role);
    const [i, next] = nextInt(cur, 0, variants.length - 1);
    out[role] = variants[i].id;
    cur = next;
  }
  return [out, cur];
}

/** A new match in the lobby. The draws happen in a fixed order: agendas, β₀, assay offset, deck. */
export function createGame(config: MatchConfig, seed: number): GameState {
  assertConfig(config);
  const scenario: ScenarioId = config.scenario;
  const [agendas, r1] = drawAgendas(seedRng(seed));
  const [u, r2] = nextFloat(r1);
  const beta0 = BETA0_RANGE.min + u * (BETA0_RANGE.max - BETA0_RANGE.min);
  const [assayOffset, r3] = nextFloat(r2);
  const [deck, rng] = shuffle(deckOf(scenario), r3);
  const world = initialWorld(scenario, beta0);
  const seats = Object.fromEntries(ROLES.map((r) => [r, openSeat(r, agendas[r])])) as Record<Role, Seat>;
  return {
    version: 0, config, seed, rng,
    phase: 'lobby', round: 0, phaseEndsAt: null, phaseVersion: 0, now: 0,
    seats, world, levers: scenarioLevers(scenario), baseline: world,
    draws: null, eventCardId: null, eventCard: null, deck, pendingCardId: null,
    sabotageArmed: false, networkActivity: 0, assayOffset, publishedAssay: null, frozenLever: null,
    proposals: [], ballots: {}, deals: [], chat: [], actions: {}, rounds: [], publicRounds: [],
    outcome: null, nextId: 1,
  };
}
