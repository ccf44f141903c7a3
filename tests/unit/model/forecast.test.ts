/**
 * The forecast panel: bands are ordered, the run is reproducible from its seed, the viewer's knowledge of
 * β₀ (not the world's true value) drives the spread, and a narrower knowledge gives a narrower band.
 */
import { describe, expect, it } from 'vitest';
import {
  BETA0_RANGE, forecast, INDICATOR_IDS, initialWorld, NO_EVENTS, runYears, scenarioLevers, step,
} from '@shared/model/index.ts';

const world = initialWorld('default');
const levers = scenarioLevers('default');
const wide = { beta0Min: BETA0_RANGE.min, beta0Max: BETA0_RANGE.max };
const nano = { levers, change: { nanoCap: 0.5 } };

describe('forecast', () => {
  const fc = forecast(world, nano, wide, 300, 11);

  it('gives one band per indicator per year, for the proposal and for no change, with p10 ≤ median ≤ p90', () => {
    expect(fc.years).toBe(3);
    expect(fc.runs).toBe(300);
    for (const side of [fc.withProposal, fc.noChange]) {
      expect(Object.keys(side).sort()).toEqual([...INDICATOR_IDS].sort());
      for (const id of INDICATOR_IDS) {
        expect(side[id]).toHaveLength(3);
        for (const b of side[id]) {
          expect(b.p10, id).toBeLessThanOrEqual(b.median);
          expect(b.median, id).toBeLessThanOrEqual(b.p90);
        }
      }
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(forecast(world, nano, wide, 300, 11)).toEqual(fc);
    expect(forecast(world, nano, wide, 300, 12)).not.toEqual(fc);
  });

  it('honours the number of years', () => {
    const five = forecast(world, nano, wide, 50, 3, 5);
    expect(five.years).toBe(5);
    expect(five.withProposal.P).toHaveLength(5);
  });

  it('shows the proposal\'s effect: more nanomachines, more toxic load in every year', () => {
    for (let y = 0; y < 3; y++) expect(fc.withProposal.P[y].median).toBeGreaterThan(fc.noChange.P[y].median);
  });

  it('samples β₀ from the viewer\'s knowledge, never from the world\'s hidden value', () => {
    const a = forecast(initialWorld('default', 0.5), nano, wide, 200, 4);
    const b = forecast(initialWorld('default', 4), nano, wide, 200, 4);
    expect(a).toEqual(b);
  });

  it('narrows the band when the viewer knows β₀ better (e.g. after an assay)', () => {
    const assay = forecast(world, nano, { beta0Min: 1.9, beta0Max: 2.1 }, 300, 11);
    const width = (f: typeof fc, y: number) => f.withProposal.P[y].p90 - f.withProposal.P[y].p10;
    for (let y = 0; y < 3; y++) expect(width(assay, y)).toBeLessThan(width(fc, y));
  });

  it('with β₀ known and no change, both branches agree and the spread comes from the events alone', () => {
    const known = forecast(world, { levers, change: {} }, { beta0Min: 2, beta0Max: 2 }, 400, 9);
    const quiet = step(world, levers, NO_EVENTS).world;
    expect(known.noChange).toEqual(known.withProposal);
    // Health reacts to last year's load, so year 1 is the same in every run: a band of width 0.
    expect(known.withProposal.H[0]).toEqual({ p10: quiet.H, median: quiet.H, p90: quiet.H });
    // Events only ever cut trust in the year they fire, and most runs have none that does.
    expect(known.withProposal.R[0].p90).toBeCloseTo(runYears(world, levers, 1)[0].world.R, 9);
    expect(known.withProposal.R[0].p10).toBeLessThan(quiet.R);
  });

  it('rejects an empty run count', () => {
    expect(() => forecast(world, nano, wide, 0)).toThrow(RangeError);
  });
});
