/**
 * The fuzz regression files (tests/fixtures/fuzz-regressions/*.json), loaded for the tests that
 * replay them: each names a failing run (seed and size) and the exact messages it caught.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type RegressionExample = Readonly<{
  type: unknown;
  payload: unknown;
  /** contractRefuses: parse must fail; cleaned: parse must succeed and show `shown`; rulesRefuse: reduce must refuse. */
  expect: 'contractRefuses' | 'cleaned' | 'rulesRefuse';
  shown?: string;
}>;

export type Regression = Readonly<{
  file: string;
  name: string;
  kind: 'engine' | 'live';
  seed: number;
  messages: number;
  found: string;
  fixed: string;
  examples: readonly RegressionExample[];
}>;

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/fuzz-regressions');

export function loadRegressions(kind?: Regression['kind']): Regression[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as Omit<Regression, 'file'>) }))
    .filter((r) => kind === undefined || r.kind === kind);
}
