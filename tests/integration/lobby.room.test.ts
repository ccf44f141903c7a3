/**
 * The lobby and the host: choosing, switching and leaving seats, names, readiness; the host's
 * controls (timers before the start, start with or without bots, kicking a seat to a bot);
 * "everyone ready" ending a phase early; and a rematch with the same group.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestServer, type TestServer } from './helpers/test-server.ts';
import { autoplay } from './helpers/autoplay.ts';
import { seatPlayers } from './helpers/table.ts';
import { serverState } from './helpers/server-room.ts';
import { TestPlayer } from './helpers/test-player.ts';

let server: TestServer;
beforeAll(async () => {
  server = await bootTestServer();
});
afterAll(async () => {
  await server?.stop();
});

type SyncedSeat = { name: string; controller: string; connected: boolean; ready: boolean };
const seats = (p: TestPlayer) => p.state.seats as Record<string, SyncedSeat>;

describe('seats in the lobby', () => {
  it('players take, switch, rename and leave seats; tokens follow the seat', async () => {
    const host = await TestPlayer.create(server.url, { seed: 71 }, 'Host');
    const guest = await TestPlayer.join(server.url, host.code, { name: 'Gwen' }, 'Gwen');
    await guest.until(() => guest.welcome !== null, 'welcome');
    expect(guest.welcome).toMatchObject({ role: null, seatToken: null, isHost: false, spectator: false, code: host.code });

    guest.send('claimSeat', { role: 'activist', name: 'Gwen' });
    await guest.until(() => guest.welcome?.role === 'activist', 'the activist seat');
    const firstToken = guest.welcome!.seatToken;
    await host.until(() => seats(host).activist?.name === 'Gwen' && seats(host).activist.connected, 'the synced seat');
    expect(guest.view?.seats.activist.agenda).toBeDefined();
    expect(host.view?.seats.activist.agenda).toBeUndefined();

    guest.send('claimSeat', { role: 'smuggler', name: 'Gwen' });
    await guest.until(() => guest.welcome?.role === 'smuggler', 'the switch');
    await host.until(() => seats(host).activist.controller === 'open' && seats(host).smuggler.name === 'Gwen', 'the synced switch');
    expect(guest.welcome!.seatToken).not.toBe(firstToken);
    expect(guest.view?.seats.activist.agenda).toBeUndefined();

    guest.send('setName', { name: 'Gwendolyn' });
    await host.until(() => seats(host).smuggler.name === 'Gwendolyn', 'the new name');

    guest.send('releaseSeat', {});
    await guest.until(() => guest.welcome?.role === null, 'standing up');
    await host.until(() => seats(host).smuggler.controller === 'open', 'the free seat');
    await expect(TestPlayer.join(server.url, host.code, { seatToken: firstToken })).rejects.toMatchObject({ message: 'badSeatToken' });
  });

  it('without bots the host cannot start with empty seats; with timers changed before the start', async () => {
    const { host, code } = await seatPlayers(server.url, { seed: 72, bots: false }, ['Host']);
    host.send('hostSetTimers', { timers: { negotiation: 240, vote: 20 } });
    await host.until(() => host.view?.config.timers.negotiation === 240, 'the new timers');
    expect(host.view?.config.timers.vote).toBe(20);
    host.send('hostStart', {});
    await host.until(() => host.rejected.some((r) => r.type === 'hostStart'), 'the refusal');
    expect(host.rejected.find((r) => r.type === 'hostStart')?.error).toEqual({ code: 'seatsNotFilled' });
    expect(serverState(code).phase).toBe('lobby');
  });
});

describe('the host during play', () => {
  it('kicks a seat to a bot: the kicked player watches and cannot come back with the old token', async () => {
    const { host, players, code } = await seatPlayers(server.url, { seed: 73 }, ['Host', 'Kim']);
    const kim = players[1];
    const token = kim.welcome!.seatToken!;
    host.send('hostStart', {});
    await host.until(() => host.view?.phase === 'briefing', 'the start');
    host.send('hostKick', { role: 'engineer' });
    await kim.until(() => kim.welcome?.role === null && kim.view?.viewer.kind === 'spectator', 'being unseated');
    await host.until(() => seats(host).engineer.controller === 'bot', 'the bot');
    expect(kim.notices).toContainEqual({ kind: 'botTookSeat', role: 'engineer' });
    expect(kim.view?.seats.engineer.agenda).toBeUndefined();
    await expect(TestPlayer.join(server.url, code, { seatToken: token })).rejects.toMatchObject({ message: 'badSeatToken' });
  });

  it('"everyone ready" ends a phase long before its timer', async () => {
    const { host, players } = await seatPlayers(server.url, { seed: 74, bots: false }, ['A', 'B', 'C', 'D']);
    host.send('hostStart', {});
    await host.until(() => host.view?.phase === 'briefing', 'the briefing');
    const endsAt = host.view!.phaseEndsAt!;
    players.forEach((p) => p.send('ready', { ready: true }));
    await host.until(() => host.view?.phase === 'proposals', 'the proposals');
    expect(host.view!.now).toBeLessThan(endsAt - 20_000);
  });

  it('a newcomer takes over a bot seat between rounds', async () => {
    const { host, code } = await seatPlayers(server.url, { seed: 75 }, ['Host']);
    host.send('hostStart', {});
    await host.until(() => host.view?.phase === 'briefing', 'the briefing');
    const friend = await TestPlayer.join(server.url, code, { name: 'Fay' }, 'Fay');
    friend.send('claimSeat', { role: 'activist', name: 'Fay' });
    await friend.until(() => friend.welcome?.role === 'activist', 'the seat');
    await host.until(() => seats(host).activist.controller === 'human' && seats(host).activist.name === 'Fay', 'the synced seat');
    expect(friend.welcome?.seatToken).toBeTruthy();
    expect(friend.view?.seats.activist.agenda).toBeDefined();
  });

  it('offers a rematch with the same settings once the match is over', async () => {
    const { host, players } = await seatPlayers(server.url, { seed: 76, rounds: 4, timers: { vote: 20 } }, ['Host', 'Rex']);
    const stops = players.map((p, i) => autoplay(p, 700 + i));
    host.send('hostStart', {});
    host.send('rematch', {});
    await host.until(() => host.rejected.some((r) => r.type === 'rematch'), 'the early refusal');
    expect(host.rejected.find((r) => r.type === 'rematch')?.error).toEqual({ code: 'matchNotOver' });
    await host.until(() => host.view?.phase === 'gameOver', 'game over', 60_000);
    stops.forEach((stop) => stop());
    players[1].send('rematch', {});
    await host.until(() => host.notices.some((n) => n.kind === 'rematchReady'), 'the rematch notice');
    const next = host.notices.find((n) => n.kind === 'rematchReady')!.code!;
    expect(next).not.toBe(host.code);
    const again = await TestPlayer.join(server.url, next, { name: 'Host' }, 'Host again');
    await again.until(() => again.view !== null && again.welcome !== null, 'the new lobby');
    expect(again.welcome?.isHost).toBe(true);
    expect(again.view).toMatchObject({ phase: 'lobby', config: host.view!.config });
  });
});
