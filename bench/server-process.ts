/**
 * Starts the server under test as a child process pinned to one core (`taskset -c 0`): the real
 * Neo-Terra server (server/src/index.ts, SQLite in a temp dir) or the bare `ws` baseline. Waits
 * until its health route answers, and stops it again (SIGTERM, so a CPU profile gets written).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ProbeReading } from './server-probe.ts';
import { freePort } from '@server/scale/free-port.ts';

export type ServerKind = 'colyseus' | 'bare';

export type ServerProcess = Readonly<{
  kind: ServerKind;
  url: string;
  pid: number;
  pinned: boolean;
  /** Where `--cpu-prof` writes its profile (after `stop()`), when profiling. */
  profileDir: string | null;
  /** Asks the server's probe (bench/server-probe.ts) for its event-loop and GC readings since the last ask. */
  probe: () => Promise<ProbeReading | null>;
  stop: () => Promise<void>;
}>;

export type StartOptions = Readonly<{ core: number; profile: boolean; env?: Record<string, string> }>;

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

export function hasTaskset(): boolean {
  return spawnSync('taskset', ['-V']).status === 0;
}

export async function startServerProcess(kind: ServerKind, o: StartOptions): Promise<ServerProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), `neo-terra-bench-${kind}-`));
  const profileDir = o.profile ? path.join(dataDir, 'profile') : null;
  const probeFile = path.join(dataDir, 'probe.json');
  const node = [...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []), '--import', 'tsx', '--import', './bench/server-probe.ts'];
  const entry = kind === 'colyseus'
    ? [...node, 'server/src/index.ts']
    : [...node, 'bench/bare-ws-server.ts', '--port', String(port), '--data-dir', path.join(dataDir, 'db')];
  const pinned = hasTaskset();
  const [command, args] = pinned ? ['taskset', ['-c', String(o.core), process.execPath, ...entry]] : [process.execPath, entry];
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env, PORT: String(port), DATA_DIR: path.join(dataDir, 'db'), CLIENT_DIR: '/nonexistent',
      NODE_ENV: 'production', REDIS_URL: '', DATABASE_URL: '', NEO_TERRA_PROBE_FILE: probeFile, ...o.env,
    },
  });
  const output = captureOutput(child);
  const http = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(http, child, output);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    kind, url: `ws://127.0.0.1:${port}`, pid: child.pid!, pinned, profileDir,
    probe: () => readProbe(child, probeFile),
    stop: async () => {
      await stopChild(child);
      if (!profileDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Keeps the last lines the server printed, to explain a failed start. */
function captureOutput(child: ChildProcess): string[] {
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return lines;
}

async function waitForHealth(http: string, child: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output.join('\n')}`);
    try {
      const res = await fetch(`${http}/api/health`);
      if (res.ok && ((await res.json()) as { status?: string }).status === 'ok') return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not become healthy within ${READY_TIMEOUT_MS} ms:\n${output.join('\n')}`);
}

/** Signals the probe and waits (briefly) for its fresh reading. */
async function readProbe(child: ChildProcess, file: string): Promise<ProbeReading | null> {
  rmSync(file, { force: true });
  child.kill('SIGWINCH');
  // A saturated server handles the signal only when its event loop gets to it.
  for (let waited = 0; waited < 15_000; waited += 20) {
    if (existsSync(file)) {
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as ProbeReading;
      } catch {
        // caught it half-written: read again
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

export { freePort };
