/**
 * Every seed a fuzzer ever failed on stays a named test: the engine run is replayed at its seed and
 * size (it must now come back clean), and each message it caught is sent through the contract
 * again, whatever path later changes to the bots send the seeded run down.
 */
import { describe, expect, it } from 'vitest';
import { fuzzEngine } from '@shared/fuzz/index.ts';
import { parseIntent } from '@shared/protocol/intents.ts';
import { loadRegressions } from './regression-fixtures.ts';

const ALL = loadRegressions();

describe('fuzz regressions', () => {
  it('are all well formed', () => {
    expect(ALL.length).toBeGreaterThan(0);
    for (const r of ALL) {
      expect(r.name, r.file).toMatch(/^seed \d+ - /);
      expect(r.examples.length, r.file).toBeGreaterThan(0);
    }
  });

  describe.each(ALL.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    it.each(r.examples.map((e, i) => [i, e] as const))('example %i is handled safely', (_i, e) => {
      const parsed = parseIntent(e.type, e.payload);
      if (e.expect === 'contractRefuses') expect(parsed.ok).toBe(false);
      if (e.expect === 'cleaned') {
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect((parsed.intent as { text?: string }).text).toBe(e.shown);
      }
    });
  });

  const engineRuns = [...new Map(loadRegressions('engine').map((r) => [`${r.seed}/${r.messages}`, r])).values()];
  it.each(engineRuns.map((r) => [r.seed, r.messages] as const))('engine run at seed %i (%i messages) comes back clean', (seed, messages) => {
    const result = fuzzEngine({ seed, messages });
    expect(result.examples).toEqual({ crashes: [], violations: [], unexplained: [] });
    expect(result.counts).toEqual({ crashes: 0, violations: 0, unexplained: 0 });
  });
});
