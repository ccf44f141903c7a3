/**
 * Bots play the seats nobody holds (empty seats filled at the start, dropped or idle players).
 * Each bot looks at its own seat's view, like a person would, and moves one step at a time on the
 * room clock. Seeds come from the match seed and the seat, so bots are reproducible; their moves
 * are logged like anyone's.
 */
import type { Delayed } from '@colyseus/core';
import { botIntent, type BotMemo } from '@shared/bots/index.ts';
import type { Intent } from '@shared/protocol/intents.ts';
import { viewFor } from '@shared/rules/index.ts';
import { ROLES, type GameState, type Role } from '@shared/rules/types.ts';

/** A safety net against a bot that never says it is done: moves per seat per phase. */
const MAX_MOVES_PER_PHASE = 60;

type Clock = { setTimeout(handler: () => void, ms: number): Delayed };
export type BotAct = (role: Role, intent: Intent) => boolean;

/** One seed per seat for the whole match: bots stay consistent, and their forecast cache stays useful. */
export function botSeed(matchSeed: number, role: Role): number {
  let h = (matchSeed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (ROLES.indexOf(role) + 1), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export class BotDriver {
  private readonly scheduled = new Map<Role, Delayed>();
  private readonly stuckAt = new Map<Role, number>();
  private readonly budget = new Map<Role, { phaseKey: string; moves: number }>();
  private memo: BotMemo = new Map();
  private memoRound = -1;

  constructor(
    private readonly clock: Clock,
    private readonly delayMs: number,
    private readonly matchSeed: number,
    private readonly current: () => GameState,
    private readonly act: BotAct,
  ) {}

  /** Schedules a move for every bot seat (call after every change). */
  wake(state: GameState): void {
    if (state.phase === 'lobby' || state.phase === 'gameOver') return;
    for (const role of ROLES) {
      if (state.seats[role].controller !== 'bot' || this.scheduled.has(role)) continue;
      this.scheduled.set(role, this.clock.setTimeout(() => this.move(role), this.delayMs));
    }
  }

  stop(): void {
    for (const timer of this.scheduled.values()) timer.clear();
    this.scheduled.clear();
  }

  private move(role: Role): void {
    this.scheduled.delete(role);
    const state = this.current();
    if (state.seats[role].controller !== 'bot' || state.phase === 'lobby' || state.phase === 'gameOver') return;
    if (this.stuckAt.get(role) === state.version) return;
    const intent = botIntent(viewFor(state, { kind: 'seat', role }), botSeed(this.matchSeed, role), this.memoFor(state.round));
    if (intent === null || !this.spend(role, state)) return;
    // A refused move waits for the state to change before the bot tries again.
    if (!this.act(role, intent)) this.stuckAt.set(role, state.version);
  }

  /** Forecasts are keyed by round, so the cache only needs to live for one round. */
  private memoFor(round: number): BotMemo {
    if (this.memoRound !== round) {
      this.memo = new Map();
      this.memoRound = round;
    }
    return this.memo;
  }

  private spend(role: Role, state: GameState): boolean {
    const phaseKey = `${state.round}:${state.phase}`;
    const entry = this.budget.get(role);
    const moves = entry && entry.phaseKey === phaseKey ? entry.moves + 1 : 1;
    this.budget.set(role, { phaseKey, moves });
    return moves <= MAX_MOVES_PER_PHASE;
  }
}
