/**
 * Reading the simulation command line (`--games N --scenario ID --seed S [--rounds R] [--json]`)
 * into options, or a message saying what is wrong. Kept apart from the CLI entry so it stays pure.
 */
import { SCENARIO_IDS, type ScenarioId } from '../model/types.ts';

export type CliArgs = Readonly<{ games: number; scenario: ScenarioId; seed: number; rounds?: number; json: boolean }>;

export const USAGE = `usage: npm run simulate -- --games N --scenario ${SCENARIO_IDS.join('|')} --seed S [--rounds 4-12] [--json]`;

function integer(name: string, raw: string | undefined): number | string {
  const n = Number(raw);
  return raw !== undefined && raw.trim() !== '' && Number.isInteger(n) ? n : `--${name} needs an integer`;
}

type Draft = { games: number; scenario: ScenarioId; seed: number; rounds?: number; json: boolean };

function readFlag(draft: Draft, flag: string, value: string | undefined): string | null | 'consumed' {
  if (flag === '--json') {
    draft.json = true;
    return null;
  }
  if (flag === '--scenario') {
    if (!(SCENARIO_IDS as readonly (string | undefined)[]).includes(value)) return `unknown scenario ${value ?? '(missing)'}`;
    draft.scenario = value as ScenarioId;
    return 'consumed';
  }
  if (flag === '--games' || flag === '--seed' || flag === '--rounds') {
    const n = integer(flag.slice(2), value);
    if (typeof n === 'string') return n;
    draft[flag.slice(2) as 'games' | 'seed' | 'rounds'] = n;
    return 'consumed';
  }
  return `unknown argument ${flag}`;
}

/** Parses the arguments after `--`; defaults: 100 games of the default scenario with seed 1. */
export function parseCliArgs(argv: readonly string[]): { ok: true; args: CliArgs } | { ok: false; error: string } {
  const draft: Draft = { games: 100, scenario: 'default', seed: 1, json: false };
  for (let i = 0; i < argv.length; i++) {
    const result = readFlag(draft, argv[i], argv[i + 1]);
    if (result === 'consumed') i++;
    else if (result !== null) return { ok: false, error: result };
  }
  if (draft.games < 1) return { ok: false, error: '--games must be at least 1' };
  if (draft.rounds !== undefined && (draft.rounds < 4 || draft.rounds > 12)) return { ok: false, error: '--rounds must be 4–12' };
  return { ok: true, args: draft };
}
