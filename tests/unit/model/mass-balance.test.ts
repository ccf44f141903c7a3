/**
 * Conservation and bounds: every year, target-stream tonnes in = collected + smuggled + residual, all waste
 * generated leaves as landfill, incineration, recycling of other waste, recovered output or smuggling, and
 * stocks stay within their bounds — over seeded random walks of levers and events in every scenario.
 */
import { describe, expect, it } from 'vitest';
import {
  initialWorld, LEVER_IDS, LEVERS, paramsFor, SCENARIO_IDS, step, type Levers, type World,
} from '@shared/model/index.ts';
import { seedRng, nextFloat, type RngState } from '@shared/random/rng.ts';
import { seededDraws } from '../../fixtures/model/helpers.ts';

function randomLevers(rng: RngState): [Levers, RngState] {
  const out = {} as Record<(typeof LEVER_IDS)[number], number>;
  let s = rng;
  for (const id of LEVER_IDS) {
    const [f, next] = nextFloat(s);
    s = next;
    const { min, max, step: inc } = LEVERS[id];
    out[id] = min + Math.round((f * (max - min)) / inc) * inc;
  }
  return [out, s];
}

const SEEDS = [1, 2, 3, 17, 99, 2024];

describe.each(SCENARIO_IDS)('scenario %s, random levers and events for 12 years', (scenario) => {
  it.each(SEEDS)('seed %i keeps mass balance and bounds every year', (seed) => {
    let rng = seedRng(seed);
    let w: World = initialWorld(scenario, 0.5 + (seed % 7) / 2);
    const draws = seededDraws(seed * 31, 12);
    const cMax = paramsFor(scenario).collectionMax;
    for (let y = 0; y < 12; y++) {
      let levers: Levers;
      [levers, rng] = randomLevers(rng);
      const { world, flows: f } = step(w, levers, draws[y], { smugglingScale: y % 2 ? 1 : 0.5 });
      const tag = `seed ${seed} year ${y + 1}`;
      // Target streams: G_T = C + S + (U − S), and U = G_T − C.
      expect(f.C + f.S + (f.U - f.S), tag).toBeCloseTo(f.GT, 9);
      expect(f.U, tag).toBeCloseTo(f.GT - f.C, 9);
      expect(f.S, tag).toBeLessThanOrEqual(f.U + 1e-9);
      expect(f.dumped + f.exported, tag).toBeCloseTo(f.S, 9);
      // All waste: landfill + incineration + recycling of other waste + recovered output + smuggled = G.
      expect(f.LF + f.INC + f.MRF + f.Y + f.S, tag).toBeCloseTo(f.G, 6);
      expect(world.L - w.L, tag).toBeCloseTo(f.LF, 9);
      expect(f.Q, tag).toBeLessThanOrEqual(Math.min(f.C, w.K) + 1e-9);
      for (const [k, v] of Object.entries({ S: f.S, Q: f.Q, LF: f.LF, INC: f.INC, MRF: f.MRF, sales: f.sales })) {
        expect(v, `${tag} ${k}`).toBeGreaterThanOrEqual(0);
      }
      for (const k of ['H', 'R'] as const) {
        expect(world[k], `${tag} ${k}`).toBeGreaterThanOrEqual(0);
        expect(world[k], `${tag} ${k}`).toBeLessThanOrEqual(100);
      }
      for (const k of ['P', 'B', 'K', 'M', 'N', 'yearsLeft'] as const) expect(world[k], `${tag} ${k}`).toBeGreaterThanOrEqual(0);
      expect(world.c, tag).toBeLessThanOrEqual(cMax);
      expect(Number.isFinite(world.T), tag).toBe(true);
      expect(world.year, tag).toBe(y + 1);
      w = world;
    }
  });
});
