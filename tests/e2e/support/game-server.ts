/**
 * Starts the real game server for one spec, the way `npm start` does (node + tsx, the built client),
 * on its own free port with its own temporary data folder, and stops it afterwards. `crashAndRestart`
 * kills the process outright and starts a new one on the same port and data, as after a server crash.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build.ts';
import { freePort } from '@server/scale/free-port.ts';

export type GameServer = Readonly<{
  url: string;
  port: number;
  dataDir: string;
  stop: () => Promise<void>;
  crashAndRestart: (downMs?: number) => Promise<void>;
  logs: () => string;
}>;

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`game server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok && ((await res.json()) as { status: string }).status === 'ok') return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error('game server did not become healthy in time');
}

function exitOf(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

export async function startGameServer(env: Record<string, string> = {}): Promise<GameServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'neo-terra-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  let child: ChildProcess;

  const launch = async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test', PORT: String(port), DATA_DIR: dataDir, BOT_DELAY_MS: '40', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    try {
      await waitForHealth(url, child, 30_000);
    } catch (error) {
      child.kill('SIGKILL');
      throw new Error(`${(error as Error).message}\n${output}`);
    }
  };

  await launch();
  const stop = async () => {
    const exited = exitOf(child);
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    rmSync(dataDir, { recursive: true, force: true });
  };
  const crashAndRestart = async (downMs = 1500) => {
    const exited = exitOf(child);
    child.kill('SIGKILL');
    await exited;
    await new Promise((r) => setTimeout(r, downMs));
    await launch();
  };
  return { url, port, dataDir, stop, crashAndRestart, logs: () => output };
}
