/**
 * Players come and go without breaking the table. A dropped client gets its seat back (the SDK's
 * automatic reconnection, or a manual one with its reconnection token); a refreshed page returns
 * with its seat token; past the grace period a bot plays the seat and hands it back when the
 * player returns; when the host leaves, host rights pass on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@colyseus/sdk';
import type { WebSocket } from 'ws';
import { bootTestServer, type TestServer } from './helpers/test-server.ts';
import { seatPlayers } from './helpers/table.ts';
import { serverState } from './helpers/server-room.ts';
import { TestPlayer } from './helpers/test-player.ts';

const GRACE_SEC = 2;
let server: TestServer;
beforeAll(async () => {
  server = await bootTestServer({ reconnectGraceSec: GRACE_SEC });
});
afterAll(async () => {
  await server?.stop();
});

/** Cuts the client's network connection without a goodbye (the server sees close code 1006). */
function cutNetwork(player: TestPlayer): void {
  (player.room as unknown as { connection: { transport: { ws: WebSocket } } }).connection.transport.ws.terminate();
}

function seatOf(player: TestPlayer, role: string): { connected: boolean; controller: string } {
  return (player.state.seats as Record<string, { connected: boolean; controller: string }>)[role];
}

describe('dropping and coming back', () => {
  it('the SDK reconnects automatically into the same seat, with its private view', async () => {
    const { host, players } = await seatPlayers(server.url, { seed: 31, rounds: 4 }, ['Ada', 'Bo']);
    const bo = players[1];
    bo.room.reconnection.minUptime = 0;
    host.send('hostStart', {});
    await bo.until(() => bo.view?.phase === 'briefing', 'the match to start');
    const sessionId = bo.room.sessionId;
    const notices = bo.notices.length;
    cutNetwork(bo);
    await host.until(() => seatOf(host, 'engineer').connected === false, 'the drop to show');
    expect(seatOf(host, 'engineer').controller).toBe('human');
    await host.until(() => seatOf(host, 'engineer').connected === true, 'the reconnection to show');
    await bo.until(() => bo.welcome?.role === 'engineer' && bo.view?.seats.engineer.agenda !== undefined, 'the seat back');
    expect(bo.room.sessionId).toBe(sessionId);
    expect(bo.notices.length).toBe(notices); // no bot stepped in
    expect(serverState(host.code).seats.engineer.controller).toBe('human');
  });

  it('a manual reconnection with the reconnection token also gets the seat back', async () => {
    const { players } = await seatPlayers(server.url, { seed: 32, rounds: 4 }, ['Ada', 'Bo']);
    const bo = players[1];
    bo.room.reconnection.enabled = false;
    const token = bo.room.reconnectionToken;
    const sessionId = bo.room.sessionId;
    cutNetwork(bo);
    await bo.until(() => bo.left !== null, 'the client to notice');
    bo.adopt(await new Client(server.url).reconnect(token));
    await bo.until(() => bo.welcome?.role === 'engineer' && bo.view !== null, 'the seat back');
    expect(bo.room.sessionId).toBe(sessionId);
    expect(bo.welcome?.seatToken).toBeTruthy();
  });

  it('a refreshed page returns with its seat token while the old connection is still held', async () => {
    const { host, players, code } = await seatPlayers(server.url, { seed: 33, rounds: 4 }, ['Ada', 'Bo']);
    host.send('hostStart', {});
    const bo = players[1];
    const seatToken = bo.welcome!.seatToken!;
    bo.room.reconnection.enabled = false;
    cutNetwork(bo);
    const again = await TestPlayer.join(server.url, code, { seatToken }, 'Bo again');
    await again.until(() => again.welcome?.role === 'engineer' && again.view?.seats.engineer.agenda !== undefined, 'the seat back');
    expect(again.welcome?.seatToken).toBe(seatToken);
    // The old connection's grace period runs out without handing the seat to a bot.
    await host.until(() => seatOf(host, 'engineer').connected === true, 'the new connection to show');
    const v = serverState(code).version;
    again.send('chat', { text: 'back from a refresh' });
    await again.until(() => again.view!.version > v, 'the chat to land');
    expect(serverState(code).seats.engineer.controller).toBe('human');
  });

  it('past the grace period a bot plays the seat, and hands it back when the player returns', async () => {
    const { host, players, code } = await seatPlayers(server.url, { seed: 34, rounds: 4 }, ['Ada', 'Bo']);
    host.send('hostStart', {});
    await host.until(() => host.view?.phase === 'briefing', 'the match to start');
    const bo = players[1];
    const seatToken = bo.welcome!.seatToken!;
    bo.room.reconnection.enabled = false;
    cutNetwork(bo);
    await host.until(() => host.notices.some((n) => n.kind === 'botTookSeat' && n.role === 'engineer'), 'the bot to take over', 15_000);
    expect(seatOf(host, 'engineer').controller).toBe('bot');
    // The bot plays: it says it is ready for the briefing on the engineer's behalf.
    await host.until(() => host.view!.seats.engineer.ready || host.view!.phase !== 'briefing', 'the bot to move');
    const back = await TestPlayer.join(server.url, code, { seatToken }, 'Bo back');
    await back.until(() => back.welcome?.role === 'engineer', 'the seat back');
    await host.until(() => host.notices.some((n) => n.kind === 'seatReturned' && n.role === 'engineer'), 'the hand-back');
    expect(serverState(code).seats.engineer.controller).toBe('human');
    expect(back.view?.seats.engineer.agenda).toBeDefined();
  });

  it('a stale or foreign seat token is refused with a typed reason', async () => {
    const { code } = await seatPlayers(server.url, { seed: 35, rounds: 4 }, ['Ada']);
    await expect(TestPlayer.join(server.url, code, { seatToken: 'x'.repeat(43) })).rejects.toMatchObject({ code: 401, message: 'badSeatToken' });
  });

  it('when the host leaves, host rights pass to a seated player', async () => {
    const { host, players } = await seatPlayers(server.url, { seed: 36, rounds: 4 }, ['Ada', 'Bo']);
    const bo = players[1];
    await host.leave();
    await bo.until(() => bo.welcome?.isHost === true, 'host rights');
    expect(bo.notices.some((n) => n.kind === 'hostChanged' && n.role === 'engineer')).toBe(true);
    expect(seatOf(bo, 'chemist').controller).toBe('open'); // left in the lobby: the seat is free again
    bo.send('hostStart', {});
    await bo.until(() => bo.view?.phase === 'briefing', 'the new host to start the match');
  });
});
