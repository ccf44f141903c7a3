/**
 * Indicators, the sustainability index and collapse: the index is 0–100, ranks the §3.9 packages as the
 * text reads them, and decides success against the threshold; collapse names the first floor crossed.
 */
import { describe, expect, it } from 'vitest';
import {
  collapseCause, COLLAPSE_FLOORS, indicatorsOf, initialWorld, runYears, SUSTAINABILITY_THRESHOLD,
  SUSTAINABILITY_WEIGHTS, sustainabilityIndex, type Levers,
} from '@shared/model/index.ts';
import { GREEN_PACKAGE, NANO_PACKAGE } from '../../fixtures/model/reference-values.ts';
import { leversWith } from '../../fixtures/model/helpers.ts';

function round8(change: Partial<Levers>) {
  return runYears(initialWorld('default'), leversWith('default', change), 8)[7];
}

describe('sustainability index', () => {
  it('has weights summing to 1', () => {
    expect(Object.values(SUSTAINABILITY_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('is 0 for a ruined city and 100 for an ideal one', () => {
    const w = initialWorld('default');
    expect(sustainabilityIndex({ ...w, H: 0, P: 200, R: 0, T: -500, c: 0 }, { smuggledShare: 0.6, yearsLeft: 0 })).toBe(0);
    expect(sustainabilityIndex({ ...w, H: 100, P: 0, R: 90, T: 80, c: 0.9 }, { smuggledShare: 0, yearsLeft: 20 })).toBe(100);
  });

  it('ranks green package > landfill tax alone > status quo > unsafe nanomachines, and judges success', () => {
    const score = (change: Partial<Levers>) => {
      const r = round8(change);
      return sustainabilityIndex(r.world, r.flows);
    };
    const [green, tax, sq, nano] = [score(GREEN_PACKAGE), score({ landfillTax: 120 }), score({}), score(NANO_PACKAGE)];
    expect(green).toBeGreaterThan(tax);
    expect(tax).toBeGreaterThan(sq);
    expect(sq).toBeGreaterThan(nano);
    expect(green).toBeGreaterThanOrEqual(SUSTAINABILITY_THRESHOLD);
    expect(sq).toBeLessThan(SUSTAINABILITY_THRESHOLD); // the slow squeeze of doing nothing fails
    expect(nano).toBeLessThan(SUSTAINABILITY_THRESHOLD);
  });

  it('appears among the indicators, alongside the stocks and the year\'s flows', () => {
    const r = round8({});
    const ind = indicatorsOf(r.world, r.flows);
    expect(ind).toMatchObject({ T: r.world.T, P: r.world.P, R: r.world.R, c: r.world.c, jobs: r.flows.jobs, yearsLeft: r.flows.yearsLeft });
    expect(ind.sustainability).toBeCloseTo(sustainabilityIndex(r.world, r.flows), 12);
  });
});

describe('collapse', () => {
  const w = initialWorld('default');
  it.each([
    ['health', { H: COLLAPSE_FLOORS.H - 0.1 }],
    ['trust', { R: COLLAPSE_FLOORS.R - 0.1 }],
    ['budget', { T: COLLAPSE_FLOORS.T - 0.1 }],
  ] as const)('names %s when it falls below its floor', (cause, change) => {
    expect(collapseCause({ ...w, ...change })).toBe(cause);
  });

  it('is null at the floors and above, and checks health before trust before budget', () => {
    expect(collapseCause({ ...w, ...COLLAPSE_FLOORS })).toBeNull();
    expect(collapseCause({ ...w, H: 10, R: 0, T: -1000 })).toBe('health');
    expect(collapseCause({ ...w, R: 0, T: -1000 })).toBe('trust');
  });

  it('does not trigger in any deterministic §3.12 run', () => {
    for (const change of [{}, GREEN_PACKAGE, NANO_PACKAGE, { landfillTax: 120, enforcement: 6, fine: 3000 }]) {
      for (const r of runYears(initialWorld('default'), leversWith('default', change), 8)) expect(collapseCause(r.world)).toBeNull();
    }
  });
});
