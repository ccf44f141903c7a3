/**
 * Two server processes behind one Redis (Colyseus's Redis presence and driver), as a school district
 * or a streamer would run them: a match created through process A is joined by code through
 * process B; a spectator asking B finds it in the live list and watches it; a player who drops from
 * A reconnects through B into the same seat; and codes never clash between the processes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@colyseus/sdk';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { WebSocket } from 'ws';
import type { LiveMatchesResponse } from '@shared/protocol/http.ts';
import { autoplay } from './helpers/autoplay.ts';
import { fetchJson, seatPlayers } from './helpers/table.ts';
import { freePort, startServerProcess, type ServerProcess } from './helpers/server-process.ts';
import { TestPlayer } from './helpers/test-player.ts';
import { redisServerPath } from '../support/requirements.ts';
import { startRedis, type TempRedis } from '../support/redis.ts';

type Node = { port: number; url: string; http: string; process: ServerProcess };

const hasRedis = redisServerPath() !== null;
const dataRoot = mkdtempSync(path.join(tmpdir(), 'neo-terra-cluster-'));
let redis: TempRedis | null = null;
let a: Node;
let b: Node;
const players: TestPlayer[] = [];

async function startNode(name: string, redisUrl: string): Promise<Node> {
  const port = await freePort();
  const env = {
    PORT: String(port), REDIS_URL: redisUrl, PUBLIC_ADDRESS: `127.0.0.1:${port}`, DATA_DIR: path.join(dataRoot, name),
    BOT_DELAY_MS: '0', PATCH_RATE_MS: '20', RECONNECT_GRACE_SEC: '30',
  };
  return { port, url: `ws://127.0.0.1:${port}`, http: `http://127.0.0.1:${port}`, process: await startServerProcess(env) };
}

/** The address the client's WebSocket actually connected to (the process that hosts the room). */
function socketUrl(player: TestPlayer): string {
  return (player.room as unknown as { connection: { transport: { ws: WebSocket } } }).connection.transport.ws.url;
}

function track(...list: TestPlayer[]): TestPlayer[] {
  players.push(...list);
  return list;
}

describe.skipIf(!hasRedis)('two server processes sharing one Redis', () => {
  beforeAll(async () => {
    redis = await startRedis();
    [a, b] = await Promise.all([startNode('a', redis!.url), startNode('b', redis!.url)]);
  });

  afterAll(async () => {
    await Promise.all(players.map((p) => p.leave()));
    await Promise.all([a?.process.kill(), b?.process.kill()]);
    await redis?.stop();
    rmSync(dataRoot, { recursive: true, force: true });
  });

  it('a match created through A is joined by code through B, into the same room on A', async () => {
    const [host] = track(await TestPlayer.create(a.url, { seed: 61, rounds: 4, bots: true }, 'Ada'));
    await host.until(() => host.welcome !== null && host.view !== null, 'welcome');
    const [guest] = track(await TestPlayer.join(b.url, host.code, { name: 'Bo' }, 'Bo'));
    await guest.until(() => guest.welcome !== null && guest.view !== null, 'welcome through B');
    expect(socketUrl(host)).toContain(`:${a.port}/`);
    expect(socketUrl(guest)).toContain(`:${a.port}/`); // B reserved the seat; the socket went to A
    guest.send('claimSeat', { role: 'engineer', name: 'Bo' });
    await host.until(() => host.view?.seats.engineer.name === 'Bo', 'the guest to sit down, seen from A');
    expect(guest.welcome?.code).toBe(host.code);
  });

  it('a spectator asking B finds a match running on A in the live list, and watches it', async () => {
    const table = await seatPlayers(a.url, { seed: 62, rounds: 4, bots: true }, ['Cy']);
    track(...table.players);
    table.host.send('hostStart', {});
    await table.host.until(() => table.host.view !== null && table.host.view.phase !== 'lobby', 'the match to start');
    let listed: LiveMatchesResponse['matches'][number] | undefined;
    for (let tries = 0; tries < 50 && !listed; tries++) {
      const { body } = await fetchJson(`${b.http}/api/matches/live`);
      listed = (body as LiveMatchesResponse).matches.find((m) => m.code === table.code);
      if (!listed) await new Promise((resolve) => setTimeout(resolve, 100)); // metadata reaches Redis asynchronously
    }
    expect(listed).toMatchObject({ code: table.code, players: 1, rounds: 4 });
    const [watcher] = track(await TestPlayer.join(b.url, table.code, { spectate: true }, 'watcher'));
    await watcher.until(() => watcher.welcome?.spectator === true && watcher.view !== null, 'the spectator view');
    expect(watcher.view?.viewer).toEqual({ kind: 'spectator' });
    const version = watcher.view!.version;
    const stop = autoplay(table.host, 620);
    await watcher.until(() => watcher.view!.version > version, 'the match to move on, seen through B');
    stop();
  });

  it('a player who drops from A reconnects through B into the same seat', async () => {
    const table = await seatPlayers(a.url, { seed: 63, rounds: 4, bots: true }, ['Di', 'Ed']);
    track(...table.players);
    const ed = table.players[1];
    ed.room.reconnection.enabled = false;
    const token = ed.room.reconnectionToken;
    const sessionId = ed.room.sessionId;
    (ed.room as unknown as { connection: { transport: { ws: WebSocket } } }).connection.transport.ws.terminate();
    await ed.until(() => ed.left !== null, 'the client to notice the drop');
    ed.adopt(await new Client(b.url).reconnect(token));
    await ed.until(() => ed.welcome?.role === 'engineer' && ed.view !== null, 'the seat back');
    expect(ed.room.sessionId).toBe(sessionId);
    expect(socketUrl(ed)).toContain(`:${a.port}/`);
    ed.send('setName', { name: 'Ed again' });
    await table.host.until(() => table.host.view?.seats.engineer.name === 'Ed again', 'the returning player to act');
  });

  it('codes are unique across the processes and each one is reachable through the other', async () => {
    const hosts = track(...(await Promise.all(
      Array.from({ length: 12 }, (_, i) => TestPlayer.create(i % 2 ? a.url : b.url, { seed: 70 + i, rounds: 4, isPublic: false }, `H${i}`)),
    )));
    const codes = hosts.map((h) => h.code);
    expect(new Set(codes).size).toBe(codes.length);
    const guests = track(...(await Promise.all(hosts.map((h, i) => TestPlayer.join(i % 2 ? b.url : a.url, h.code, { name: `G${i}` }, `G${i}`)))));
    for (const [i, g] of guests.entries()) {
      await g.until(() => g.welcome?.code === codes[i] && g.view !== null, `join ${codes[i]} through the other process`);
      expect(socketUrl(g)).toContain(`:${i % 2 ? a.port : b.port}/`);
    }
  });
});
