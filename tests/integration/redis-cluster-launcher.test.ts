/**
 * `npm run start:cluster` for local trials: two server processes, a private Redis and one entry
 * point. Through that one address a host creates a match and a friend joins it by code, both
 * ending up on the worker that hosts the room (WebSockets go through the entry under /w<N>/);
 * stopping the launcher stops everything it started.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { WebSocket } from 'ws';
import { fetchJson } from './helpers/table.ts';
import { TestPlayer } from './helpers/test-player.ts';
import { redisServerPath } from '../support/requirements.ts';

const hasRedis = redisServerPath() !== null;
const dataDir = mkdtempSync(path.join(tmpdir(), 'neo-terra-launcher-'));
let launcher: ChildProcess | null = null;
const players: TestPlayer[] = [];

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

/** A base port with the next `n - 1` ports free as well (the entry point and its workers). */
async function freePorts(n: number): Promise<number> {
  for (let base = 30_000 + (process.pid % 1000) * 20; ; base += n) {
    const free = await Promise.all(Array.from({ length: n }, (_, i) => isFree(base + i)));
    if (free.every(Boolean)) return base;
  }
}

function waitForOutput(child: ChildProcess, done: (log: string) => boolean, timeoutMs: number): Promise<string> {
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`launcher output so far:\n${log}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (done(log)) {
        clearTimeout(timer);
        resolve(log);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
  });
}

afterAll(async () => {
  await Promise.all(players.map((p) => p.leave()));
  if (launcher && launcher.exitCode === null) launcher.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(!hasRedis)('the local cluster launcher', () => {
  it('serves a match through one entry point from two processes, and stops cleanly', async () => {
    const port = await freePorts(3);
    launcher = spawn(process.execPath, ['--import', 'tsx', 'server/src/scale/cluster.ts'], {
      env: {
        ...process.env, NODE_ENV: 'test', PORT: String(port), CLUSTER_SIZE: '2', CLUSTER_PUBLIC_HOST: `127.0.0.1:${port}`,
        DATA_DIR: dataDir, CLIENT_DIR: '/nonexistent', REDIS_URL: '', DATABASE_URL: '', BOT_DELAY_MS: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log = await waitForOutput(launcher, (l) => l.includes('Neo-Terra cluster') && (l.match(/Neo-Terra listening/g) ?? []).length === 2, 60_000);
    expect(log).toContain('[w1] Neo-Terra listening');
    expect(log).toContain('[w2] Neo-Terra listening');

    const entry = `ws://127.0.0.1:${port}`;
    const { status, body } = await fetchJson(`http://127.0.0.1:${port}/api/health`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok' });
    const host = await TestPlayer.create(entry, { seed: 5, rounds: 4 }, 'Ada');
    players.push(host);
    await host.until(() => host.welcome !== null && host.view !== null, 'welcome');
    const guests = await Promise.all([1, 2, 3].map((i) => TestPlayer.join(entry, host.code, { name: `G${i}` }, `G${i}`)));
    players.push(...guests);
    const socketOf = (p: TestPlayer) => (p.room as unknown as { connection: { transport: { ws: WebSocket } } }).connection.transport.ws.url;
    const worker = /:(\d+)\/(w\d)\//.exec(socketOf(host));
    expect(worker?.[1]).toBe(String(port)); // through the entry point …
    for (const guest of guests) {
      await guest.until(() => guest.welcome?.code === host.code && guest.view !== null, 'welcome');
      expect(socketOf(guest)).toContain(`:${port}/${worker?.[2]}/`); // … to the worker that hosts the room
    }

    await Promise.all(players.splice(0).map((p) => p.leave()));
    const exited = new Promise<number | null>((resolve) => launcher!.once('exit', (code) => resolve(code)));
    launcher.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(await isFree(port + 1)).toBe(true);
    expect(await isFree(port + 2)).toBe(true);
  });
});
