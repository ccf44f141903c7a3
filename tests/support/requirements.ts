/**
 * Finds the programs a test needs (Chromium, redis-server, PostgreSQL). Where one is missing the test is skipped
 * with a loud message, except in CI (CI=true), where a missing program is a failure: CI must install it.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

function which(name: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** Returns the path of the first candidate that exists, or null. */
export function findProgram(candidates: readonly string[]): string | null {
  for (const c of candidates) {
    if (c.includes('/') ? existsSync(c) : which(c)) return c.includes('/') ? c : which(c);
  }
  return null;
}

/**
 * `true` when the program is there. When it is not: throws in CI, otherwise prints a loud warning and returns
 * false so the caller can `describe.skipIf(!ok)`.
 */
export function requireProgram(label: string, candidates: readonly string[]): string | null {
  const found = findProgram(candidates);
  if (found) return found;
  const message = `${label} not found (looked for ${candidates.join(', ')}).`;
  if (IN_CI) throw new Error(`${message} CI must install it (see .ci/run).`);
  console.warn(`\n!!!!!!!!!!\n!!! SKIPPING: ${message} Install it to run these tests.\n!!!!!!!!!!\n`);
  return null;
}

export const chromiumPath = () => requireProgram('Chromium', ['/usr/bin/chromium', 'chromium', 'chromium-browser']);
export const redisServerPath = () => requireProgram('redis-server', ['/usr/bin/redis-server', 'redis-server']);
export function postgresBinDir(): string | null {
  const dirs = ['17', '16', '15', '14', '13'].map((v) => `/usr/lib/postgresql/${v}/bin/initdb`);
  const found = requireProgram('PostgreSQL (initdb)', dirs);
  return found ? found.replace(/\/initdb$/, '') : null;
}
