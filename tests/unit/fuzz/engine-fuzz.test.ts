/**
 * The engine under fire: bot matches through the real rules while a seeded hostile player sends
 * malformed, mistyped, oversized, out-of-phase, stale, replayed and well-formed-but-illegal
 * messages for every seat. Nothing may throw, every refusal leaves the state as it was, every
 * acceptance is explainable, the invariants hold after every command, and each match's log replays
 * to its final state. Seeds are in the test names; a failing one becomes a regression file.
 */
import { describe, expect, it } from 'vitest';
import { fuzzEngine, FUZZ_CATEGORIES, type EngineFuzzReport } from '@shared/fuzz/index.ts';

const RUNS: readonly [string, Parameters<typeof fuzzEngine>[0]][] = [
  ['seed 101', { seed: 101, messages: 2000 }],
  ['seed 102', { seed: 102, messages: 2000, snapshotEvery: 1 }],
  ['seed 103 smugglersHaven, 6 rounds', { seed: 103, messages: 2000, scenario: 'smugglersHaven', rounds: 6 }],
];

describe.each(RUNS)('engine fuzz, %s', (_name, options) => {
  let result: EngineFuzzReport;
  const run = () => (result ??= fuzzEngine(options));

  it('finds no crash, no broken invariant and no unexplained change', () => {
    const r = run();
    expect(r.examples).toEqual({ crashes: [], violations: [], unexplained: [] });
    expect(r.messages).toBe(options.messages);
  });

  it('sent every category, and the contract refused all the broken ones', () => {
    const r = run();
    for (const c of FUZZ_CATEGORIES) expect(r.byCategory[c]?.sent, c).toBeGreaterThan(0);
    for (const c of ['unknownType', 'malformed', 'mistyped', 'oversized'] as const) {
      expect(r.byCategory[c].contractRefused, c).toBe(r.byCategory[c].sent);
    }
    for (const c of ['outOfPhase', 'stale', 'forgedCommand'] as const) expect(r.byCategory[c].rulesRefused, c).toBe(r.byCategory[c].sent);
  });

  it('played real matches, with some hostile messages accepted on their merits', () => {
    const r = run();
    expect(r.matches).toBeGreaterThan(0);
    expect(r.commands).toBeGreaterThan(r.matches * 50);
    expect(r.byCategory.illegal.accepted).toBeGreaterThan(0);
    expect(r.byCategory.illegal.rulesRefused).toBeGreaterThan(0);
    expect(r.refusalCodes.staleVersion).toBeGreaterThan(0);
    expect(r.refusalCodes.notYourPhase).toBeGreaterThan(0);
  });
});

describe('engine fuzz is reproducible', () => {
  it('gives the same report for the same seed', () => {
    expect(fuzzEngine({ seed: 7, messages: 300 })).toEqual(fuzzEngine({ seed: 7, messages: 300 }));
  });
});
