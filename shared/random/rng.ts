/**
 * Seeded pseudo-random generator (sfc32). Its state is four plain 32-bit numbers kept inside the
 * game state, so a match is reproducible from its seed and command log. Every function is pure:
 * it takes a state and returns the value together with the next state.
 */
export type RngState = { readonly a: number; readonly b: number; readonly c: number; readonly d: number };

/** Builds a generator from any integer seed; the warm-up mixes weak seeds such as 1, 2, 3. */
export function seedRng(seed: number): RngState {
  let s: RngState = { a: 0x9e3779b9, b: 0x243f6a88, c: 0xb7e15162, d: seed >>> 0 };
  for (let i = 0; i < 12; i++) s = nextUint32(s)[1];
  return s;
}

/** One sfc32 step: a uniform 32-bit unsigned integer. */
export function nextUint32(s: RngState): [number, RngState] {
  let { a, b, c, d } = s;
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  return [t >>> 0, { a, b, c, d }];
}

/** A uniform float in [0, 1). */
export function nextFloat(s: RngState): [number, RngState] {
  const [u, next] = nextUint32(s);
  return [u / 4294967296, next];
}

/** A uniform integer in [min, max] (inclusive). */
export function nextInt(s: RngState, min: number, max: number): [number, RngState] {
  const [f, next] = nextFloat(s);
  return [min + Math.floor(f * (max - min + 1)), next];
}

/** `count` uniform floats in [0, 1), e.g. the draws of one model year. */
export function nextFloats(s: RngState, count: number): [number[], RngState] {
  const out: number[] = [];
  let cur = s;
  for (let i = 0; i < count; i++) {
    const [f, next] = nextFloat(cur);
    out.push(f);
    cur = next;
  }
  return [out, cur];
}

/** Fisher–Yates shuffle; returns a new array. */
export function shuffle<T>(items: readonly T[], s: RngState): [T[], RngState] {
  const out = items.slice();
  let cur = s;
  for (let i = out.length - 1; i > 0; i--) {
    const [j, next] = nextInt(cur, 0, i);
    cur = next;
    [out[i], out[j]] = [out[j], out[i]];
  }
  return [out, cur];
}

/** A fast stateful generator for hot loops that own their randomness (Monte Carlo forecasts, bots). */
export function makeSampler(seed: number): () => number {
  let s = seedRng(seed);
  return () => {
    const [f, next] = nextFloat(s);
    s = next;
    return f;
  };
}
