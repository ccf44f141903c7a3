/**
 * Host rights and seat tokens. Every host-only command (start, kick, retime) from anyone else (a
 * seated player, a guest, a spectator, a player's own second connection, a former host) is refused
 * with `notHost` and changes nothing, in the lobby and in play; host rights pass on when the host
 * leaves and do not come back with an old seat token. Seat tokens are long random strings, all
 * different, useless in another match or once revoked, and no client other than their owner ever
 * receives one, neither in its raw bytes nor from the HTTP API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestServer, type TestServer } from './helpers/test-server.ts';
import { fetchJson, seatPlayers, type Table } from './helpers/table.ts';
import { serverState } from './helpers/server-room.ts';
import { TestPlayer } from './helpers/test-player.ts';
import { leaks, stringSecret } from './helpers/secrets.ts';

const HOST_COMMANDS: readonly [string, unknown][] = [
  ['hostStart', {}],
  ['hostKick', { role: 'engineer' }],
  ['hostKick', { role: 'chemist' }],
  ['hostSetTimers', { timers: { vote: 30 } }],
];

let server: TestServer;
let table: Table;
let guest: TestPlayer;
let spectator: TestPlayer;
let secondTab: TestPlayer;
const everyone = () => [...table.players, guest, spectator, secondTab];

beforeAll(async () => {
  server = await bootTestServer();
  table = await seatPlayers(server.url, { seed: 71, rounds: 4, bots: true }, ['Hana', 'Ivo', 'Jun']);
  guest = await TestPlayer.join(server.url, table.code, { name: 'Kim' }, 'guest');
  spectator = await TestPlayer.join(server.url, table.code, { spectate: true, name: 'Lee' }, 'spectator');
  // Ivo, seated as the engineer, also opens the match as a spectator in another tab.
  secondTab = await TestPlayer.join(server.url, table.code, { spectate: true, name: 'Ivo' }, "Ivo's second tab");
  for (const p of everyone()) await p.until(() => p.view !== null, `${p.label} view`);
});
afterAll(async () => {
  await server?.stop();
});

/** Sends every host command from `sender`; each must be refused with notHost and change nothing. */
async function expectAllRefused(sender: TestPlayer): Promise<void> {
  for (const [type, payload] of HOST_COMMANDS) {
    const version = serverState(table.code).version;
    const heard = sender.rejected.length;
    sender.send(type, payload);
    await sender.until(() => sender.rejected.length > heard, `refusal of ${type}`);
    expect(sender.rejected.at(-1), `${sender.label} ${type}`).toEqual({ type, error: { code: 'notHost' } });
    expect(serverState(table.code).version).toBe(version);
  }
}

describe('host rights', () => {
  it('refuse every host command from anyone but the host, in the lobby', async () => {
    for (const p of [table.players[1], table.players[2], guest, spectator, secondTab]) await expectAllRefused(p);
    expect(serverState(table.code).phase).toBe('lobby');
    expect(serverState(table.code).seats.engineer.controller).toBe('human');
  });

  it('refuse them in play too, while the host can act', async () => {
    table.host.send('hostStart', {});
    await table.host.until(() => table.host.view?.phase === 'briefing', 'the start');
    for (const p of [table.players[1], guest, spectator, secondTab]) await expectAllRefused(p);
    expect(serverState(table.code).seats.engineer.controller).toBe('human');
  });

  it('pass on when the host leaves, and do not come back with the old seat token', async () => {
    const token = table.host.welcome!.seatToken!;
    table.host.room.reconnection.enabled = false;
    await table.host.leave();
    const ivo = table.players[1];
    await ivo.until(() => ivo.welcome?.isHost === true, 'host rights passed to Ivo');
    const back = await TestPlayer.join(server.url, table.code, { seatToken: token }, 'Hana again');
    await back.until(() => back.welcome?.role === 'chemist', 'her seat back');
    expect(back.welcome?.isHost).toBe(false);
    table.players[0] = back;
    await expectAllRefused(back);
  });
});

describe('seat tokens', () => {
  it('are 256-bit random strings, all different', async () => {
    const tokens = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const t = await seatPlayers(server.url, { seed: 900 + i }, ['A', 'B', 'C', 'D']);
      for (const p of t.players) tokens.add(p.welcome!.seatToken!);
      await Promise.all(t.players.map((p) => p.leave()));
    }
    for (const p of table.players) tokens.add(p.welcome!.seatToken!);
    expect(tokens.size).toBe(20 + table.players.length);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // 43 base64url characters hold 258 bits; over all tokens every character class turns up.
    const all = [...tokens].join('');
    for (const cls of [/[A-Z]/, /[a-z]/, /[0-9]/]) expect(all).toMatch(cls);
  });

  it('are refused when guessed, taken from another match, or revoked by a kick', async () => {
    const other = await seatPlayers(server.url, { seed: 950 }, ['Mo', 'Nia']);
    const refusal = (code: string, seatToken: string) =>
      TestPlayer.join(server.url, code, { seatToken }, 'intruder').then((p) => (void p.leave(), null), (e: Error) => e.message);
    expect(await refusal(table.code, 'A'.repeat(43))).toBe('badSeatToken');
    expect(await refusal(table.code, other.players[1].welcome!.seatToken!)).toBe('badSeatToken');
    const kicked = other.players[1].welcome!.seatToken!;
    other.host.send('hostKick', { role: 'engineer' });
    await other.players[1].until(() => other.players[1].welcome?.role === null, 'the kick');
    expect(await refusal(other.code, kicked)).toBe('badSeatToken');
  });

  it('never reach any client but their owner, nor the HTTP API', async () => {
    const tokens = table.players.map((p) => ({ role: p.welcome!.role!, token: p.welcome!.seatToken! }));
    for (const viewer of everyone()) {
      const mine = viewer.welcome?.role ?? null;
      const others = tokens.filter((t) => t.role !== mine).map((t) => stringSecret(`${t.role} token`, t.token));
      expect(leaks(viewer.frames(), others), viewer.label).toEqual([]);
      expect(leaks(viewer.frames(), tokens.filter((t) => t.role === mine).map((t) => stringSecret('own', t.token))).length, viewer.label).toBe(mine ? 1 : 0);
    }
    const live = JSON.stringify((await fetchJson(`${server.http}/api/matches/live`)).body);
    for (const { token } of tokens) expect(live).not.toContain(token);
    expect(JSON.stringify(table.host.state)).not.toMatch(/[A-Za-z0-9_-]{43}/);
  });
});
