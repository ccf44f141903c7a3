/**
 * The event deck of §3.8: each event fires when its draw is below its probability and never with NO_EVENTS,
 * in a fixed order, with the effects of the table; a price crash lasts two rounds; drawYear is seeded.
 */
import { describe, expect, it } from 'vitest';
import {
  drawYear, EVENT_DRAW_KEYS, initialWorld, NO_EVENTS, paramsFor, runYears, scenarioLevers, step,
  type Levers, type ModelEventId, type World, type YearDraws,
} from '@shared/model/index.ts';
import { seedRng } from '@shared/random/rng.ts';
import { leversWith, seededDraws } from '../../fixtures/model/helpers.ts';

const p = paramsFor('default');
const only = (key: ModelEventId, value = 0): YearDraws => ({ ...NO_EVENTS, [key]: value });
const world = initialWorld('default');
const levers = scenarioLevers('default');

/** Year 3 of the status quo (so stocks are warm), and a quiet step and an eventful step from it. */
function fromYear3(draws: YearDraws, lv: Levers = levers, w0: World = world) {
  const start = runYears(w0, lv, 2)[1].world;
  return { start, quiet: step(start, lv, NO_EVENTS), hit: step(start, lv, draws) };
}

describe('drawing the year', () => {
  it('is deterministic for a seed, uniform numbers in [0, 1), one per event key', () => {
    const [a, ra] = drawYear(seedRng(5));
    const [b, rb] = drawYear(seedRng(5));
    expect(a).toEqual(b);
    expect(ra).toEqual(rb);
    expect(Object.keys(a)).toEqual([...EVENT_DRAW_KEYS]);
    for (const v of Object.values(a)) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
    expect(drawYear(ra)[0]).not.toEqual(a);
  });
});

describe('NO_EVENTS', () => {
  it('fires nothing, even in a city on the brink (low trust, big stockpile, heavy smuggling)', () => {
    const brink: World = { ...initialWorld('smugglersHaven'), R: 5, M: 40, B: 40 };
    const lv = leversWith('smugglersHaven', { nanoCap: 0.6, rnd: 3 });
    for (const r of runYears(brink, lv, 8)) expect(r.flows.events).toEqual([]);
  });
});

describe('each event fires when its draw is below its probability', () => {
  it('fires every event with all draws at 0, reported in the fixed order', () => {
    const lowTrust: World = { ...world, R: 10 };
    const all0 = Object.fromEntries(EVENT_DRAW_KEYS.map((k) => [k, 0])) as YearDraws;
    expect(step(lowTrust, levers, all0).flows.events).toEqual([...EVENT_DRAW_KEYS]);
  });

  it('uses the probability as a sharp threshold (price crash 0.12, metal boom 0.08)', () => {
    expect(step(world, levers, only('priceCrash', 0.1199)).flows.events).toEqual(['priceCrash']);
    expect(step(world, levers, only('priceCrash', 0.1201)).flows.events).toEqual([]);
    expect(step(world, levers, only('metalBoom', 0.0799)).flows.events).toEqual(['metalBoom']);
    expect(step(world, levers, only('metalBoom', 0.0801)).flows.events).toEqual([]);
  });

  it('makes a leak likelier with a higher licence cap: 0.03 + 0.30 × ν × β/β₀', () => {
    // Round 1: N = N₀, no safety, β = β₀, so the chance is 0.03 + 0.3ν exactly.
    expect(step(world, levers, only('toxicLeak', 0.059)).flows.events).toEqual(['toxicLeak']);
    expect(step(world, levers, only('toxicLeak', 0.061)).flows.events).toEqual([]);
    const high = { ...levers, nanoCap: 0.6 };
    expect(step(world, high, only('toxicLeak', 0.2)).flows.events).toEqual(['toxicLeak']);
    expect(step(world, high, only('toxicLeak', 0.215)).flows.events).toEqual([]);
  });

  it('ties a dump discovery to the tonnes dumped and a protest to trust below 25', () => {
    const f = step(world, levers, NO_EVENTS).flows;
    const chance = Math.min(0.5, 0.05 * f.dumped);
    expect(step(world, levers, only('illegalDump', chance - 0.001)).flows.events).toEqual(['illegalDump']);
    expect(step(world, levers, only('illegalDump', chance + 0.001)).flows.events).toEqual([]);
    expect(step(world, levers, only('protest', 0)).flows.events).toEqual([]);
    expect(step({ ...world, R: 20 }, levers, only('protest', 0.39)).flows.events).toEqual(['protest']);
    expect(step({ ...world, R: 20 }, levers, only('protest', 0.41)).flows.events).toEqual([]);
  });
});

describe('effects of the events (against the same year without them)', () => {
  it('price crash: price × 0.5 and only 35 % of the stockpile sells, for two rounds', () => {
    const crash = step(world, levers, only('priceCrash'));
    const calm = step(world, levers, NO_EVENTS);
    expect(crash.world.crashRoundsLeft).toBe(1);
    expect(crash.flows.sales).toBeCloseTo((p.crashSaleShare / p.saleShare) * calm.flows.sales, 9);
    expect(crash.world.M).toBeGreaterThan(calm.world.M);
    expect(crash.flows.profit).toBeLessThan(calm.flows.profit);
    const second = step(crash.world, levers, NO_EVENTS);
    const afterCalm = step(calm.world, levers, NO_EVENTS);
    expect(second.flows.events).toEqual([]); // reported when it fires, not while it lasts
    expect(second.world.crashRoundsLeft).toBe(0);
    expect(second.world.M).toBeGreaterThan(afterCalm.world.M);
    expect(second.flows.sales / (crash.world.M + second.flows.Y)).toBeCloseTo(p.crashSaleShare, 9);
    const third = step(second.world, levers, NO_EVENTS);
    expect(third.flows.sales / (second.world.M + third.flows.Y)).toBeCloseTo(p.saleShare, 9);
  });

  it('a new crash during a crash restarts the two rounds', () => {
    const first = step(world, levers, only('priceCrash'));
    expect(step(first.world, levers, only('priceCrash')).world.crashRoundsLeft).toBe(1);
  });

  it('metal boom: price × 1.4 for one round', () => {
    const boom = step(world, levers, only('metalBoom'));
    const calm = step(world, levers, NO_EVENTS);
    expect(boom.flows.sales).toBeCloseTo(calm.flows.sales, 9);
    expect(boom.flows.profit).toBeGreaterThan(calm.flows.profit);
    const next = step(boom.world, levers, NO_EVENTS);
    expect(next.flows.profit).toBeCloseTo(step(calm.world, levers, NO_EVENTS).flows.profit, 6);
  });

  it('toxic leak: P +15, trust −10, clean-up 5 M$ less the corporation\'s 2 M$ fine', () => {
    const { quiet, hit } = fromYear3(only('toxicLeak'));
    expect(hit.world.P - quiet.world.P).toBeCloseTo(p.leakToxic, 9);
    expect(hit.world.R - quiet.world.R).toBeCloseTo(-p.leakTrust, 9);
    expect(hit.world.T - quiet.world.T).toBeCloseTo(-p.leakCleanup + p.leakFine, 9);
    expect(hit.flows.profit - quiet.flows.profit).toBeCloseTo(-p.leakFine, 9);
  });

  it('stockpile fire: P +5, stockpile × 0.7, trust −3, 1 M$', () => {
    const { quiet, hit } = fromYear3(only('stockpileFire'));
    expect(hit.world.P - quiet.world.P).toBeCloseTo(5, 9);
    expect(hit.world.M / quiet.world.M).toBeCloseTo(0.7, 9);
    expect(hit.world.R - quiet.world.R).toBeCloseTo(-3, 9);
    expect(hit.world.T - quiet.world.T).toBeCloseTo(-1, 9);
  });

  it('smuggling scandal: trust −8 and the network loses 30 % of B', () => {
    const { start, quiet, hit } = fromYear3(only('scandal'));
    expect(hit.world.R - quiet.world.R).toBeCloseTo(-8, 9);
    expect(hit.world.B - quiet.world.B).toBeCloseTo(-0.3 * start.B, 9);
  });

  it('illegal dump found: trust −2, 0.25 M$, P +2', () => {
    const { quiet, hit } = fromYear3(only('illegalDump'));
    expect(hit.world.R - quiet.world.R).toBeCloseTo(-2, 9);
    expect(hit.world.T - quiet.world.T).toBeCloseTo(-0.25, 9);
    expect(hit.world.P - quiet.world.P).toBeCloseTo(2, 9);
  });

  it('technology breakthrough: β × 0.5 from then on', () => {
    const lv = leversWith('default', { nanoCap: 0.5 });
    const hit = step(world, lv, only('breakthrough'));
    const quiet = step(world, lv, NO_EVENTS);
    expect(hit.world.betaMultiplier).toBe(0.5);
    expect(hit.world.P).toBeCloseTo(quiet.world.P, 9); // this year's byproducts were already released
    const later = runYears(hit.world, lv, 3).map((r) => r.flows.beta);
    const control = runYears(quiet.world, lv, 3).map((r) => r.flows.beta);
    later.forEach((b, i) => expect(b / control[i]).toBeCloseTo(0.5, 9));
  });

  it('protest: reported only; the rules freeze a lever, the stocks do not change', () => {
    const low: World = { ...world, R: 15 };
    const hit = step(low, levers, only('protest'));
    expect(hit.flows.events).toEqual(['protest']);
    expect(hit.world).toEqual(step(low, levers, NO_EVENTS).world);
  });
});

describe('event frequencies over seeded games (the §3.8 Monte Carlo check, as an indication)', () => {
  it('gives chances of at least one event per 8-round game close to the quoted ones', () => {
    const games = 600;
    const counts: Partial<Record<ModelEventId, number>> = {};
    for (let g = 0; g < games; g++) {
      const seen = new Set<ModelEventId>();
      for (const r of runYears(world, levers, 8, seededDraws(10_000 + g, 8))) r.flows.events.forEach((e) => seen.add(e));
      seen.forEach((e) => (counts[e] = (counts[e] ?? 0) + 1));
    }
    const quoted: Partial<Record<ModelEventId, number>> = {
      priceCrash: 0.65, stockpileFire: 0.51, scandal: 0.48, toxicLeak: 0.36, illegalDump: 0.78,
    };
    for (const [e, q] of Object.entries(quoted)) {
      expect(Math.abs((counts[e as ModelEventId] ?? 0) / games - q), e).toBeLessThan(0.07);
    }
  });
});
