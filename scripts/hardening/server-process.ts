/**
 * The real server as its own process (`node --import tsx server/src/index.ts`), the way `npm start`
 * runs it, on a fixed port and data folder, so a harness can kill it outright (SIGKILL: no
 * goodbye, no flush) at any moment and start it again on the same port and data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@server/scale/free-port.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type ServerProcess = {
  readonly url: string;
  readonly http: string;
  readonly child: ChildProcess;
  output(): string;
  /** SIGKILL and wait for the exit. */
  kill(): Promise<void>;
};

/** Starts the server with `env` (NODE_ENV=test: seeds and timer scaling are honoured); resolves once it listens. */
export function startServerProcess(port: number, dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', CLIENT_DIR: '/nonexistent', PORT: String(port), DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const handle: ServerProcess = {
    url: `ws://127.0.0.1:${port}`,
    http: `http://127.0.0.1:${port}`,
    child,
    output: () => log,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('Neo-Terra listening')) resolve(handle);
    });
    child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited early (${code}):\n${log.slice(-2000)}`)));
  });
}

export { freePort };
