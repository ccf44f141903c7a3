/**
 * A flood from one client never slows the others. Four players in four lobbies toggle "ready" and
 * time how long each change takes to come back (action → update), first in quiet, then while other
 * clients flood: a seated player at the edge of the message limit in one of the same rooms, a
 * spectator spamming chat and junk, raw garbage frames, a client past the 40 messages/s limit, and
 * frames over the 16 KiB size limit. The server runs in its own process, as in production. The
 * bound is generous (CI machines are shared); the figures are printed for the record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { garbageFrame, makeRand, textOfLength } from '@shared/fuzz/index.ts';
import { ROLES, type Role } from '@shared/rules/types.ts';
import { WireClient } from '../../scripts/hardening/wire-client.ts';
import { freePort, startServerProcess, type ServerProcess } from './helpers/server-process.ts';

const SAMPLES = 25;
/** Between two toggles of one player: 4 a second, under the 5/s sustained intent limit. */
const PACE_MS = 250;
const FLOOD_BOUND_P99_MS = 250;

const dataDir = mkdtempSync(path.join(tmpdir(), 'neo-terra-flood-'));
let server: ServerProcess;
let url: string;
const players: { client: WireClient; role: Role }[] = [];

const pace = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One player's action→update times: toggle ready, wait for the view that shows it. */
async function measure(client: WireClient, role: Role): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const want = !client.view!.seats[role].ready;
    const sent = performance.now();
    client.send('ready', { ready: want });
    await client.until(() => client.view!.seats[role].ready === want, 'the ready toggle', 10_000);
    times.push(performance.now() - sent);
    await pace(PACE_MS);
  }
  return times;
}

async function measureAll(): Promise<number[]> {
  return (await Promise.all(players.map((p) => measure(p.client, p.role)))).flat();
}

type Flood = { stop: () => Promise<void>; stats: { sent: number; rateLimited: number; drops: number; rejoins: number } };

/** Floods of every kind, each from its own client; dropped ones come back and carry on. */
function startFloods(codes: string[]): Flood {
  const rand = makeRand(99);
  const stats = { sent: 0, rateLimited: 0, drops: 0, rejoins: 0 };
  let running = true;
  const loops: Promise<void>[] = [];
  const loop = (label: string, join: () => Promise<WireClient>, everyMs: number, act: (c: WireClient) => void) => {
    loops.push((async () => {
      let client = await join();
      while (running) {
        if (!client.open) {
          stats.drops += 1;
          stats.rateLimited += client.rejected.filter((r) => r.error.code === 'rateLimited').length;
          client = await join().catch(() => client);
          stats.rejoins += 1;
        }
        act(client);
        stats.sent += 1;
        await pace(everyMs);
      }
      stats.rateLimited += client.rejected.filter((r) => r.error.code === 'rateLimited').length;
      await client.leave();
    })().catch((error) => { throw new Error(`${label}: ${(error as Error).message}`); }));
  };
  let seated: Promise<WireClient> | null = null;
  loop('seated flooder', () => (seated ??= seatFlooder(codes[0])), 27, (c) =>
    c.send(...(rand.chance(0.5) ? ['chat', { text: textOfLength(rand, 200) }] : ['ready', { ready: rand.chance(0.5) }]) as [string, unknown]));
  loop('spectator flooder', () => WireClient.join(url, codes[1], { spectate: true, name: 'Loud' }, 'loud'), 27, (c) =>
    c.send(...(rand.chance(0.5) ? ['spectatorChat', { text: 'spam' }] : ['castVote', { junk: textOfLength(rand, 500) }]) as [string, unknown]));
  for (const code of [codes[2], codes[3]]) {
    loop('garbage frames', () => WireClient.join(url, code, { name: 'junk' }, 'junk'), 5, (c) => c.raw(garbageFrame(rand).data));
  }
  loop('past the message limit', () => WireClient.join(url, codes[2], { name: 'fast' }, 'fast'), 4, (c) => c.send('chat', { text: 'x' }));
  loop('oversized frames', () => WireClient.join(url, codes[3], { name: 'big' }, 'big'), 100, (c) => c.send('chat', { text: 'y'.repeat(20_000) }));
  return { stats, stop: async () => { running = false; await Promise.all(loops); } };
}

/** A player who takes the last open seat of a lobby and then floods it. */
async function seatFlooder(code: string): Promise<WireClient> {
  const c = await WireClient.join(url, code, { name: 'Flood' }, 'flooder');
  c.send('claimSeat', { role: 'smuggler', name: 'Flood' });
  await c.until(() => c.welcome?.role === 'smuggler', 'the flooder seat');
  return c;
}

beforeAll(async () => {
  const port = await freePort();
  url = `ws://127.0.0.1:${port}`;
  server = await startServerProcess({ PORT: String(port), DATA_DIR: dataDir, BOT_DELAY_MS: '0', PATCH_RATE_MS: '50' });
  for (let i = 0; i < 4; i++) {
    const client = await WireClient.create(url, { seed: 300 + i, bots: true }, `player ${i}`);
    await client.until(() => client.view !== null, 'the lobby view');
    client.send('claimSeat', { role: ROLES[i], name: `Player ${i}` });
    await client.until(() => client.welcome?.role === ROLES[i], 'the seat');
    players.push({ client, role: ROLES[i] });
  }
}, 60_000);
afterAll(async () => {
  await Promise.all(players.map((p) => p.client.leave()));
  await server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a flood from one client', () => {
  it("does not slow the other players' updates beyond the bound", async () => {
    const quiet = await measureAll();
    const flood = startFloods(players.map((p) => p.client.code));
    await pace(500); // let every flood get going before measuring
    const loud = await measureAll();
    await flood.stop();
    const figures = {
      quiet: { p50: percentile(quiet, 50), p99: percentile(quiet, 99), max: Math.max(...quiet) },
      flood: { p50: percentile(loud, 50), p99: percentile(loud, 99), max: Math.max(...loud) },
      floodStats: flood.stats,
    };
    console.log(`[flood] action→update ms (${quiet.length} samples each): ${JSON.stringify(figures)}`);
    expect(flood.stats.sent).toBeGreaterThan(500);
    expect(flood.stats.drops).toBeGreaterThan(0); // past the message and size limits, clients are dropped
    expect(figures.flood.p99).toBeLessThan(FLOOD_BOUND_P99_MS);
    expect(server.child.exitCode).toBeNull();
  });
});
