import { describe, expect, it } from 'vitest';
import { nextFloat, nextFloats, nextInt, seedRng, shuffle } from '@shared/random/rng';

describe('seeded generator', () => {
  it('gives the same sequence for the same seed', () => {
    expect(nextFloats(seedRng(42), 20)[0]).toEqual(nextFloats(seedRng(42), 20)[0]);
  });

  it('gives different sequences for different seeds', () => {
    expect(nextFloats(seedRng(1), 5)[0]).not.toEqual(nextFloats(seedRng(2), 5)[0]);
  });

  it('never mutates the state it is given', () => {
    const s = Object.freeze(seedRng(7));
    const [a] = nextFloat(s);
    const [b] = nextFloat(s);
    expect(a).toBe(b);
  });

  it('keeps floats in [0, 1) and is roughly uniform on a large fixed sample', () => {
    const [xs] = nextFloats(seedRng(2024), 100_000);
    const buckets = new Array(10).fill(0);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      buckets[Math.floor(x * 10)]++;
    }
    for (const n of buckets) expect(Math.abs(n - 10_000)).toBeLessThan(400);
  });

  it('draws integers inside the inclusive range', () => {
    let s = seedRng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      const [v, next] = nextInt(s, 2, 5);
      s = next;
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it('shuffles into a permutation, reproducibly', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const [a] = shuffle(items, seedRng(9));
    const [b] = shuffle(items, seedRng(9));
    expect(a).toEqual(b);
    expect([...a].sort()).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
