/**
 * The 13 levers of §3.6: their table is complete and consistent, and raising each one from its default
 * moves its main indicator the way the lever table says (three quiet years in the default city).
 */
import { describe, expect, it } from 'vitest';
import {
  clampLever, DEFAULT_LEVERS, initialWorld, LEVER_IDS, LEVERS, runYears, scenarioLevers, SCENARIOS, SCENARIO_IDS,
  type Flows, type LeverId, type World,
} from '@shared/model/index.ts';

describe('lever table', () => {
  it('has the 13 levers of §3.6, each with a default inside its range on its step grid', () => {
    expect(Object.keys(LEVERS).sort()).toEqual([...LEVER_IDS].sort());
    expect(LEVER_IDS).toHaveLength(13);
    for (const id of LEVER_IDS) {
      const l = LEVERS[id];
      expect(l.id).toBe(id);
      expect(l.min).toBeLessThan(l.max);
      expect(l.default).toBeGreaterThanOrEqual(l.min);
      expect(l.default).toBeLessThanOrEqual(l.max);
      expect(clampLever(id, l.default), id).toBeCloseTo(l.default, 9);
      expect(['V', 'S', 'A']).toContain(l.source);
      for (const text of [l.symbol, l.label, l.unit, l.effect, l.anchor]) expect(text.length, id).toBeGreaterThan(0);
      expect(l.champion.length, id).toBeGreaterThan(0);
    }
  });

  it('keeps the §3.6 defaults', () => {
    expect(DEFAULT_LEVERS).toEqual({
      landfillTax: 40, enforcement: 1, fine: 1000, eprFee: 0, depositScheme: 0, nanoCap: 0.1, safety: 0,
      recoverySubsidy: 0, capacityGrant: 0, remediation: 0.5, campaign: 0, levy: 0.1, rnd: 0,
    });
  });

  it('puts every scenario preset inside the lever ranges', () => {
    for (const s of SCENARIO_IDS) {
      for (const id of LEVER_IDS) {
        const v = SCENARIOS[s].levers[id];
        expect(v, `${s} ${id}`).toBeGreaterThanOrEqual(LEVERS[id].min);
        expect(v, `${s} ${id}`).toBeLessThanOrEqual(LEVERS[id].max);
      }
    }
  });

  it('clamps and snaps proposed values', () => {
    expect(clampLever('landfillTax', 500)).toBe(160);
    expect(clampLever('landfillTax', -3)).toBe(0);
    expect(clampLever('landfillTax', 121.9)).toBe(120);
    expect(clampLever('nanoCap', 0.33)).toBe(0.35);
    expect(clampLever('fine', 1049)).toBe(1000);
    expect(clampLever('depositScheme', 0.7)).toBe(1);
  });
});

type Probe = (w: World, f: Flows) => number;
const ROWS: readonly [LeverId, number, string, Probe, 1 | -1][] = [
  ['landfillTax', 120, 'landfill years left', (_w, f) => f.yearsLeft, 1],
  ['landfillTax', 120, 'smuggler margin (the NAO effect)', (_w, f) => f.margin, 1],
  ['enforcement', 6, 'black-market capacity B', (w) => w.B, -1],
  ['fine', 3000, 'black-market capacity B', (w) => w.B, -1],
  ['eprFee', 150, 'collection rate', (w) => w.c, 1],
  ['depositScheme', 1, 'collection rate', (w) => w.c, 1],
  ['nanoCap', 0.5, 'toxic load P', (w) => w.P, 1],
  ['nanoCap', 0.5, 'corporate profit', (_w, f) => f.profit, 1],
  ['safety', 1, 'toxic load P', (w) => w.P, -1],
  ['recoverySubsidy', 100, 'recovery capacity K', (w) => w.K, 1],
  ['recoverySubsidy', 100, 'treasury T', (w) => w.T, -1],
  ['capacityGrant', 10, 'recovery capacity K', (w) => w.K, 1],
  ['remediation', 5, 'toxic load P', (w) => w.P, -1],
  ['campaign', 2, 'public trust R', (w) => w.R, 1],
  ['campaign', 2, 'collection rate', (w) => w.c, 1],
  ['levy', 0.3, 'treasury T', (w) => w.T, 1],
  ['levy', 0.3, 'recovery capacity K', (w) => w.K, -1],
  ['rnd', 2, 'nanomachine experience N', (w) => w.N, 1],
];

describe('direction of effect of each lever (raised from its default, 3 quiet years)', () => {
  const base = runYears(initialWorld('default'), scenarioLevers('default'), 3)[2];
  it('covers every lever', () => {
    expect(new Set(ROWS.map((r) => r[0]))).toEqual(new Set(LEVER_IDS));
  });
  it.each(ROWS.map((r) => [`${r[0]} → ${r[1]} moves ${r[2]} ${r[4] > 0 ? 'up' : 'down'}`, r] as const))('%s', (_n, row) => {
    const [lever, value, , probe, sign] = row;
    expect(value).toBeGreaterThan(scenarioLevers('default')[lever]);
    const raised = runYears(initialWorld('default'), { ...scenarioLevers('default'), [lever]: value }, 3)[2];
    const delta = probe(raised.world, raised.flows) - probe(base.world, base.flows);
    expect(Math.sign(delta)).toBe(sign);
  });
});
