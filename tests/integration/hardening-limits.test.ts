/**
 * Every kind of message has a rate or size limit with a clear answer: game intents and chat per
 * seat (a new connection does not refill them), seating and host messages per connection,
 * spectator chat per spectator, and joins and new matches per address (HTTP 429 `tooManyJoins`
 * before a seat is even reserved). Whoever is limited gets `rateLimited` with the wait; nobody
 * else is affected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isJoinRefusal } from '@shared/protocol/join-refusals.ts';
import { PROTOCOL_VERSION } from '@shared/protocol/version.ts';
import { bootTestServer, type TestServer } from './helpers/test-server.ts';
import { seatPlayers, type Table } from './helpers/table.ts';
import { serverState } from './helpers/server-room.ts';
import { TestPlayer } from './helpers/test-player.ts';

let server: TestServer;
let table: Table;

beforeAll(async () => {
  // Behind a (pretend) proxy: the address is X-Forwarded-For's, and this machine's own SDK clients are exempt.
  server = await bootTestServer({ trustProxy: true, joinsPerMinute: 5, createsPerMinute: 2 });
  table = await seatPlayers(server.url, { seed: 61, bots: true }, ['Ada', 'Bo']);
});
afterAll(async () => {
  await server?.stop();
});

/** Sends `count` messages at once and returns the codes of the refusals they drew. */
async function burst(player: TestPlayer, count: number, message: (i: number) => [string, unknown]): Promise<{ codes: string[]; retry: number[] }> {
  const before = player.rejected.length;
  const version = serverState(table.code).version;
  for (let i = 0; i < count; i++) player.send(...message(i));
  // Every message is either refused (to its sender) or accepted (a new version): wait for all answers.
  await player.until(() => player.rejected.length - before + (serverState(table.code).version - version) >= count, `${count} answers`);
  const refusals = player.rejected.slice(before);
  return { codes: refusals.map((r) => r.error.code), retry: refusals.map((r) => ('retryInMs' in r.error ? r.error.retryInMs : 0)) };
}

describe('rate limits on every message kind', () => {
  it('game intents: a burst of 20 per seat, then rateLimited with the wait; other seats are untouched', async () => {
    const [ada, bo] = table.players;
    const { codes, retry } = await burst(ada, 30, (i) => ['ready', { ready: i % 2 === 0 }]);
    expect(codes.filter((c) => c === 'rateLimited').length).toBeGreaterThanOrEqual(8);
    expect(codes.filter((c) => c !== 'rateLimited')).toEqual([]);
    expect(Math.min(...retry)).toBeGreaterThan(0);
    const version = serverState(table.code).version;
    bo.send('ready', { ready: true });
    await bo.until(() => serverState(table.code).version > version, 'the other seat to be heard');
    expect(serverState(table.code).seats.engineer.ready).toBe(true);
  });

  it('chat and whispers: a burst of 5 per seat, and coming back on a new connection does not refill it', async () => {
    const [ada] = table.players;
    const first = await burst(ada, 7, (i) => (i % 2 ? ['whisper', { to: 'engineer', text: `w${i}` }] : ['chat', { text: `c${i}` }]));
    expect(first.codes).toEqual(['rateLimited', 'rateLimited']);
    const again = await TestPlayer.join(server.url, table.code, { seatToken: ada.welcome!.seatToken! }, 'Ada again');
    await again.until(() => again.welcome?.role === 'chemist', 'the seat back');
    again.send('chat', { text: 'new tab, same seat' });
    await again.until(() => again.rejected.length > 0, 'the refusal');
    expect(again.rejected[0].error).toMatchObject({ code: 'rateLimited' });
    table.players[0] = again;
  });

  it('seating, names and host controls: 10 per connection, then rateLimited', async () => {
    const guest = await TestPlayer.join(server.url, table.code, { name: 'Gus' }, 'Gus');
    await guest.until(() => guest.view !== null, 'guest view');
    for (let i = 0; i < 14; i++) guest.send('setName', { name: `Gus ${i}` });
    await guest.until(() => guest.rejected.length >= 4, 'the refusals');
    expect(guest.rejected.map((r) => r.error.code)).toEqual(['rateLimited', 'rateLimited', 'rateLimited', 'rateLimited']);
  });

  it('spectator chat: 3 per spectator, then rateLimited', async () => {
    const spectator = await TestPlayer.join(server.url, table.code, { spectate: true, name: 'Sam' }, 'Sam');
    await spectator.until(() => spectator.view !== null, 'spectator view');
    for (let i = 0; i < 5; i++) spectator.send('spectatorChat', { text: `cheer ${i}` });
    await spectator.until(() => spectator.rejected.length >= 2 && spectator.spectatorChat.length >= 3, 'chat and refusals');
    expect(spectator.rejected.map((r) => r.error.code)).toEqual(['rateLimited', 'rateLimited']);
  });
});

/** A raw matchmaking request as a browser at `address` (behind the proxy) would make it. */
async function matchmake(method: string, target: string, address: string, body: object): Promise<{ status: number; body: { error?: string; roomId?: string }; retryAfter: string | null }> {
  const res = await fetch(`${server.http}/matchmake/${method}/${target}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `${address}, 10.0.0.1` },
    body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, ...body }),
  });
  return { status: res.status, body: (await res.json()) as { error?: string }, retryAfter: res.headers.get('retry-after') };
}

describe('joins and new matches per address', () => {
  it('refuses the sixth join in a minute from one address with 429 tooManyJoins, and nobody else', async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await matchmake('joinById', table.code, '203.0.113.7', { spectate: true }));
    expect(answers.slice(0, 5).map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers[5]).toMatchObject({ status: 429, body: { error: 'tooManyJoins' } });
    expect(Number(answers[5].retryAfter)).toBeGreaterThan(0);
    expect(isJoinRefusal(answers[5].body.error)).toBe(true);
    expect((await matchmake('joinById', table.code, '198.51.100.9', { spectate: true })).status).toBe(200);
  });

  it('refuses the third new match in a minute from one address before any room exists', async () => {
    const rooms = () => serverRoomCount();
    const statuses = [];
    const before = await rooms();
    for (let i = 0; i < 3; i++) statuses.push((await matchmake('create', 'match', '192.0.2.44', { name: `Maker ${i}` })).status);
    expect(statuses).toEqual([200, 200, 429]);
    expect(await rooms()).toBe(before + 2);
  });
});

async function serverRoomCount(): Promise<number> {
  const { matchMaker } = await import('@colyseus/core');
  return (await matchMaker.query({ name: 'match' })).length;
}
