/**
 * Makes sure client/dist holds a build of the current sources before a spec serves it: builds with
 * `npm run build` (which also prints the initial JavaScript size) when the build is missing or older
 * than any client or shared source file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
const DIST_INDEX = join(ROOT, 'client/dist/index.html');
const SOURCES = ['client/src', 'client/index.html', 'client/vite.config.ts', 'client/public', 'shared'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestMtime(join(path, entry))), stat.mtimeMs);
}

export function isBuildStale(): boolean {
  if (!existsSync(DIST_INDEX)) return true;
  const built = statSync(DIST_INDEX).mtimeMs;
  return SOURCES.some((s) => existsSync(join(ROOT, s)) && newestMtime(join(ROOT, s)) > built);
}

/** Runs `npm run build` and returns its output (the bundle-size report is in it). */
export function runBuild(): string {
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const env = { ...process.env, NODE_ENV: 'production' };
  return execFileSync('npm', ['run', 'build'], { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function ensureBuilt(): void {
  if (!isBuildStale()) return;
  const output = runBuild();
  const size = output.split('\n').find((l) => l.startsWith('Initial JavaScript'));
  console.log(`[e2e] client rebuilt. ${size ?? ''}`);
}
