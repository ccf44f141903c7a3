/**
 * Test helpers for the rules: command constructors that read expectedVersion from the state, a fluent
 * scenario builder that reaches any phase through real commands (so every built state is reachable),
 * and deep-freeze to prove `reduce` never mutates its input.
 */
import { expect } from 'vitest';
import {
  createGame, defaultConfig, reduce,
  type Command, type GameEvent, type GameState, type MatchConfig, type Phase, type RoleAction, type Role, type RuleError, type SystemEvent,
} from '@shared/rules/index.ts';
import { BALANCE } from '@shared/content/balance.ts';
import type { LeverId } from '@shared/model/types.ts';

export const T0 = 1_000_000;

export function sys(event: SystemEvent, at = T0): Command {
  return { kind: 'system', at, event };
}

/** An intent from `actor`; expectedVersion (when the intent carries one) is taken from `state`. */
export function intent(state: GameState, actor: Role, body: Record<string, unknown> & { type: string }, at = T0): Command {
  const exempt = body.type === 'chat' || body.type === 'whisper' || body.type === 'ready';
  const withVersion = exempt || 'expectedVersion' in body ? body : { ...body, expectedVersion: state.version };
  return { kind: 'intent', actor, at, intent: withVersion as never };
}

export const cmd = {
  ready: (s: GameState, r: Role, ready = true) => intent(s, r, { type: 'ready', ready }),
  propose: (s: GameState, r: Role, lever: LeverId | string, value: number) => intent(s, r, { type: 'proposePolicy', lever, value }),
  cosponsor: (s: GameState, r: Role, proposalId: string) => intent(s, r, { type: 'cosponsor', proposalId }),
  amend: (s: GameState, r: Role, proposalId: string, value: number) => intent(s, r, { type: 'amendProposal', proposalId, value }),
  chat: (s: GameState, r: Role, text: string) => intent(s, r, { type: 'chat', text }),
  whisper: (s: GameState, r: Role, to: Role, text: string) => intent(s, r, { type: 'whisper', to, text }),
  offer: (
    s: GameState, r: Role, to: Role, credits: number, influence: number,
    condition: { kind: 'proposalPasses'; proposalId: string } | { kind: 'votes'; proposalId: string; ballot: 'yes' | 'no' | 'abstain' },
  ) => intent(s, r, { type: 'offerDeal', to, credits, influence, condition }),
  respond: (s: GameState, r: Role, dealId: string, accept: boolean) => intent(s, r, { type: 'respondDeal', dealId, accept }),
  withdraw: (s: GameState, r: Role, dealId: string) => intent(s, r, { type: 'withdrawDeal', dealId }),
  vote: (s: GameState, r: Role, proposalId: string, ballot: 'yes' | 'no' | 'abstain') =>
    intent(s, r, { type: 'castVote', proposalId, ballot }),
  act: (s: GameState, r: Role, action: RoleAction) => intent(s, r, { type: 'roleAction', action }),
};

/** The same intent claiming another expectedVersion (a client that missed an update). */
export function withVersion(command: Command, expectedVersion: number): Command {
  if (command.kind !== 'intent') throw new Error('only intents carry a version');
  return { ...command, intent: { ...command.intent, expectedVersion } as never };
}

/** Applies a command that must be accepted; returns the new state (and checks the version step). */
export function ok(state: GameState, command: Command): GameState {
  const r = reduce(state, command);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)} for ${JSON.stringify(command)}`);
  expect(r.state.version).toBe(state.version + 1);
  return r.state;
}

export function okEvents(state: GameState, command: Command): [GameState, GameEvent[]] {
  const r = reduce(state, command);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return [r.state, r.events];
}

/** Applies a command that must be refused; returns the error. */
export function fail(state: GameState, command: Command): RuleError {
  const r = reduce(state, command);
  if (r.ok) throw new Error(`expected a refusal for ${JSON.stringify(command)}`);
  return r.error;
}

export function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x as Record<string, unknown>)) deepFreeze(v);
  }
  return x;
}

/** Ends the current phase (as the facilitator's advance does). */
export function advance(state: GameState, at = T0): GameState {
  return ok(state, sys({ type: 'advancePhase' }, at));
}

/** Advances until `phase` (in this round or the next one). */
export function advanceTo(state: GameState, phase: Phase): GameState {
  let s = state;
  for (let i = 0; i < 8 && s.phase !== phase; i++) s = advance(s);
  if (s.phase !== phase) throw new Error(`could not reach ${phase}`);
  return s;
}

type Step = (s: GameState) => GameState;

/**
 * Gives `by` the influence to table `lever` if it lacks it: for scenarios that are about the rules, not
 * about the influence economy, whose numbers balance tuning moves (content/balance.ts).
 */
export function affordable(s: GameState, by: Role, lever: LeverId): GameState {
  const need = BALANCE.policyCost[lever];
  if (s.seats[by].resources.influence >= need) return s;
  return { ...s, seats: { ...s.seats, [by]: { ...s.seats[by], resources: { ...s.seats[by].resources, influence: need } } } };
}

/** A fluent way to reach a game situation through legal commands only. */
export class ScenarioBuilder {
  private steps: Step[] = [];
  constructor(private seed = 7, private config: MatchConfig = defaultConfig()) {}

  withConfig(partial: Parameters<typeof defaultConfig>[0]): this {
    this.config = defaultConfig(partial);
    return this;
  }
  /** Takes all four seats (humans) and starts the match: round 1 briefing. */
  started(): this {
    this.steps.push((s) => startedFrom(s));
    return this;
  }
  phase(p: Phase): this {
    this.steps.push((s) => advanceTo(s, p));
    return this;
  }
  proposal(by: Role, lever: LeverId, value: number): this {
    this.steps.push((s) => {
      const at = s.phase === 'proposals' ? s : advanceTo(s, 'proposals');
      return ok(at, cmd.propose(at, by, lever, value));
    });
    return this;
  }
  then(f: Step): this {
    this.steps.push(f);
    return this;
  }
  build(): GameState {
    return this.steps.reduce((s, f) => f(s), createGame(this.config, this.seed));
  }
}

export function scenario(seed = 7, config?: MatchConfig): ScenarioBuilder {
  return new ScenarioBuilder(seed, config);
}

export function seatAll(state: GameState, controller: 'human' | 'bot' = 'human'): GameState {
  let s = state;
  for (const role of ['chemist', 'engineer', 'activist', 'smuggler'] as const) {
    s = ok(s, sys({ type: 'seatTaken', role, name: `P-${role}`, controller }));
  }
  return s;
}

export function startedFrom(state: GameState): GameState {
  return ok(seatAll(state), sys({ type: 'startMatch' }));
}

/** The id of the last proposal tabled. */
export function lastProposal(s: GameState): string {
  return s.proposals[s.proposals.length - 1].id;
}

export function lastDeal(s: GameState): string {
  return s.deals[s.deals.length - 1].id;
}
