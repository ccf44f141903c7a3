/**
 * The balance bench: `npm run simulate -- --games N --scenario ID --seed S [--rounds R] [--json]`.
 * Plays bot-only matches and prints one JSON summary (--json) or a readable table, with progress on
 * stderr when it is a terminal. This entry point is the only impure file of shared/sim.
 */
import { parseCliArgs, USAGE } from './cli-args.ts';
import { formatSummary } from './format-summary.ts';
import { simulate } from './simulate.ts';

function main(): void {
  const parsed = parseCliArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`simulate: ${parsed.error}\n${USAGE}\n`);
    process.exit(2);
  }
  const { args } = parsed;
  const tty = process.stderr.isTTY === true;
  const started = performance.now();
  const progress = (done: number, total: number) => {
    if (done % 10 === 0 || done === total) process.stderr.write(`\r${done}/${total} matches`);
  };
  const summary = simulate({ ...args, onProgress: tty ? progress : undefined });
  if (tty) process.stderr.write(`\r${args.games} matches in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  process.stdout.write(args.json ? `${JSON.stringify(summary)}\n` : formatSummary(summary));
}

main();
