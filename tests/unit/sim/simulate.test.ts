/**
 * The simulation summary and its command line: rates are shares of the games played, reproducible
 * from the seed, and the arguments parse as documented.
 */
import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS } from '@shared/model/types.ts';
import { ROLES } from '@shared/rules/index.ts';
import { parseCliArgs } from '@shared/sim/cli-args.ts';
import { formatSummary } from '@shared/sim/format-summary.ts';
import { matchSeed, simulate } from '@shared/sim/simulate.ts';

describe('simulate', () => {
  const summary = simulate({ games: 12, scenario: 'budgetCrisis', seed: 3, rounds: 4 });

  it('summarises the matches it played', () => {
    expect(summary).toMatchObject({ games: 12, scenario: 'budgetCrisis', rejectedIntents: 0 });
    for (const role of ROLES) expect(summary.roleWinRate[role] * 12).toBeCloseTo(Math.round(summary.roleWinRate[role] * 12), 9);
    expect(summary.citySuccessRate).toBeGreaterThanOrEqual(0);
    expect(summary.citySuccessRate).toBeLessThanOrEqual(1);
    expect(summary.meanRounds).toBeGreaterThan(0);
    expect(summary.meanRounds).toBeLessThanOrEqual(4);
    expect(Object.keys(summary.meanFinal).sort()).toEqual([...INDICATOR_IDS].sort());
    const dealt = Object.values(summary.agendaWinRate).reduce((n, a) => n + a.dealt, 0);
    expect(dealt).toBe(12 * ROLES.length);
  });

  it('a role’s wins are the wins of the agendas it was dealt', () => {
    const smugglerWins = ['smugglerFortune', 'smugglerReform']
      .map((id) => summary.agendaWinRate[id])
      .filter(Boolean)
      .reduce((n, a) => n + a.dealt * a.winRate, 0);
    expect(smugglerWins).toBeCloseTo(summary.roleWinRate.smuggler * 12, 9);
  });

  it('except for a Fortune smuggler, nobody wins in a city that failed', () => {
    for (const role of ['chemist', 'engineer', 'activist'] as const) {
      expect(summary.roleWinRate[role]).toBeLessThanOrEqual(summary.citySuccessRate + 1e-9);
    }
  });

  it('is reproducible from its seed, and another seed plays other matches', () => {
    expect(simulate({ games: 3, scenario: 'default', seed: 9, rounds: 4 })).toEqual(simulate({ games: 3, scenario: 'default', seed: 9, rounds: 4 }));
    expect(matchSeed(9, 0)).not.toBe(matchSeed(10, 0));
    expect(matchSeed(9, 0)).not.toBe(matchSeed(9, 1));
  });

  it('prints a readable table', () => {
    const text = formatSummary(summary);
    expect(text).toContain('scenario budgetCrisis, 12 bot matches');
    for (const role of ROLES) expect(text).toContain(role);
    expect(text).toContain('city succeeds');
  });
});

describe('parseCliArgs', () => {
  it.each([
    [['--games', '1000', '--scenario', 'greenMandate', '--seed', '7', '--json'], { games: 1000, scenario: 'greenMandate', seed: 7, json: true }],
    [[], { games: 100, scenario: 'default', seed: 1, json: false }],
    [['--rounds', '4', '--seed', '-3'], { rounds: 4, seed: -3 }],
  ])('%j', (argv, expected) => {
    expect(parseCliArgs(argv)).toMatchObject({ ok: true, args: expected });
  });

  it.each([
    [['--games', 'many'], '--games needs an integer'],
    [['--games', '0'], '--games must be at least 1'],
    [['--scenario', 'atlantis'], 'unknown scenario atlantis'],
    [['--rounds', '20'], '--rounds must be 4–12'],
    [['--fast'], 'unknown argument --fast'],
    [['--seed'], '--seed needs an integer'],
  ])('%j is refused', (argv, error) => {
    expect(parseCliArgs(argv)).toEqual({ ok: false, error });
  });
});
