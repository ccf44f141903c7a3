/**
 * The balance bench: `npm run simulate -- --games N --scenario ID --seed S [--rounds R] [--json]`.
 * Plays bot-only matches and prints one JSON summary (--json) or a readable table, with progress on
 * stderr when it is a terminal. This entry point is the only impure file of shared/sim.
 */
import { SCENARIO_IDS, type ScenarioId } from '../model/types.ts';
import { formatSummary } from './format-summary.ts';
import { simulate } from './simulate.ts';

type CliArgs = { games: number; scenario: ScenarioId; seed: number; rounds?: number; json: boolean };

function fail(message: string): never {
  process.stderr.write(`simulate: ${message}\nusage: npm run simulate -- --games N --scenario ${SCENARIO_IDS.join('|')} --seed S [--rounds 4-12] [--json]\n`);
  process.exit(2);
}

function intArg(name: string, raw: string | undefined): number {
  const n = Number(raw);
  if (raw === undefined || !Number.isInteger(n)) fail(`--${name} needs an integer`);
  return n;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { games: 100, scenario: 'default', seed: 1, json: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--json') args.json = true;
    else if (flag === '--games') args.games = intArg('games', argv[++i]);
    else if (flag === '--seed') args.seed = intArg('seed', argv[++i]);
    else if (flag === '--rounds') args.rounds = intArg('rounds', argv[++i]);
    else if (flag === '--scenario') {
      const id = argv[++i];
      if (!(SCENARIO_IDS as readonly string[]).includes(id)) fail(`unknown scenario ${id}`);
      args.scenario = id as ScenarioId;
    } else fail(`unknown argument ${flag}`);
  }
  if (args.games < 1) fail('--games must be at least 1');
  return args;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const tty = process.stderr.isTTY === true;
  const started = performance.now();
  const summary = simulate({
    ...args,
    onProgress: tty
      ? (done, total) => { if (done % 10 === 0 || done === total) process.stderr.write(`\r${done}/${total} matches`); }
      : undefined,
  });
  if (tty) process.stderr.write(`\r${args.games} matches in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  process.stdout.write(args.json ? `${JSON.stringify(summary)}\n` : formatSummary(summary));
}

main();
