/**
 * Whole matches over the network: four SDK clients create, join by code, take seats and play to
 * the end; one client plays with three bots. The stored log of each finished match replays to the
 * same final state, and the replay API serves finished matches only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay, viewFor } from '@shared/rules/index.ts';
import type { ReplayRecord } from '@shared/protocol/http.ts';
import { ROLES } from '@shared/rules/types.ts';
import { bootTestServer, type TestServer } from './helpers/test-server.ts';
import { autoplay } from './helpers/autoplay.ts';
import { fetchJson, roleOf, seatPlayers } from './helpers/table.ts';
import { serverState } from './helpers/server-room.ts';
import type { TestPlayer } from './helpers/test-player.ts';

let server: TestServer;
beforeAll(async () => {
  server = await bootTestServer();
});
afterAll(async () => {
  await server?.stop();
});

/** The stored record replays to the server's final state, and every client saw that state. */
async function expectReplayMatches(code: string, players: TestPlayer[]): Promise<ReplayRecord> {
  const finalState = serverState(code);
  const matchId = players[0].welcome!.matchId;
  const { status, body } = await fetchJson(`${server.http}/api/matches/${matchId}`);
  expect(status).toBe(200);
  const record = body as ReplayRecord;
  expect(record.commands.length).toBe(finalState.version);
  expect(replay(record.config, record.seed, record.commands)).toEqual(finalState);
  expect(record.finalView).toEqual(viewFor(finalState, { kind: 'spectator' }));
  expect(record.summary.outcome).toEqual(finalState.outcome);
  for (const p of players) expect(p.view).toEqual(viewFor(finalState, { kind: 'seat', role: roleOf(p) }));
  return record;
}

describe('a whole match', () => {
  it('four clients create, join by code, sit and play to the end', async () => {
    const { host, players, code } = await seatPlayers(server.url, { seed: 11, rounds: 4, bots: false }, ['Ada', 'Bo', 'Cy', 'Di']);
    expect(code).toMatch(/^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{5}$/);
    expect(host.welcome?.isHost).toBe(true);
    expect(players.slice(1).every((p) => p.welcome?.isHost === false)).toBe(true);
    expect(new Set(players.map((p) => p.welcome?.seatToken)).size).toBe(4);

    const stops = players.map((p, i) => autoplay(p, 100 + i));
    host.send('hostStart', {});
    await host.until(() => host.view?.phase === 'briefing', 'the first briefing');
    // A running match's log is never served.
    expect((await fetchJson(`${server.http}/api/matches/${host.welcome!.matchId}`)).status).toBe(409);
    for (const p of players) await p.until(() => p.view?.phase === 'gameOver', 'game over', 60_000);
    stops.forEach((stop) => stop());

    const record = await expectReplayMatches(code, players);
    expect(record.summary.rounds).toBe(4);
    expect(ROLES.map((r) => record.summary.seats[r].controller)).toEqual(['human', 'human', 'human', 'human']);
    expect(host.view?.revealed).toBe(true);
    // Moves may lose races to other players (stale version, a deal already answered), but nothing
    // a client sent was malformed, out of its seat, or throttled.
    const protocolErrors = ['invalidMessage', 'unknownMessage', 'rateLimited', 'notSeated', 'notYourSeat', 'spectatorsCannotAct'];
    for (const p of players) expect(p.rejected.filter((r) => protocolErrors.includes(r.error.code))).toEqual([]);
  });

  it('one client plays with three bots', async () => {
    const { host, code } = await seatPlayers(server.url, { seed: 12, rounds: 4, bots: true }, ['Solo']);
    const stop = autoplay(host, 7);
    host.send('hostStart', {});
    await host.until(() => host.view?.phase === 'gameOver', 'game over', 60_000);
    stop();
    const record = await expectReplayMatches(code, [host]);
    expect(ROLES.map((r) => record.summary.seats[r].controller)).toEqual(['human', 'bot', 'bot', 'bot']);
    const botMoves = record.commands.filter((c) => c.kind === 'intent' && c.actor !== 'chemist');
    expect(botMoves.length).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown match', async () => {
    expect((await fetchJson(`${server.http}/api/matches/nope`)).status).toBe(404);
  });
});
