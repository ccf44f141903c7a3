/**
 * Resume claims on a real Redis: when two processes restart together against one shared store,
 * each interrupted match is handed to exactly one of them, matches another process is running
 * are left alone, and nothing is handed out twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisPresence } from '@colyseus/redis-presence';
import { defaultConfig } from '@shared/rules/index.ts';
import { openSqliteMatchStore } from '@server/store/sqlite-match-store.ts';
import type { MatchStore } from '@server/store/match-store.ts';
import { claimWith, withResumeClaims } from '@server/scale/resume-claims.ts';
import { redisServerPath } from '../support/requirements.ts';
import { startRedis, type TempRedis } from '../support/redis.ts';

const hasRedis = redisServerPath() !== null;
let redis: TempRedis | null = null;
let presences: RedisPresence[] = [];

/** A shared store holding `n` running matches (codes C000…), one finished and one abandoned. */
function sharedStore(n: number): MatchStore {
  const store = openSqliteMatchStore(':memory:');
  const settings = { isPublic: true, allowSpectators: true, spectatorDelaySec: 0 };
  const add = (i: number) => store.createMatch({ id: `m${i}`, code: `C${String(i).padStart(3, '0')}`, config: defaultConfig(), seed: i, settings, createdAt: i });
  for (let i = 0; i < n + 2; i++) add(i);
  store.abandonMatch(`m${n}`);
  store.finishMatch(`m${n + 1}`, { summary: { outcome: null, rounds: 1, seats: {} as never }, finalView: {} as never, finishedAt: 1 });
  return store;
}

describe.skipIf(!hasRedis)('resume claims on Redis', () => {
  beforeAll(async () => {
    redis = await startRedis();
    presences = [new RedisPresence(redis!.url), new RedisPresence(redis!.url), new RedisPresence(redis!.url)];
  });

  afterAll(async () => {
    for (const p of presences) p.shutdown();
    await redis?.stop();
  });

  it('hands every interrupted match to exactly one of two processes restarting together', async () => {
    const store = sharedStore(40);
    const live = new Set(['C007']); // running on a third process that did not restart
    const liveCodes = async (codes: string[]) => new Set(codes.filter((c) => live.has(c)));
    const processes = presences.slice(0, 2).map((presence) => withResumeClaims(store, { liveCodes, claim: (id) => claimWith(presence, id) }));
    const [first, second] = await Promise.all(processes.map((p) => p.listUnfinished()));
    const firstIds = first.map((m) => m.id);
    const secondIds = second.map((m) => m.id);
    expect(firstIds.filter((id) => secondIds.includes(id))).toEqual([]);
    const expected = Array.from({ length: 40 }, (_, i) => `m${i}`).filter((id) => id !== 'm7');
    expect([...firstIds, ...secondIds].sort()).toEqual(expected.sort());
    // A third process starting a moment later finds nothing left to take.
    const late = withResumeClaims(store, { liveCodes, claim: (id) => claimWith(presences[2], id) });
    expect(await late.listUnfinished()).toEqual([]);
    store.close();
  });

  it('passes every other call through to the store', async () => {
    const store = sharedStore(1);
    const wrapped = withResumeClaims(store, { liveCodes: async () => new Set(), claim: async () => true });
    wrapped.appendCommand('m0', 0, { kind: 'system', at: 0, event: { type: 'startMatch' } });
    wrapped.setSeatToken('m0', 'chemist', 'token-for-chemist');
    expect(await wrapped.getCommands('m0')).toEqual([{ kind: 'system', at: 0, event: { type: 'startMatch' } }]);
    expect((await wrapped.getMatch('m0'))?.seatTokens).toEqual({ chemist: 'token-for-chemist' });
    await wrapped.close();
    expect(() => store.createMatch({ id: 'late', code: 'LATE1', config: defaultConfig(), seed: 1, settings: { isPublic: true, allowSpectators: true, spectatorDelaySec: 0 }, createdAt: 1 })).toThrow();
  });
});
