/**
 * Spectators: they join by code, see the public table, cannot act, and talk among themselves in a
 * rate-limited chat that seated players never receive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestServer, type TestServer } from './helpers/test-server.ts';
import { seatPlayers, type Table } from './helpers/table.ts';
import { TestPlayer } from './helpers/test-player.ts';

let server: TestServer;
let table: Table;
let alice: TestPlayer;
let bob: TestPlayer;

beforeAll(async () => {
  server = await bootTestServer();
  table = await seatPlayers(server.url, { seed: 81 }, ['Host', 'Pat']);
  table.host.send('hostStart', {});
  alice = await TestPlayer.join(server.url, table.code, { spectate: true, name: 'Alice' }, 'Alice');
  bob = await TestPlayer.join(server.url, table.code, { spectate: true, name: 'Bob' }, 'Bob');
  await bob.until(() => bob.view !== null, 'the spectator view');
});
afterAll(async () => {
  await server?.stop();
});

describe('spectators', () => {
  it('are welcomed as spectators, counted, and see the public view', async () => {
    expect(alice.welcome).toMatchObject({ role: null, seatToken: null, isHost: false, spectator: true, code: table.code });
    await table.host.until(() => table.host.state.spectators === 2, 'the count');
    await alice.until(() => alice.view?.phase !== 'lobby', 'the match view');
    expect(alice.view?.viewer).toEqual({ kind: 'spectator' });
    for (const seat of Object.values(alice.view!.seats)) expect(seat.agenda).toBeUndefined();
  });

  it('chat among themselves; seated players never receive it', async () => {
    alice.send('spectatorChat', { text: 'the smuggler looks nervous' });
    await bob.until(() => bob.spectatorChat.length === 1, 'the chat');
    expect(bob.spectatorChat[0]).toMatchObject({ from: 'Alice', text: 'the smuggler looks nervous' });
    await alice.until(() => alice.spectatorChat.length === 1, 'the echo');
    // Round-trip a seated player's own message so anything sent before it has arrived too.
    const v = table.host.view!.version;
    table.host.send('chat', { text: 'ping' });
    await table.host.until(() => table.host.view!.version > v, 'the ping');
    for (const p of table.players) {
      expect(p.spectatorChat).toEqual([]);
      expect(p.frames().some((f) => f.includes(Buffer.from('the smuggler looks nervous')))).toBe(false);
    }
  });

  it('are rate-limited', async () => {
    const answered = () => bob.spectatorChat.length + bob.rejected.length;
    let limited = false;
    for (let i = 0; i < 6 && !limited; i++) {
      const before = answered();
      bob.send('spectatorChat', { text: `chatter ${i}` });
      await bob.until(() => answered() > before, 'an answer');
      limited = bob.rejected.some((r) => r.type === 'spectatorChat' && r.error.code === 'rateLimited');
    }
    expect(limited).toBe(true);
  });
});
