/**
 * A throwaway PostgreSQL server for a test file: initdb into a temp dir, started on a free port with
 * its unix socket in that dir, removed again in `stop()`. PostgreSQL refuses to run as root, so as
 * root the binaries run as the `postgres` user (or `nobody`). TEST_DATABASE_URL uses an existing
 * server instead. Returns null (after a loud warning) when PostgreSQL is missing, except in CI.
 */
import { execFile, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { postgresBinDir } from './requirements.ts';
import { freePort } from '@server/scale/free-port.ts';

const run = promisify(execFile);

export type TempPostgres = Readonly<{ url: string; stop: () => Promise<void> }>;

/** The account the postgres binaries run as when we are root (they refuse to run as root). */
async function unprivilegedUser(): Promise<{ name: string; uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    try {
      const { stdout } = await run('id', ['-u', name]);
      const { stdout: gid } = await run('id', ['-g', name]);
      return { name, uid: Number(stdout.trim()), gid: Number(gid.trim()) };
    } catch {
      // try the next account
    }
  }
  throw new Error('running as root and neither a "postgres" nor a "nobody" account exists');
}

export async function startPostgres(): Promise<TempPostgres | null> {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, stop: async () => undefined };
  const bin = postgresBinDir();
  if (!bin) return null;
  const user = await unprivilegedUser();
  const dir = mkdtempSync(path.join(tmpdir(), 'neo-terra-pg-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const as = (program: string, args: string[]) =>
    user ? run('runuser', ['-u', user.name, '--', path.join(bin, program), ...args]) : run(path.join(bin, program), args);
  const data = path.join(dir, 'data');
  const port = await freePort();
  try {
    await as('initdb', ['-D', data, '-U', 'neoterra', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    // Test data need not survive a power cut: skip fsync to keep the suite fast.
    const options = `-p ${port} -k ${dir} -c listen_addresses='' -c fsync=off -c full_page_writes=off`;
    await as('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'server.log'), '-w', '-t', '30', 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  // Safety net: a test file that dies before its afterAll must not leave the server running.
  const stopOnExit = () => {
    const args = [path.join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop'];
    spawnSync(user ? 'runuser' : args[0], user ? ['-u', user.name, '--', ...args] : args.slice(1), { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopOnExit);
  return {
    url: `postgresql://neoterra@localhost/postgres?host=${encodeURIComponent(dir)}&port=${port}`,
    stop: async () => {
      process.off('exit', stopOnExit);
      await as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export { freePort };
