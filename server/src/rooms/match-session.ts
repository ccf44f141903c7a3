/**
 * One match as the engine and the store see it: the canonical game state (never sent to anyone as
 * such) and its command log. A command is written to the log before its effect is shown, so a
 * replay of the log always reproduces what players saw, even after the process is killed.
 */
import { createGame, reduce, replay, viewFor } from '@shared/rules/index.ts';
import type { Command } from '@shared/rules/commands.ts';
import type { GameState } from '@shared/rules/types.ts';
import { ROLES } from '@shared/rules/types.ts';
import type { MatchStore, MatchSummary, NewMatch, StoredMatch } from '../store/match-store.ts';

export type ApplyResult = ReturnType<typeof reduce>;

export class MatchSession {
  private constructor(
    readonly record: NewMatch,
    private current: GameState,
    private seq: number,
    private readonly store: MatchStore,
  ) {}

  /** A brand-new match: recorded in the store before anyone can act in it. */
  static start(record: NewMatch, store: MatchStore): MatchSession {
    store.createMatch(record);
    return new MatchSession(record, createGame(record.config, record.seed), 0, store);
  }

  /** A match interrupted by a restart, rebuilt from its log. */
  static resume(record: StoredMatch, commands: readonly Command[], store: MatchStore): MatchSession {
    return new MatchSession(record, replay(record.config, record.seed, [...commands]), commands.length, store);
  }

  get state(): GameState {
    return this.current;
  }

  /** Reduces `command`; when accepted it is logged, then becomes the current state. */
  apply(command: Command): ApplyResult {
    const result = reduce(this.current, command);
    if (!result.ok) return result;
    this.store.appendCommand(this.record.id, this.seq, command);
    this.seq += 1;
    this.current = result.state;
    return result;
  }

  /** Records the result of a finished match, with its fully revealed final view for replays. */
  finish(finishedAt: number): void {
    const state = this.current;
    const seats = Object.fromEntries(
      ROLES.map((role) => [role, { name: state.seats[role].name, controller: state.seats[role].controller }]),
    ) as MatchSummary['seats'];
    const summary: MatchSummary = { outcome: state.outcome, rounds: state.round, seats };
    this.store.finishMatch(this.record.id, { summary, finalView: viewFor(state, { kind: 'spectator' }), finishedAt });
  }
}
