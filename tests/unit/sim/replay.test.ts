/**
 * A bot match is (configuration, seed, command log): replaying the log reproduces the final state
 * exactly, for 200 seeds across every scenario (most of them short matches, to stay fast).
 */
import { describe, expect, it } from 'vitest';
import { replay } from '@shared/rules/index.ts';
import { SCENARIO_IDS } from '@shared/model/types.ts';
import { runMatch } from '@shared/sim/run-match.ts';

describe('replaying a bot match reproduces its final state', () => {
  it('for 200 seeds', () => {
    const mismatches: number[] = [];
    let commands = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const scenario = SCENARIO_IDS[seed % SCENARIO_IDS.length];
      const run = runMatch({ seed, scenario, rounds: seed % 25 === 0 ? 8 : 4 });
      commands += run.commands.length;
      const again = replay(run.config, run.seed, run.commands);
      if (JSON.stringify(again) !== JSON.stringify(run.state)) mismatches.push(seed);
      expect(run.state.phase).toBe('gameOver');
    }
    expect(mismatches).toEqual([]);
    expect(commands).toBeGreaterThan(200 * 50);
  }, 120_000);

  it('a replayed state is deeply equal, not just alike in JSON', () => {
    const run = runMatch({ seed: 4242, scenario: 'smugglersHaven', rounds: 6 });
    expect(replay(run.config, run.seed, run.commands)).toStrictEqual(run.state);
  });
});
