/**
 * Command-line options of the load benchmark (`npm run bench:load -- …`), with the defaults that
 * reproduce the figures in docs/scaling.md.
 */
import type { Pace } from './load-match.ts';

export type LoadArgs = {
  matches: number;
  spectators: number;
  seconds: number;
  json: boolean;
  /** Target a server that is already running instead of starting one (no CPU/RSS then). */
  url: string | null;
  pace: Pace;
  /** Also run the bare `ws` baseline with the same workload, and print the ratios. */
  baseline: boolean;
  /** Run only the bare baseline (e.g. to profile it). */
  bareOnly: boolean;
  /** Write a `--cpu-prof` profile of each server and print its hottest functions. */
  profile: boolean;
  /** Run the real server on PostgreSQL (DATABASE_URL) instead of SQLite. */
  databaseUrl: string | null;
  /** Extra environment for the real server (--server-env PATCH_RATE_MS=1000), to try settings. */
  serverEnv: Record<string, string>;
  rounds: number;
  warmupSeconds: number;
  /** Hosts start their matches at random moments over this many seconds, so phases are not in step. */
  startSpreadSeconds: number;
  idleSeconds: number;
  joinConcurrency: number;
  serialTables: number;
};

export const USAGE = `usage: npm run bench:load -- [--matches M] [--spectators S] [--seconds T] [--json]
    [--pace realistic|saturate] [--url ws://host:port] [--no-baseline | --bare-only] [--profile] [--database-url URL] [--server-env KEY=VALUE]…
    [--rounds 12] [--warmup 5] [--start-spread 20] [--idle 3] [--join-concurrency 50] [--serial-tables 5]`;

const DEFAULTS: LoadArgs = {
  matches: 5, spectators: -1, seconds: 5, json: false, url: null, databaseUrl: null, serverEnv: {}, pace: 'realistic', baseline: true, bareOnly: false, profile: false,
  rounds: 12, warmupSeconds: 5, startSpreadSeconds: 20, idleSeconds: 3, joinConcurrency: 50, serialTables: 5,
};

const NUMBERS: Record<string, keyof LoadArgs> = {
  '--matches': 'matches', '--spectators': 'spectators', '--seconds': 'seconds', '--rounds': 'rounds', '--warmup': 'warmupSeconds', '--start-spread': 'startSpreadSeconds',
  '--idle': 'idleSeconds', '--join-concurrency': 'joinConcurrency', '--serial-tables': 'serialTables',
};

export function parseLoadArgs(argv: readonly string[]): LoadArgs {
  const args: LoadArgs = { ...DEFAULTS, serverEnv: {} };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag in NUMBERS) {
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0) throw new Error(`${flag} needs a non-negative number\n${USAGE}`);
      (args as Record<string, unknown>)[NUMBERS[flag]] = n;
      i++;
    } else if (flag === '--pace' && (value === 'realistic' || value === 'saturate')) {
      args.pace = value;
      i++;
    } else if (flag === '--url' && value) {
      args.url = value;
      i++;
    } else if (flag === '--database-url' && value) {
      args.databaseUrl = value;
      i++;
    } else if (flag === '--server-env' && value?.includes('=')) {
      args.serverEnv[value.slice(0, value.indexOf('='))] = value.slice(value.indexOf('=') + 1);
      i++;
    } else if (flag === '--json') args.json = true;
    else if (flag === '--no-baseline') args.baseline = false;
    else if (flag === '--bare-only') args.bareOnly = true;
    else if (flag === '--profile') args.profile = true;
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  if (args.matches < 1) throw new Error(`--matches must be at least 1\n${USAGE}`);
  // By default one spectator per match, as in the targets (2,000 matches + 2,000 spectators).
  if (args.spectators < 0) args.spectators = args.matches;
  return args;
}
