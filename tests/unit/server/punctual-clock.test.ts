/**
 * A room's clock with no patch interval ticking it: timers wake the room exactly when they are due
 * (not up to a second late), a timer set after a quiet stretch counts from when it was set, the
 * time a room reads is the time of now, and a disposed room leaves no Node timer behind.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Clock } from '@colyseus/core';
import { keepPunctual } from '@server/rooms/punctual-clock.ts';

let clock: Clock;
beforeEach(() => {
  vi.useFakeTimers();
  clock = new Clock();
  clock.start();
  keepPunctual(clock);
});
afterEach(() => {
  clock.clear();
  clock.stop();
  vi.useRealTimers();
});

describe('a punctual room clock', () => {
  it('fires a timeout when it is due, with nothing else ticking the clock', () => {
    const fired = vi.fn();
    clock.setTimeout(fired, 1000);
    vi.advanceTimersByTime(999);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('reads the time of now, not of its last tick', () => {
    const startedAt = clock.currentTime;
    vi.advanceTimersByTime(250);
    expect(clock.elapsedTime).toBe(250);
    expect(clock.currentTime - startedAt).toBe(250);
  });

  it('counts a timer set after a quiet stretch from when it was set', () => {
    vi.advanceTimersByTime(5000);
    const fired = vi.fn();
    clock.setTimeout(fired, 100);
    vi.advanceTimersByTime(99);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('keeps an interval on its period', () => {
    const fired = vi.fn();
    clock.setInterval(fired, 200);
    vi.advanceTimersByTime(1000);
    expect(fired).toHaveBeenCalledTimes(5);
    vi.advanceTimersByTime(199);
    expect(fired).toHaveBeenCalledTimes(5);
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledTimes(6);
  });

  it('arms the timers that timers set', () => {
    const second = vi.fn();
    const firstAt: number[] = [];
    clock.setTimeout(() => {
      firstAt.push(clock.elapsedTime);
      clock.setTimeout(second, 300);
    }, 100);
    vi.advanceTimersByTime(399);
    expect(firstAt).toEqual([100]);
    expect(second).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it("still runs what is due on Colyseus's own ticks (broadcastPatch), once, and never early", () => {
    const fired = vi.fn();
    clock.setTimeout(fired, 100);
    vi.advanceTimersByTime(50);
    clock.tick();
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    clock.tick();
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('ignores a tick from inside a timer, so no timer runs twice', () => {
    const other = vi.fn();
    clock.setTimeout(() => clock.tick(), 100);
    clock.setInterval(other, 100);
    vi.advanceTimersByTime(100);
    expect(other).toHaveBeenCalledTimes(1);
  });

  it('lets a cleared timer go and sleeps until the next one', () => {
    const cleared = vi.fn();
    const kept = vi.fn();
    clock.setTimeout(cleared, 100).clear();
    clock.setTimeout(kept, 500);
    vi.advanceTimersByTime(100);
    expect(vi.getTimerCount()).toBe(1); // the wake-up for the 500 ms timer only
    vi.advanceTimersByTime(400);
    expect(cleared).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('is not moved by a change of the wall clock', () => {
    const fired = vi.fn();
    clock.setTimeout(fired, 1000);
    vi.advanceTimersByTime(400);
    vi.setSystemTime(Date.now() - 3_600_000);
    expect(clock.elapsedTime).toBe(400);
    vi.advanceTimersByTime(600);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('wakes for timers set before it became punctual, and installing twice changes nothing', () => {
    const plain = new Clock();
    plain.start();
    const early = vi.fn();
    plain.setTimeout(early, 300);
    keepPunctual(plain);
    keepPunctual(plain);
    vi.advanceTimersByTime(300);
    expect(early).toHaveBeenCalledTimes(1);
    plain.stop();
  });

  it('leaves no Node timer behind once the room is disposed (clear, then stop)', () => {
    const fired = vi.fn();
    clock.setTimeout(fired, 100);
    clock.setInterval(fired, 50);
    expect(vi.getTimerCount()).toBe(1);
    clock.clear();
    clock.stop();
    expect(vi.getTimerCount()).toBe(0);
    clock.setTimeout(fired, 10); // a stopped clock stays asleep
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(fired).not.toHaveBeenCalled();
  });
});
