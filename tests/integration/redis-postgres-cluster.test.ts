/**
 * The full multi-process set-up: two server processes sharing one Redis and one PostgreSQL. When a
 * process is killed mid-match, its restart resumes its own matches from the shared database and
 * leaves the other process's running matches alone; when both restart at once, every interrupted
 * match is resumed exactly once, by one of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, startServerProcess, type ServerProcess } from './helpers/server-process.ts';
import { seatPlayers } from './helpers/table.ts';
import { postgresBinDir, redisServerPath } from '../support/requirements.ts';
import { startPostgres, type TempPostgres } from '../support/postgres.ts';
import { startRedis, type TempRedis } from '../support/redis.ts';

const hasServices = redisServerPath() !== null && (Boolean(process.env.TEST_DATABASE_URL) || postgresBinDir() !== null);
const dataRoot = mkdtempSync(path.join(tmpdir(), 'neo-terra-pg-cluster-'));
let redis: TempRedis | null = null;
let postgres: TempPostgres | null = null;
const processes: ServerProcess[] = [];

type Node = { port: number; url: string; env: Record<string, string> };

async function node(name: string): Promise<Node> {
  const port = await freePort();
  const env = {
    PORT: String(port), REDIS_URL: redis!.url, DATABASE_URL: postgres!.url, PUBLIC_ADDRESS: `127.0.0.1:${port}`,
    DATA_DIR: path.join(dataRoot, name), BOT_DELAY_MS: '0', PATCH_RATE_MS: '20', RECONNECT_GRACE_SEC: '30',
  };
  return { port, url: `ws://127.0.0.1:${port}`, env };
}

async function start(n: Node): Promise<ServerProcess> {
  const p = await startServerProcess(n.env);
  processes.push(p);
  return p;
}

/** Codes the process reported as resumed at start-up ("…; resumed ABCDE, FGHJK"). */
function resumedBy(p: ServerProcess): string[] {
  const match = /resumed ([A-Z0-9, ]+)/.exec(p.output());
  return match ? match[1].split(',').map((c) => c.trim()).filter(Boolean) : [];
}

/** A started match with one person and three bots on the process at `url`. */
async function runningMatch(url: string, seed: number): Promise<string> {
  const table = await seatPlayers(url, { seed, rounds: 12, bots: true }, [`P${seed}`]);
  table.players.forEach((p) => (p.room.reconnection.enabled = false));
  table.host.send('hostStart', {});
  await table.host.until(() => table.host.view !== null && table.host.view.phase !== 'lobby', 'the match to start');
  return table.code;
}

describe.skipIf(!hasServices)('two processes sharing Redis and PostgreSQL', () => {
  beforeAll(async () => {
    [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
  }, 60_000);

  afterAll(async () => {
    // The players' servers were killed under them: their sockets are already closed.
    await Promise.all(processes.map((p) => p.kill()));
    await Promise.all([redis?.stop(), postgres?.stop()]);
    rmSync(dataRoot, { recursive: true, force: true });
  });

  it('a killed process resumes its own matches on restart, and leaves the other process’s alone', async () => {
    const [a, b] = await Promise.all([node('a'), node('b')]);
    const [procA, procB] = await Promise.all([start(a), start(b)]);
    const onA = await runningMatch(a.url, 81);
    const onB = await runningMatch(b.url, 82);
    await procB.kill();
    const restartedB = await start(b);
    expect(resumedBy(restartedB)).toEqual([onB]);
    expect(restartedB.output()).not.toContain(onA);
    expect(procA.child.exitCode).toBeNull();
    await procA.kill();
    await restartedB.kill();
  });

  it('when both restart at once, every interrupted match is resumed exactly once', async () => {
    const [a, b] = await Promise.all([node('a2'), node('b2')]);
    const [procA, procB] = await Promise.all([start(a), start(b)]);
    // Matches left over from the test before were resumed by B and are running again: count them too.
    const codes = [await runningMatch(a.url, 91), await runningMatch(b.url, 92), await runningMatch(a.url, 93)];
    await Promise.all([procA.kill(), procB.kill()]);
    const [againA, againB] = await Promise.all([start(a), start(b)]);
    const resumed = [...resumedBy(againA), ...resumedBy(againB)];
    expect(new Set(resumed).size).toBe(resumed.length);
    for (const code of codes) expect(resumed).toContain(code);
  });
});
