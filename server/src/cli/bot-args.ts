/**
 * Command-line options of the headless bot client (`npm run bot -- …`), checked up front so a typo
 * fails with a usage line instead of half-joining a match.
 */
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@shared/rules/types.ts';

export type BotArgs = Readonly<{
  url: string;
  /** Join this match; absent with --create. */
  code: string | null;
  create: boolean;
  seat: Role | null;
  spectate: boolean;
  name: string;
  seed: number;
  /** Pause before each move, ms. */
  delayMs: number;
  quiet: boolean;
}>;

export const USAGE = `usage: npm run bot -- --url ws://HOST:PORT (--code CODE | --create) [--seat ROLE | --spectate]
       [--name NAME] [--seed N] [--delay MS] [--quiet]
  --seat      take this seat (chemist, engineer, activist, smuggler); default: the first open seat
  --spectate  watch the match and print its progress
  --create    create a public match (bots fill empty seats), take a seat, start it, print its code`;

export function parseBotArgs(argv: readonly string[]): BotArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      url: { type: 'string' }, code: { type: 'string' }, create: { type: 'boolean', default: false },
      seat: { type: 'string' }, spectate: { type: 'boolean', default: false }, name: { type: 'string' },
      seed: { type: 'string' }, delay: { type: 'string' }, quiet: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const fail = (why: string): never => {
    throw new Error(`${why}\n${USAGE}`);
  };
  if (!values.url || !/^wss?:\/\//.test(values.url)) fail('--url ws://HOST:PORT is required');
  if (!values.code && !values.create) fail('--code CODE or --create is required');
  if (values.seat !== undefined && !(ROLES as readonly string[]).includes(values.seat)) fail(`unknown seat ${values.seat}`);
  if (values.seat !== undefined && values.spectate) fail('--seat and --spectate exclude each other');
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  const delayMs = values.delay === undefined ? 400 : Number(values.delay);
  if (!Number.isInteger(seed) || !Number.isFinite(delayMs) || delayMs < 0) fail('--seed and --delay take numbers');
  return {
    url: values.url!, code: values.code?.toUpperCase() ?? null, create: values.create!,
    seat: (values.seat as Role | undefined) ?? null, spectate: values.spectate!,
    name: values.name ?? (values.spectate ? 'Watcher bot' : 'Bot client'), seed, delayMs, quiet: values.quiet!,
  };
}
