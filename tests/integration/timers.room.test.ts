/**
 * Phase timers run on the room clock (here scaled down a hundredfold): no phase can stall a match
 * even when nobody does anything, and a player who lets phases run out is warned, then replaced by
 * a bot until they act again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestServer, type TestServer } from './helpers/test-server.ts';
import { seatPlayers } from './helpers/table.ts';
import { serverState } from './helpers/server-room.ts';

let server: TestServer;
beforeAll(async () => {
  // Bots take their time, so the match is still running when the idle player comes back.
  server = await bootTestServer({ timerScale: 0.01, idleWarnPhases: 1, idleBotPhases: 2, botDelayMs: 50 });
});
afterAll(async () => {
  await server?.stop();
});

describe('phase timers', () => {
  it('phases end on their timers when nobody acts, and an idle player is warned, then a bot steps in', async () => {
    const { host, code } = await seatPlayers(server.url, { seed: 41, rounds: 12, bots: true }, ['Idle']);
    host.send('hostStart', {});
    await host.until(() => host.view?.phase === 'briefing', 'the match to start');
    expect(serverState(code).config.timers.briefing).toBeCloseTo(0.3); // 30 s scaled by 0.01
    await host.until(() => host.notices.some((n) => n.kind === 'inactivityWarning' && n.role === 'chemist'), 'the warning');
    expect(host.view!.phase).not.toBe('briefing');
    await host.until(() => host.notices.some((n) => n.kind === 'botTookSeat' && n.role === 'chemist'), 'the bot to step in');
    expect(serverState(code).seats.chemist.controller).toBe('bot');
    expect((host.state.seats as Record<string, { controller: string }>).chemist.controller).toBe('bot');
    // Acting again takes the seat back.
    host.send('chat', { text: 'sorry, I am back' });
    await host.until(() => host.notices.some((n) => n.kind === 'seatReturned' && n.role === 'chemist'), 'the seat back');
    await host.until(() => host.view!.chat.some((m) => m.text === 'sorry, I am back' && m.from === 'chemist'), 'the chat');
    expect(serverState(code).seats.chemist.controller).toBe('human');
  });

  it('the synced deadline gives clients a wall-clock countdown', async () => {
    const { host } = await seatPlayers(server.url, { seed: 42, rounds: 4, bots: true }, ['Clock']);
    host.send('hostStart', {});
    await host.until(() => (host.state.phaseEndsAt as number) > 0, 'a deadline');
    const { phaseEndsAt, deadline } = host.state as { phaseEndsAt: number; deadline: number };
    expect(phaseEndsAt).toBe(host.view!.phaseEndsAt);
    expect(deadline).toBeGreaterThan(Date.now() - 5_000);
    expect(deadline).toBeLessThan(Date.now() + 60_000);
  });
});
