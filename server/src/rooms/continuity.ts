/**
 * Keeps tables moving when people stop playing. A player who lets phases run out without doing
 * anything is warned, then a bot takes the seat until they act again. After a restart, seats whose
 * players do not come back within the grace period are handed to bots the same way.
 */
import type { Delayed } from '@colyseus/core';
import { ROLES, type GameState, type Role } from '@shared/rules/types.ts';
import type { MatchTable } from './match-table.ts';
import { takeOverSeat } from './seating.ts';

type Clock = { setTimeout(handler: () => void, ms: number): Delayed };

export type ContinuityHooks = Readonly<{
  /** A person holds the seat and is connected right now. */
  isPresent: (role: Role) => boolean;
  warn: (role: Role) => void;
  takeOver: (role: Role) => void;
}>;

export class Continuity {
  private readonly idlePhases = new Map<Role, number>();
  private readonly active = new Set<Role>();
  private readonly awaiting = new Map<Role, Delayed>();
  private phaseKey = '';

  constructor(
    private readonly clock: Clock,
    private readonly warnAfter: number,
    private readonly botAfter: number,
    private readonly hooks: ContinuityHooks,
  ) {}

  /** The seat's player did something: the inactivity count starts over. */
  markActive(role: Role): void {
    this.active.add(role);
    this.idlePhases.delete(role);
  }

  /** Call after every change; at a phase boundary reached by timeout, counts who sat it out. */
  observe(state: GameState, endedByTimeout: boolean): void {
    const key = `${state.round}:${state.phase}`;
    if (key === this.phaseKey) return;
    const hadPhase = this.phaseKey !== '';
    this.phaseKey = key;
    if (hadPhase && endedByTimeout) {
      for (const role of ROLES) {
        if (state.seats[role].controller === 'human' && this.hooks.isPresent(role) && !this.active.has(role)) this.countIdle(role);
      }
    }
    this.active.clear();
  }

  /** After a restart: the seat goes to a bot unless its player is back within `ms`. */
  awaitReturn(role: Role, ms: number): void {
    this.cancelReturn(role);
    this.awaiting.set(role, this.clock.setTimeout(() => {
      this.awaiting.delete(role);
      if (!this.hooks.isPresent(role)) this.hooks.takeOver(role);
    }, ms));
  }

  cancelReturn(role: Role): void {
    this.awaiting.get(role)?.clear();
    this.awaiting.delete(role);
  }

  private countIdle(role: Role): void {
    const idle = (this.idlePhases.get(role) ?? 0) + 1;
    this.idlePhases.set(role, idle);
    if (idle >= this.botAfter) {
      this.idlePhases.delete(role);
      this.hooks.takeOver(role);
    } else if (idle === this.warnAfter) {
      this.hooks.warn(role);
    }
  }
}

/** The hooks a match table gives its Continuity: presence, a warning to the idle player alone, a bot takeover. */
export function continuityHooks(table: MatchTable): ContinuityHooks {
  return {
    isPresent: (role) => table.isPresent(role),
    warn: (role) => {
      const sessionId = table.seats.holderOf(role);
      const idle = sessionId === null ? undefined : table.room.clients.getById(sessionId);
      if (idle) table.notify({ kind: 'inactivityWarning', role }, idle); // the warning is for them alone
    },
    takeOver: (role) => takeOverSeat(table, role),
  };
}
