/**
 * A server killed mid-match (SIGKILL: no goodbye, no flush) and started again resumes the match
 * from its stored log under the same code; the players come back with their seat tokens, the match
 * plays to the end, and its final state equals a replay of the stored log.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ReplayRecord } from '@shared/protocol/http.ts';
import { replay, viewFor } from '@shared/rules/index.ts';
import { autoplay } from './helpers/autoplay.ts';
import { freePort, startServerProcess, type ServerProcess } from './helpers/server-process.ts';
import { fetchJson, roleOf, seatPlayers } from './helpers/table.ts';
import { TestPlayer } from './helpers/test-player.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'neo-terra-restart-'));
let server: ServerProcess | null = null;

afterAll(async () => {
  await server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a server killed mid-match', () => {
  it('resumes the match from its log; players return with their seat tokens; the end equals a replay', async () => {
    const port = await freePort();
    const env = { PORT: String(port), DATA_DIR: dataDir, BOT_DELAY_MS: '0', PATCH_RATE_MS: '20', RECONNECT_GRACE_SEC: '30' };
    const url = `ws://127.0.0.1:${port}`;
    server = await startServerProcess(env);

    const lobby = await seatPlayers(url, { seed: 52, bots: false }, ['Lou']);
    lobby.host.room.reconnection.enabled = false;
    const { host, players, code } = await seatPlayers(url, { seed: 51, rounds: 4, bots: true }, ['Ada', 'Bo']);
    const tokens = players.map((p) => p.welcome!.seatToken!);
    const matchId = host.welcome!.matchId;
    let stops = players.map((p, i) => autoplay(p, 500 + i));
    host.send('hostStart', {});
    await host.until(() => (host.view?.round ?? 0) >= 2, 'round 2', 60_000);
    stops.forEach((stop) => stop());
    players.forEach((p) => (p.room.reconnection.enabled = false));
    const seenBefore = Math.max(...players.map((p) => p.view!.version));

    await server.kill();
    expect(server.child.signalCode).toBe('SIGKILL');
    server = await startServerProcess(env);
    expect(server.output()).toMatch(new RegExp(`resumed .*${code}`));

    // A lobby waits for its players too.
    const lou = await TestPlayer.join(url, lobby.code, { seatToken: lobby.host.welcome!.seatToken! }, 'Lou again');
    await lou.until(() => lou.welcome?.role === 'chemist' && lou.view?.phase === 'lobby', 'the lobby seat back');
    expect(lou.welcome?.isHost).toBe(true);

    const back = await Promise.all(players.map((p, i) => TestPlayer.join(url, code, { seatToken: tokens[i] }, `${p.label} again`)));
    for (const [i, p] of back.entries()) {
      await p.until(() => p.welcome?.role === roleOf(players[i]) && p.view !== null, 'the seat back');
      expect(p.view!.version).toBeGreaterThanOrEqual(seenBefore);
      expect(p.welcome!.matchId).toBe(matchId);
    }
    stops = back.map((p, i) => autoplay(p, 600 + i));
    for (const p of back) await p.until(() => p.view?.phase === 'gameOver', 'game over', 60_000);
    stops.forEach((stop) => stop());

    const { status, body } = await fetchJson(`http://127.0.0.1:${port}/api/matches/${matchId}`);
    expect(status).toBe(200);
    const record = body as ReplayRecord;
    const replayed = replay(record.config, record.seed, record.commands);
    expect(replayed.version).toBe(record.commands.length);
    expect(record.finalView).toEqual(viewFor(replayed, { kind: 'spectator' }));
    for (const p of back) expect(p.view).toEqual(viewFor(replayed, { kind: 'seat', role: roleOf(p) }));
    expect(record.summary.seats.chemist.controller).toBe('human');
  });
});
