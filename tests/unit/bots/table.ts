/**
 * Test helpers for bots: a table of four bot seats built through real commands, moved to any phase
 * by timeouts, with a chosen agenda found by trying seeds (agendas are dealt from the match seed).
 */
import { BALANCE } from '@shared/content/balance.ts';
import { botName } from '@shared/content/roles.ts';
import {
  createGame, defaultConfig, reduce, viewFor,
  type Command, type GameState, type Phase, type Role,
} from '@shared/rules/index.ts';
import type { LeverId, ScenarioId } from '@shared/model/types.ts';

let clock = 1;

export function apply(state: GameState, command: Command): GameState {
  const r = reduce(state, command);
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)} for ${JSON.stringify(command)}`);
  return r.state;
}

export function system(state: GameState, event: Extract<Command, { kind: 'system' }>['event']): GameState {
  clock += 1;
  return apply(state, { kind: 'system', at: Math.max(clock, state.phaseEndsAt ?? 0), event });
}

export function act(state: GameState, actor: Role, intent: Extract<Command, { kind: 'intent' }>['intent']): GameState {
  clock += 1;
  return apply(state, { kind: 'intent', actor, at: clock, intent });
}

/** A started match of four bots (round 1, briefing). */
export function startedMatch(seed: number, scenario: ScenarioId = 'default', rounds = 8): GameState {
  let s = createGame(defaultConfig({ scenario, rounds }), seed);
  for (const role of ['chemist', 'engineer', 'activist', 'smuggler'] as const) {
    s = system(s, { type: 'seatTaken', role, name: botName(role), controller: 'bot' });
  }
  return system(s, { type: 'startMatch' });
}

/** Lets timers run out until the match is in `phase` of `round`. */
export function playTo(state: GameState, phase: Phase, round = state.round): GameState {
  let s = state;
  for (let guard = 0; guard < 200 && !(s.phase === phase && s.round === round); guard++) {
    if (s.phase === 'gameOver') throw new Error(`match ended before ${phase} of round ${round}`);
    s = system(s, { type: 'phaseTimeout', phase: s.phase, round: s.round });
  }
  return s;
}

/** Gives `role` the influence to table `lever` (tests about votes and deals are not about the economy). */
export function afford(state: GameState, role: Role, lever: LeverId): GameState {
  const seat = state.seats[role];
  const influence = Math.max(seat.resources.influence, BALANCE.policyCost[lever]);
  return { ...state, seats: { ...state.seats, [role]: { ...seat, resources: { ...seat.resources, influence } } } };
}

/** The first seed from `from` whose match deals `agendaId` to its role. */
export function seedWithAgenda(role: Role, agendaId: string, from = 1): number {
  for (let seed = from; seed < from + 500; seed++) {
    if (createGame(defaultConfig(), seed).seats[role].agendaId === agendaId) return seed;
  }
  throw new Error(`no seed deals ${agendaId}`);
}

export const seatView = (state: GameState, role: Role) => viewFor(state, { kind: 'seat', role });
