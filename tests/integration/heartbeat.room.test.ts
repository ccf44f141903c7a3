/**
 * Rooms with no patch-interval tick and the staggered heartbeat (here at 200 ms, cut off after two
 * missed pings, patches only after changes): a player whose network goes silent without closing is
 * noticed and goes through drop → grace → bot like any dropped player, players who answer stay,
 * and phase timers end phases on time although nothing ticks the rooms' clocks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { bootTestServer, type TestServer } from './helpers/test-server.ts';
import { seatPlayers } from './helpers/table.ts';
import { serverState } from './helpers/server-room.ts';
import type { TestPlayer } from './helpers/test-player.ts';

let server: TestServer;
beforeAll(async () => {
  server = await bootTestServer({
    heartbeatMs: 200, heartbeatMaxMissed: 2, reconnectGraceSec: 1,
    patchRateMs: 600_000, // no interval ticks the rooms: only their own timers wake them
    timerScale: 0.01, botDelayMs: 600_000, // phases end by their timers only, bots never move
  });
});
afterAll(async () => {
  await server?.stop();
});

function socketOf(player: TestPlayer): WebSocket & { _socket: { pause(): void } } {
  return (player.room as unknown as { connection: { transport: { ws: WebSocket & { _socket: { pause(): void } } } } }).connection.transport.ws;
}

function seatOf(player: TestPlayer, role: string): { connected: boolean; controller: string } {
  return (player.state.seats as Record<string, { connected: boolean; controller: string }>)[role];
}

describe('the staggered heartbeat', () => {
  it('cuts off a player whose network went silent; their seat is held, then a bot takes it', async () => {
    const { host, players, code } = await seatPlayers(server.url, { seed: 51, rounds: 12, bots: true }, ['Ada', 'Bo']);
    const bo = players[1];
    host.send('hostStart', {});
    await bo.until(() => bo.view?.phase === 'briefing', 'the match to start');
    const silentSince = Date.now();
    socketOf(bo)._socket.pause(); // reads nothing, answers no ping, sends no close frame
    await host.until(() => seatOf(host, 'engineer').connected === false, 'the silent player to count as dropped');
    const noticedAfter = Date.now() - silentSince;
    expect(noticedAfter).toBeGreaterThanOrEqual(200); // at least two pings went unanswered
    expect(noticedAfter).toBeLessThan(5_000);
    expect(serverState(code).seats.engineer.controller).toBe('human'); // the seat waits for them
    await host.until(() => host.notices.some((n) => n.kind === 'botTookSeat' && n.role === 'engineer'), 'the bot to step in');
    expect(serverState(code).seats.engineer.controller).toBe('bot');
    // The host, who answers every ping, is still there after a dozen heartbeats.
    expect(host.left).toBeNull();
    expect(seatOf(host, 'chemist').connected).toBe(true);
    socketOf(bo).terminate();
  });
});

describe('rooms woken by their own timers', () => {
  it('phase timers end phases on time with no patch interval ticking the clock', async () => {
    const { host } = await seatPlayers(server.url, { seed: 52, rounds: 12, bots: true }, ['Cy']);
    host.send('hostStart', {});
    const lateness: number[] = [];
    let previous = 0;
    for (let i = 0; i < 3; i++) {
      await host.until(() => (host.state.deadline as number) > previous, 'the next deadline');
      const deadline = host.state.deadline as number;
      const phase = host.view!.phase;
      await host.until(() => host.view!.phase !== phase, `the end of ${phase}`);
      lateness.push(Date.now() - deadline);
      previous = deadline;
    }
    for (const ms of lateness) {
      expect(ms).toBeGreaterThanOrEqual(-5); // never early (deadlines are whole milliseconds)
      expect(ms).toBeLessThan(250); // not a patch interval late (here it would be ten minutes)
    }
  });
});
