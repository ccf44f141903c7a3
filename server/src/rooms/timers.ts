/**
 * Phase timers on the room clock (which punctual-clock.ts keeps on time): the engine says when the
 * phase ends (`phaseEndsAt`), the room tells it "time is up" then, and the engine decides what that
 * means. A refused timeout is retried, so no phase can stall a match.
 */
import type { Delayed } from '@colyseus/core';
import type { GameState } from '@shared/rules/types.ts';

const RETRY_MS = 1000;

type Clock = { setTimeout(handler: () => void, ms: number): Delayed };
export type FireTimeout = (phase: GameState['phase'], round: number, at: number) => boolean;

export class PhaseTimer {
  private pending: Delayed | null = null;
  private key = '';

  constructor(
    private readonly clock: Clock,
    private readonly now: () => number,
    private readonly fire: FireTimeout,
  ) {}

  /** Aligns the timer with the state's deadline (call after every change). */
  sync(state: GameState): void {
    const endsAt = state.phaseEndsAt;
    const key = endsAt === null ? '' : `${state.round}:${state.phase}:${endsAt}`;
    if (key === this.key) return;
    this.clear();
    this.key = key;
    if (endsAt !== null) this.arm(state.phase, state.round, endsAt, endsAt - this.now());
  }

  clear(): void {
    this.pending?.clear();
    this.pending = null;
    this.key = '';
  }

  private arm(phase: GameState['phase'], round: number, endsAt: number, inMs: number): void {
    const key = this.key;
    this.pending = this.clock.setTimeout(() => {
      this.pending = null;
      if (this.key !== key) return;
      // A timer may fire a fraction of a millisecond early: stamp it no earlier than the deadline.
      const accepted = this.fire(phase, round, Math.max(this.now(), endsAt));
      if (!accepted && this.key === key) this.arm(phase, round, endsAt, RETRY_MS);
    }, Math.max(0, inMs));
  }
}
