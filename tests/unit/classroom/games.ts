/**
 * Bot-played tables for the classroom tests: real matches played through the engine by the bots
 * (shared/sim/run-match.ts), kept as what the store keeps — config, seed and command log — and
 * memoised so each test file plays them once.
 */
import { runMatch, type MatchRun } from '@shared/sim/run-match.ts';
import type { TableLog } from '@shared/classroom/index.ts';

const cache = new Map<string, MatchRun>();

/** A finished bot match (seeded, so always the same game). */
export function botGame(seed: number, rounds = 4): MatchRun {
  const key = `${seed}:${rounds}`;
  let run = cache.get(key);
  if (!run) {
    run = runMatch({ seed, rounds });
    cache.set(key, run);
  }
  return run;
}

/** The stored log of a bot game seated as table `table`. */
export function tableLog(table: number, seed: number, rounds = 4): TableLog {
  const run = botGame(seed, rounds);
  return { table, config: run.config, seed: run.seed, commands: run.commands };
}
