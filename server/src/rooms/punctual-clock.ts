/**
 * A room sleeps until something is due: its clock wakes itself for the next timer (phase ends, bot
 * moves, spectator delays, reconnection waits) instead of ticking ten times a second, and always
 * reads the current time.
 */
import type { Clock as RoomClock, Delayed } from '@colyseus/core';

/** A steady time source: wall-clock jumps (NTP, a changed system clock) must not move deadlines. */
const monotonicMs = (): number => performance.now();

const punctual = new WeakSet<RoomClock>();

/**
 * Makes a Colyseus room clock wake itself when its next timer is due (one Node timer per room,
 * armed for the earliest), and makes `currentTime`/`elapsedTime` read the time of now rather than
 * of the last tick. Ticks from Colyseus (`broadcastPatch`, the patch interval) still run what is
 * due. Call once the room exists (onCreate); calling it again does nothing. (A `Delayed` paused and
 * resumed by hand is only woken for at the next tick; nothing of ours pauses timers.)
 */
export function keepPunctual(clock: RoomClock): void {
  if (punctual.has(clock)) return;
  punctual.add(clock);
  new PunctualClock(clock);
}

class PunctualClock {
  private lastTick = monotonicMs();
  private elapsedAtTick: number;
  private wake: NodeJS.Timeout | null = null;
  private wakeAt = Infinity;
  private ticking = false;

  constructor(private readonly clock: RoomClock) {
    this.elapsedAtTick = clock.elapsedTime;
    const base = {
      timeout: clock.setTimeout.bind(clock), interval: clock.setInterval.bind(clock),
      clear: clock.clear.bind(clock), stop: clock.stop.bind(clock),
    };
    Object.defineProperties(clock, {
      currentTime: { configurable: true, get: monotonicMs, set: () => undefined },
      elapsedTime: {
        configurable: true,
        get: () => this.elapsedAtTick + monotonicMs() - this.lastTick,
        set: (ms: number) => { // Clock.start() resets it
          this.elapsedAtTick = ms;
          this.lastTick = monotonicMs();
        },
      },
    });
    clock.tick = () => this.tick();
    clock.setTimeout = (handler, ms, ...args) => this.track(base.timeout(handler, ms, ...args));
    clock.setInterval = (handler, ms, ...args) => this.track(base.interval(handler, ms, ...args));
    clock.clear = () => { base.clear(); this.disarm(); };
    clock.stop = () => { base.stop(); this.disarm(); };
    this.rearm(); // timers set before the clock became punctual
  }

  /** A new timer counts from now, not from the last tick (which may be seconds ago). */
  private track(delayed: Delayed): Delayed {
    delayed.elapsedTime = this.lastTick - monotonicMs();
    const dueAt = this.lastTick + delayed.time - delayed.elapsedTime;
    if (!this.ticking && this.clock.running && dueAt < this.wakeAt) this.armAt(dueAt);
    return delayed;
  }

  /** Runs every timer that is due, as Colyseus's own tick does, then sleeps until the next one. */
  private tick(): void {
    if (this.ticking) return; // a tick from inside a timer would run timers twice
    const now = monotonicMs();
    const delta = now - this.lastTick;
    this.lastTick = now;
    this.elapsedAtTick += delta;
    this.clock.deltaTime = delta;
    this.ticking = true;
    try {
      const list = this.clock.delayed;
      for (let i = list.length - 1; i >= 0; i--) {
        const delayed = list[i];
        if (delayed.active) delayed.tick(delta);
        else list.splice(i, 1);
      }
    } finally {
      this.ticking = false;
      this.rearm();
    }
  }

  private rearm(): void {
    let next = Infinity;
    for (const delayed of this.clock.delayed) {
      if (delayed.active && !delayed.paused) next = Math.min(next, delayed.time - delayed.elapsedTime);
    }
    if (next === Infinity || !this.clock.running) return this.disarm();
    const dueAt = this.lastTick + next;
    if (this.wake === null || Math.abs(dueAt - this.wakeAt) >= 1) this.armAt(dueAt);
  }

  private armAt(dueAt: number): void {
    if (this.wake !== null) clearTimeout(this.wake);
    this.wakeAt = dueAt;
    // Kept referenced: a shutdown waits for rooms' last timers (the restart notice) to fire.
    this.wake = setTimeout(() => {
      this.wake = null;
      this.wakeAt = Infinity;
      this.tick();
    }, Math.max(0, Math.ceil(dueAt - monotonicMs())));
  }

  private disarm(): void {
    if (this.wake !== null) clearTimeout(this.wake);
    this.wake = null;
    this.wakeAt = Infinity;
  }
}
