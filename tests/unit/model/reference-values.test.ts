/**
 * Golden tests: the deterministic reference values of model.md §3.12, within the tolerance of rule 9.
 */
import { describe, expect, it } from 'vitest';
import {
  attributeRun, initialWorld, referenceFigures, runYears, scenarioLevers, SCENARIO_IDS,
} from '@shared/model/index.ts';
import {
  DYNAMICS, GREEN_ATTRIBUTION, GREEN_PACKAGE, NANO_PACKAGE, POLICY_TESTS, ROUND_ONE, STATUS_QUO_REFERENCE,
} from '../../fixtures/model/reference-values.ts';
import { expectNear, expectReference, leversWith } from '../../fixtures/model/helpers.ts';

function roundEight(scenario: (typeof SCENARIO_IDS)[number], change: Parameters<typeof leversWith>[1]) {
  const run = runYears(initialWorld(scenario), leversWith(scenario, change), 8);
  const last = run[7];
  return referenceFigures(last.world, last.flows);
}

describe('status-quo levers, round 8, all four scenarios (§3.12)', () => {
  it.each(SCENARIO_IDS)('%s reproduces all ten indicators', (scenario) => {
    expectReference(scenario, roundEight(scenario, {}), STATUS_QUO_REFERENCE[scenario]);
  });
});

describe('policy tests (§3.12, levers held from round 1)', () => {
  it.each(POLICY_TESTS.map((t) => [t.name, t] as const))('%s', (name, t) => {
    expectReference(name, roundEight(t.scenario, t.change), t.expected);
  });
});

describe('round 1 of the status quo', () => {
  it('matches T, P, R, B and c', () => {
    const [first] = runYears(initialWorld('default'), scenarioLevers('default'), 1);
    expectReference('round 1', referenceFigures(first.world, first.flows), ROUND_ONE);
    expect(first.world.year).toBe(1);
  });
});

describe('quoted dynamics', () => {
  it('green package: trust dips 45 → 40.70 in round 1, then rises to 50.97', () => {
    const run = runYears(initialWorld('default'), leversWith('default', GREEN_PACKAGE), 8);
    expect(initialWorld('default').R).toBe(45);
    expectNear('R round 1', run[0].world.R, DYNAMICS.greenTrustRound1, 0.05);
    expectNear('R round 8', run[7].world.R, DYNAMICS.greenTrustRound8, 0.05);
    for (let y = 1; y < 8; y++) expect(run[y].world.R).toBeGreaterThan(run[y - 1].world.R);
  });

  it('nanomachine 50 %: toxic load peaks at 79.14 in round 5', () => {
    const run = runYears(initialWorld('default'), leversWith('default', NANO_PACKAGE), 8);
    const ps = run.map((r) => r.world.P);
    const peak = Math.max(...ps);
    expect(ps.indexOf(peak) + 1).toBe(DYNAMICS.nanoPeakRound);
    expectNear('peak P', peak, DYNAMICS.nanoPeakP, 0.05);
  });

  it('corporate profit: 8.60 M$ under the status quo → 14.51 M$ with the nanomachine package (round 8)', () => {
    const sq = runYears(initialWorld('default'), scenarioLevers('default'), 8);
    const nano = runYears(initialWorld('default'), leversWith('default', NANO_PACKAGE), 8);
    expectNear('status-quo profit', sq[7].flows.profit, DYNAMICS.statusQuoProfitRound8, 0.05);
    expectNear('nanomachine profit', nano[7].flows.profit, DYNAMICS.nanoProfitRound8, 0.05);
  });
});

describe('attribution of the green package against the baseline over 8 rounds', () => {
  const att = attributeRun(
    initialWorld('default'), scenarioLevers('default'), leversWith('default', GREEN_PACKAGE), 8,
  );
  const tol = (v: number) => Math.max(0.01 * Math.abs(v), 0.05);

  it('total: T +35.62, P −28.52, R +16.04, B −11.82', () => {
    for (const [k, v] of Object.entries(GREEN_ATTRIBUTION.total)) {
      expectNear(`total ${k}`, att.total[k as keyof typeof att.total], v, tol(v));
    }
  });

  it('one lever at a time: EPR, enforcement, moratorium, campaign, landfill tax', () => {
    const { total: _total, ...perLever } = GREEN_ATTRIBUTION;
    for (const [lever, effects] of Object.entries(perLever)) {
      const got = att.policies[lever as keyof typeof att.policies];
      expect(got, lever).toBeDefined();
      for (const [k, v] of Object.entries(effects)) {
        expectNear(`${lever} → ${k}`, got![k as keyof typeof got], v, tol(v));
      }
    }
  });

  it('re-runs every changed lever, and only those', () => {
    expect(Object.keys(att.policies).sort()).toEqual(
      ['campaign', 'depositScheme', 'enforcement', 'eprFee', 'landfillTax', 'nanoCap', 'remediation'],
    );
  });
});
