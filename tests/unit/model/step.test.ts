/**
 * The yearly step is pure and deterministic, and the rules' modifiers do what the brief says: the smuggler's
 * diversion scales S, a network exposure cuts B by 30 %, the engineer's retrofit boosts one named lever,
 * and one-off shocks land on trust, toxic load and treasury after the step.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MODIFIERS, initialWorld, LEVER_IDS, NO_EVENTS, paramsFor, runYears, SCENARIO_IDS, scenarioLevers, step,
  type LeverId, type Levers, type World,
} from '@shared/model/index.ts';
import { deepFreeze, leversWith, seededDraws } from '../../fixtures/model/helpers.ts';

const world = initialWorld('default');
const levers = scenarioLevers('default');

describe('purity and determinism', () => {
  it.each(SCENARIO_IDS)('never mutates its (deep-frozen) inputs and repeats exactly (%s)', (s) => {
    const draws = seededDraws(7, 6);
    let w = deepFreeze(initialWorld(s, 3.1));
    const lv = deepFreeze(leversWith(s, { nanoCap: 0.4, rnd: 1, safety: 0.3 }));
    for (const d of draws) {
      const snapshot = JSON.stringify(w);
      const mods = deepFreeze({ smugglingScale: 1, retrofit: 'safety' as LeverId, shocks: { R: 1 } });
      const a = step(w, lv, deepFreeze(d), mods);
      const b = step(w, lv, d, mods);
      expect(a).toEqual(b);
      expect(JSON.stringify(w)).toBe(snapshot);
      w = deepFreeze(a.world);
    }
  });

  it('returns plain JSON data (a world survives a round trip)', () => {
    const r = step(world, levers, NO_EVENTS);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('treats omitted modifiers as the defaults', () => {
    expect(step(world, levers, NO_EVENTS)).toEqual(step(world, levers, NO_EVENTS, DEFAULT_MODIFIERS));
    expect(step(world, levers, NO_EVENTS)).toEqual(step(world, levers, NO_EVENTS, {}));
  });

  it('does not read the hidden β₀ when no nanomachines run', () => {
    const lv = { ...levers, nanoCap: 0 };
    expect(runYears(initialWorld('default', 0.5), lv, 4)[3].world.P)
      .toBeCloseTo(runYears(initialWorld('default', 4), lv, 4)[3].world.P, 12);
  });
});

describe('covert actions and role abilities', () => {
  const start = runYears(world, levers, 2)[1].world;

  it('smugglingScale 0.5 halves the smuggled flow; 1.0 is the computed S of the reference', () => {
    const full = step(start, levers, NO_EVENTS, { smugglingScale: 1 });
    const half = step(start, levers, NO_EVENTS, { smugglingScale: 0.5 });
    expect(half.flows.S).toBeCloseTo(full.flows.S / 2, 12);
    expect(half.world.P).toBeLessThan(full.world.P);
    expect(half.world.cumulativeSmugglerIncome).toBeLessThan(full.world.cumulativeSmugglerIncome);
  });

  it('scandalExposesNetwork cuts B by 30 % of its start-of-year value, once even if the scandal also fires', () => {
    const quiet = step(start, levers, NO_EVENTS);
    const exposed = step(start, levers, NO_EVENTS, { scandalExposesNetwork: true });
    expect(quiet.world.B - exposed.world.B).toBeCloseTo(0.3 * start.B, 12);
    const both = step(start, levers, { ...NO_EVENTS, scandal: 0 }, { scandalExposesNetwork: true });
    expect(both.world.B).toBeCloseTo(exposed.world.B, 12);
  });

  it('shocks are added to trust, toxic load and treasury after the step', () => {
    const quiet = step(start, levers, NO_EVENTS);
    const shocked = step(start, levers, NO_EVENTS, { shocks: { R: -4, P: 3, T: 2 } });
    expect(shocked.world.R - quiet.world.R).toBeCloseTo(-4, 12);
    expect(shocked.world.P - quiet.world.P).toBeCloseTo(3, 12);
    expect(shocked.world.T - quiet.world.T).toBeCloseTo(2, 12);
    expect(shocked.flows).toEqual(quiet.flows);
  });

  it('keeps trust within 0–100 whatever the shock', () => {
    expect(step(start, levers, NO_EVENTS, { shocks: { R: -500 } }).world.R).toBe(0);
    expect(step(start, levers, NO_EVENTS, { shocks: { R: 500 } }).world.R).toBe(100);
  });
});

describe('the engineer\'s retrofit', () => {
  const lv: Levers = leversWith('default', {
    capacityGrant: 4, remediation: 2, safety: 0.5, recoverySubsidy: 100, enforcement: 2, nanoCap: 0.3,
  });
  const start = runYears(world, lv, 1)[0].world;
  const plain = step(start, lv, NO_EVENTS);
  const p = paramsFor('default');
  const with_ = (lever: LeverId) => step(start, lv, NO_EVENTS, { retrofit: lever });

  it('capacity grant: × 1.5 effect on capacity, same treasury cost', () => {
    const r = with_('capacityGrant');
    expect(r.world.K - plain.world.K).toBeCloseTo((0.5 * 4) / p.capitalCost, 12);
    expect(r.world.T).toBeCloseTo(plain.world.T, 12);
  });

  it('remediation: × 1.5 toxic load removed, same cost', () => {
    const r = with_('remediation');
    expect(plain.world.P - r.world.P).toBeCloseTo(0.5 * 2 * p.remediationEfficiency, 12);
    expect(r.world.T).toBeCloseTo(plain.world.T, 12);
  });

  it('safety: works as s + 0.2 (capped at 1) at the cost of the enacted standard', () => {
    const r = with_('safety');
    expect(r.flows.beta / plain.flows.beta).toBeCloseTo((1 - 0.7 * 0.7) / (1 - 0.7 * 0.5), 12);
    expect(r.flows.profit).toBeCloseTo(plain.flows.profit, 12);
    const capped = step(start, { ...lv, safety: 0.9 }, NO_EVENTS, { retrofit: 'safety' });
    expect(capped.flows.beta).toBeCloseTo(step(start, { ...lv, safety: 1 }, NO_EVENTS).flows.beta, 12);
  });

  it('recovery subsidy: same effect on the plants at half the treasury cost', () => {
    const r = with_('recoverySubsidy');
    expect(r.flows.profit).toBeCloseTo(plain.flows.profit, 12);
    expect(r.world.T - plain.world.T).toBeCloseTo((0.5 * 100 * plain.flows.Q) / 1000, 12);
  });

  it('enforcement: × 1.3 effect on detection, same cost', () => {
    const r = with_('enforcement');
    const d = (E: number) => p.detectionMin + (p.detectionMax - p.detectionMin) * (1 - Math.exp(-E / p.enforcementScale));
    expect(r.flows.d).toBeCloseTo(d(2.6), 12);
    expect(plain.flows.d).toBeCloseTo(d(2), 12);
  });

  it('any other lever: no effect', () => {
    const others = LEVER_IDS.filter((l) => !['capacityGrant', 'remediation', 'safety', 'recoverySubsidy', 'enforcement'].includes(l));
    for (const l of others) expect(with_(l), l).toEqual(plain);
  });
});

describe('memory carried to the next year', () => {
  it('remembers c, ℓ, the household charge, years left, jobs and the smuggled share', () => {
    const { world: w, flows: f } = step(world, levers, NO_EVENTS);
    const expected: Partial<World> = {
      prevHH: f.HH, yearsLeft: f.yearsLeft, jobs: f.jobs, smuggledShare: f.smuggledShare, year: 1,
    };
    expect(w).toMatchObject(expected);
    expect(w.cumulativeProfit).toBeCloseTo(f.profit, 12);
    expect(w.exportedHarm).toBeCloseTo(f.exported, 12);
  });
});
