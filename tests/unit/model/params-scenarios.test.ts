/**
 * The parameter table and the scenarios: every entry is documented and inside its range, scenarios start
 * from the §3.9 table with the §3.12 readings (c₀ and ℓ₀ fixed, L = 0, M = 2, N = 20), and overrides apply.
 */
import { describe, expect, it } from 'vitest';
import {
  BETA0_RANGE, initialWorld, MODEL_PARAMS, MODEL_VERSION, paramsFor, SCENARIOS, SCENARIO_IDS, scenarioLevers,
  type ParamId,
} from '@shared/model/index.ts';

describe('MODEL_PARAMS', () => {
  it('documents every entry: unit, range around the value, V/S/A flag and basis', () => {
    const ids = Object.keys(MODEL_PARAMS) as ParamId[];
    expect(ids.length).toBeGreaterThan(100);
    for (const id of ids) {
      const e = MODEL_PARAMS[id];
      expect(e.min, id).toBeLessThanOrEqual(e.value);
      expect(e.max, id).toBeGreaterThanOrEqual(e.value);
      expect(['V', 'S', 'A'], id).toContain(e.source);
      expect(e.unit.length, id).toBeGreaterThan(0);
      expect(e.note.length, id).toBeGreaterThan(5);
    }
    expect(MODEL_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('holds the §3.5 defaults the reference values depend on', () => {
    const p = paramsFor('default');
    expect([p.wastePerCapita, p.targetPerCapita, p.collectionBase, p.landfillShare0, p.beta0]).toEqual([0.5, 0.094, 0.3, 0.25, 2]);
    expect([p.outputPrice, p.exportValue, p.baseAllocation, p.landfillCapacity]).toEqual([1200, 300, 70, 1500]);
    expect([p.detectionMin, p.detectionMax, p.enforcementScale]).toEqual([0.03, 0.5, 8]);
  });

  it('applies each scenario\'s base allocation and price overrides, leaving c₀ and ℓ₀ alone', () => {
    expect(SCENARIO_IDS.map((s) => paramsFor(s).baseAllocation)).toEqual([70, 70, 68, 64]);
    expect(paramsFor('smugglersHaven').exportValue).toBe(400);
    expect(paramsFor('budgetCrisis').outputPrice).toBe(1000);
    expect(paramsFor('default').exportValue).toBe(300);
    for (const s of SCENARIO_IDS) {
      expect(paramsFor(s).collectionBase, s).toBe(0.3);
      expect(paramsFor(s).landfillShare0, s).toBe(0.25);
    }
  });

  it('is frozen: no caller can change the numbers of a running match', () => {
    expect(Object.isFrozen(paramsFor('default'))).toBe(true);
  });
});

describe('scenarios (§3.9)', () => {
  it('start from the table\'s stocks, with L = 0, M = 2, N = 20 everywhere', () => {
    const rows = {
      default: [20, 30, 40, 85, 45, 10, 0.3, 0.25],
      smugglersHaven: [15, 30, 40, 85, 35, 22, 0.25, 0.25],
      greenMandate: [10, 36, 32, 88, 52, 10, 0.4, 0.2],
      budgetCrisis: [5, 28, 45, 83, 35, 10, 0.3, 0.25],
    } as const;
    for (const s of SCENARIO_IDS) {
      const w = initialWorld(s);
      expect([w.T, w.K, w.P, w.H, w.R, w.B, w.c, w.ell], s).toEqual([...rows[s]]);
      expect([w.L, w.M, w.N, w.year, w.beta0, w.betaMultiplier, w.crashRoundsLeft], s).toEqual([0, 2, 20, 0, 2, 1, 0]);
      expect(w.prevHH, s).toBe(12.35);
      expect(w.yearsLeft, s).toBeGreaterThan(5);
      expect(w.jobs, s).toBeGreaterThan(0);
      expect(SCENARIOS[s].name.length).toBeGreaterThan(0);
      expect(SCENARIOS[s].story.length).toBeGreaterThan(0);
    }
  });

  it('sets the lever presets of the table and keeps the §3.6 defaults elsewhere', () => {
    expect(scenarioLevers('default')).toMatchObject({ landfillTax: 40, enforcement: 1, fine: 1000, nanoCap: 0.1, remediation: 0.5 });
    expect(scenarioLevers('smugglersHaven')).toMatchObject({ landfillTax: 90, enforcement: 0.3, fine: 500, nanoCap: 0.1 });
    expect(scenarioLevers('greenMandate')).toMatchObject({
      landfillTax: 110, eprFee: 120, depositScheme: 1, enforcement: 3, nanoCap: 0, campaign: 0.5, levy: 0.1,
    });
    expect(scenarioLevers('budgetCrisis')).toMatchObject({ enforcement: 0.5, remediation: 0, landfillTax: 40 });
  });

  it('takes the hidden β₀ from the caller, within the documented range', () => {
    expect(initialWorld('default', 3.3).beta0).toBe(3.3);
    expect(BETA0_RANGE).toEqual({ min: 0.5, max: 4 });
    expect(MODEL_PARAMS.beta0.min).toBe(BETA0_RANGE.min);
    expect(MODEL_PARAMS.beta0.max).toBe(BETA0_RANGE.max);
  });
});
