/**
 * The fuzzer's dice: one seeded stream per fuzzer, with the few draws a hostile player needs (pick
 * one of these, a number in a range, a coin with some bias). Same seed, same attack, so every
 * failure can be replayed from its seed alone.
 */
import { makeSampler } from '../random/rng.ts';

export type Rand = Readonly<{
  /** A uniform float in [0, 1). */
  float: () => number;
  /** A uniform integer in [lo, hi] (inclusive). */
  int: (lo: number, hi: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
}>;

export function makeRand(seed: number): Rand {
  const float = makeSampler(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(float() * (hi - lo + 1));
  return {
    float,
    int,
    pick: <T>(items: readonly T[]): T => items[Math.floor(float() * items.length)],
    chance: (p: number) => float() < p,
  };
}

/** Mixes a run seed with an index (a client, a match) into an independent seed. */
export function subSeed(seed: number, index: number): number {
  let h = Math.imul((seed ^ 0x2545f491) >>> 0, 0x9e3779b1) >>> 0;
  h = Math.imul((h ^ (index + 0x632be5ab)) >>> 0, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
