/**
 * One-year attribution: re-running the same year with one lever undone, without events, or without the
 * smuggler's diversion, with the same draws; and the sums behave as the debrief expects.
 */
import { describe, expect, it } from 'vitest';
import {
  attribute, attributeRun, indicatorsOf, indicatorsOfWorld, INDICATOR_IDS, initialWorld, NO_EVENTS, runYears,
  scenarioLevers, step, type Attribution, type IndicatorId,
} from '@shared/model/index.ts';
import { leversWith, seededDraws } from '../../fixtures/model/helpers.ts';

const base = scenarioLevers('default');
const start = runYears(initialWorld('default'), base, 2)[1].world;
const byId = (atts: Attribution[]) => Object.fromEntries(atts.map((a) => [a.indicator, a])) as Record<IndicatorId, Attribution>;

describe('attribute (one year)', () => {
  it('reports every indicator, with total = after − before', () => {
    const enacted = leversWith('default', { landfillTax: 100 });
    const atts = attribute(start, base, enacted, NO_EVENTS);
    expect(atts.map((a) => a.indicator)).toEqual([...INDICATOR_IDS]);
    const r = step(start, enacted, NO_EVENTS);
    const after = indicatorsOf(r.world, r.flows);
    const before = indicatorsOfWorld(start);
    for (const a of atts) expect(a.total, a.indicator).toBeCloseTo(after[a.indicator] - before[a.indicator], 12);
  });

  it('with a single change, the policy effect is exactly the change against the base year', () => {
    const enacted = leversWith('default', { eprFee: 150 });
    const atts = byId(attribute(start, base, enacted, NO_EVENTS));
    const withIt = step(start, enacted, NO_EVENTS);
    const without = step(start, base, NO_EVENTS);
    expect(Object.keys(atts.T.policies)).toEqual(['eprFee']);
    expect(atts.T.policies.eprFee).toBeCloseTo(withIt.world.T - without.world.T, 12);
    expect(atts.T.policies.eprFee).toBeGreaterThan(0); // the city keeps half the fee
    expect(atts.c.policies.eprFee).toBeGreaterThan(0);
  });

  it('with nothing enacted, nothing is attributed to policy, and quiet years have no event effect', () => {
    const atts = attribute(start, base, base, NO_EVENTS);
    for (const a of atts) {
      expect(a.policies).toEqual({});
      expect(a.event).toBe(0);
    }
  });

  it('puts a toxic leak on the event: +15 on P, −10 on trust', () => {
    const atts = byId(attribute(start, base, base, { ...NO_EVENTS, toxicLeak: 0 }));
    expect(atts.P.event).toBeCloseTo(15, 9);
    expect(atts.R.event).toBeCloseTo(-10, 9);
  });

  it('counts briefing-card shocks with the year\'s events', () => {
    const atts = byId(attribute(start, base, base, NO_EVENTS, { shocks: { R: 3, T: -2 } }));
    expect(atts.R.event).toBeCloseTo(3, 12);
    expect(atts.T.event).toBeCloseTo(-2, 12);
  });

  it('puts the smuggler\'s active diversion on covert actions, and nothing when they stay passive', () => {
    const active = byId(attribute(start, base, base, NO_EVENTS, { smugglingScale: 1 }));
    expect(active.P.covert).toBeGreaterThan(0); // half the smuggling, less local dumping
    expect(active.B.covert).toBe(0); // the network grows on the margin, not on the tonnes moved
    const passive = attribute(start, base, base, NO_EVENTS, { smugglingScale: 0.5 });
    for (const a of passive) expect(a.covert, a.indicator).toBe(0);
  });

  it('sums sensibly: one-year parts of a two-lever package come close to its effect against the base', () => {
    const enacted = leversWith('default', { landfillTax: 80, remediation: 2 });
    const draws = seededDraws(3, 1)[0];
    const atts = byId(attribute(start, base, enacted, draws));
    const pkg = step(start, enacted, draws).world;
    const none = step(start, base, draws).world;
    for (const id of ['T', 'P'] as const) {
      const sum = Object.values(atts[id].policies).reduce((s, v) => s + v, 0);
      expect(Math.abs(sum - (pkg[id] - none[id])), id).toBeLessThan(0.05 * Math.abs(pkg[id] - none[id]) + 1e-9);
    }
  });
});

describe('attributeRun (a package over several years)', () => {
  it('reproduces the total as the difference of the two final worlds, with the same draws', () => {
    const draws = seededDraws(21, 4);
    const enacted = leversWith('default', { landfillTax: 120, enforcement: 4 });
    const a = attributeRun(initialWorld('default'), base, enacted, 4, draws);
    const pkg = runYears(initialWorld('default'), enacted, 4, draws)[3].world;
    const sq = runYears(initialWorld('default'), base, 4, draws)[3].world;
    expect(a.total.B).toBeCloseTo(pkg.B - sq.B, 12);
    expect(Object.keys(a.policies).sort()).toEqual(['enforcement', 'landfillTax']);
    expect(a.policies.enforcement!.B).toBeLessThan(0);
    expect(a.policies.landfillTax!.yearsLeft).toBeGreaterThan(0);
  });
});
