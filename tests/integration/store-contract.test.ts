/**
 * The MatchStore contract, run against every implementation: the embedded SQLite file and a real
 * PostgreSQL server (started for this file). Whatever the store, a match reads back exactly as it
 * was written, its log replays to the same final state, reads see earlier writes, bad writes are
 * refused without losing good ones, and everything survives closing and reopening the store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { replay } from '@shared/rules/index.ts';
import type { Command } from '@shared/rules/commands.ts';
import { runMatch } from '@shared/sim/run-match.ts';
import type { FinishedMatch, MatchStore, NewMatch } from '@server/store/match-store.ts';
import { openSqliteMatchStore } from '@server/store/sqlite-match-store.ts';
import { openPostgresMatchStore } from '@server/store/postgres-match-store.ts';
import { startPostgres, type TempPostgres } from '../support/postgres.ts';
import { postgresBinDir } from '../support/requirements.ts';

/** A store as the contract sees it: PostgreSQL's has `flush()`; SQLite writes are durable at once. */
type ContractStore = MatchStore & { flush?: () => Promise<void> };
type MakeStore = () => Promise<ContractStore>;

const settle = async (store: ContractStore) => store.flush?.();
let serial = 0;
const uniqueId = (label: string) => `${label}-${process.pid}-${++serial}`;

function newMatch(label: string, overrides: Partial<NewMatch> = {}): NewMatch {
  const run = fixtureRun();
  return {
    id: uniqueId(label), code: 'K7QMX', config: run.config, seed: 2 ** 32 - 1,
    settings: { isPublic: false, allowSpectators: true, spectatorDelaySec: 30 }, createdAt: 1_795_000_000_123, ...overrides,
  };
}

/** One real bot match (four rounds): real commands, a real final state, a real final view. */
let cachedRun: ReturnType<typeof runMatch> | null = null;
function fixtureRun(): ReturnType<typeof runMatch> {
  cachedRun ??= runMatch({ seed: 5, rounds: 4 });
  return cachedRun;
}

function finished(): FinishedMatch {
  const seats = { chemist: { name: 'Ada', controller: 'human' }, engineer: { name: 'Bo', controller: 'bot' },
    activist: { name: 'Cy', controller: 'human' }, smuggler: { name: 'Jax', controller: 'open' } } as const;
  const finalView = { version: 172, phase: 'gameOver', note: 'stand-in view', nested: { list: [1, 2.5, null] } };
  return { summary: { outcome: null, rounds: 4, seats }, finalView: finalView as unknown as FinishedMatch['finalView'], finishedAt: 1_795_000_999_999 };
}

const chat = (at: number, text: string): Command => ({ kind: 'intent', actor: 'activist', at, intent: { type: 'chat', text } });

export function describeMatchStoreContract(name: string, makeStore: MakeStore): void {
  describe(`MatchStore contract: ${name}`, () => {
    let store: ContractStore;
    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('reads a new match back as running, with an empty log and no tokens', async () => {
      const match = newMatch('new');
      store.createMatch(match);
      expect(await store.getMatch(match.id)).toEqual({
        ...match, status: 'running', finishedAt: null, summary: null, finalView: null, seatTokens: {}, commandCount: 0,
      });
    });

    it('reads unknown matches as null and an empty log', async () => {
      expect(await store.getMatch('no-such-match')).toBeNull();
      expect(await store.getCommands('no-such-match')).toEqual([]);
    });

    it("returns a real match's log in order, and it replays to the same final state", async () => {
      const run = fixtureRun();
      const match = newMatch('replay', { seed: run.seed });
      store.createMatch(match);
      run.commands.forEach((command, seq) => store.appendCommand(match.id, seq, command));
      const commands = await store.getCommands(match.id);
      expect(commands).toEqual(run.commands);
      expect((await store.getMatch(match.id))?.commandCount).toBe(run.commands.length);
      expect(JSON.stringify(replay(match.config, match.seed, commands))).toBe(JSON.stringify(run.state));
    });

    it('keeps text and numbers exactly: quotes, emoji, NUL, long floats', async () => {
      const match = newMatch('exact');
      store.createMatch(match);
      const texts = [`it's "quoted" \\ back`, 'Ünïcödé 🌍 ǅ', 'nul\u0000inside', ' '.repeat(3) + '\ttab\nline'];
      texts.forEach((text, seq) => store.appendCommand(match.id, seq, chat(0.1 + 0.2 + seq, text)));
      const back = await store.getCommands(match.id);
      expect(back).toEqual(texts.map((text, seq) => chat(0.1 + 0.2 + seq, text)));
      expect(back[0].at).toBe(0.30000000000000004);
    });

    it('lets a read see every write made before it, without waiting', async () => {
      const match = newMatch('read-your-writes');
      store.createMatch(match);
      for (let seq = 0; seq < 300; seq++) store.appendCommand(match.id, seq, chat(seq, `move ${seq}`));
      store.setSeatToken(match.id, 'engineer', 'token-engineer-1');
      const [stored, commands] = await Promise.all([store.getMatch(match.id), store.getCommands(match.id)]);
      expect(stored?.commandCount).toBe(300);
      expect(stored?.seatTokens).toEqual({ engineer: 'token-engineer-1' });
      expect(commands.map((c) => c.at)).toEqual(Array.from({ length: 300 }, (_, i) => i));
    });

    it('refuses a second command at the same log position and keeps the first', async () => {
      const match = newMatch('duplicate');
      store.createMatch(match);
      store.appendCommand(match.id, 0, chat(0, 'first'));
      store.appendCommand(match.id, 1, chat(1, 'second'));
      await settle(store);
      const attempt = async () => {
        store.appendCommand(match.id, 1, chat(1, 'impostor'));
        await settle(store);
      };
      await expect(attempt()).rejects.toThrow();
      store.appendCommand(match.id, 2, chat(2, 'third'));
      expect((await store.getCommands(match.id)).map((c) => c.kind === 'intent' && c.intent.type === 'chat' && c.intent.text))
        .toEqual(['first', 'second', 'third']);
    });

    it('sets, replaces and revokes seat tokens', async () => {
      const match = newMatch('tokens');
      store.createMatch(match);
      store.setSeatToken(match.id, 'chemist', 'chemist-token-1');
      store.setSeatToken(match.id, 'smuggler', 'smuggler-token-1');
      store.setSeatToken(match.id, 'chemist', 'chemist-token-2');
      expect((await store.getMatch(match.id))?.seatTokens).toEqual({ chemist: 'chemist-token-2', smuggler: 'smuggler-token-1' });
      store.setSeatToken(match.id, 'smuggler', null);
      store.setSeatToken(match.id, 'activist', null); // revoking a token that was never set is harmless
      expect((await store.getMatch(match.id))?.seatTokens).toEqual({ chemist: 'chemist-token-2' });
    });

    it('stores the result of a finished match and stops listing it as unfinished', async () => {
      const match = newMatch('finish');
      store.createMatch(match);
      expect((await store.listUnfinished()).map((m) => m.id)).toContain(match.id);
      store.finishMatch(match.id, finished());
      const stored = await store.getMatch(match.id);
      expect(stored).toMatchObject({ status: 'finished', finishedAt: finished().finishedAt, summary: finished().summary });
      expect(stored?.finalView).toEqual(finished().finalView);
      expect((await store.listUnfinished()).map((m) => m.id)).not.toContain(match.id);
    });

    it('keeps an abandoned match without resuming it; a finished match stays finished', async () => {
      const gone = newMatch('abandon');
      const done = newMatch('abandon-finished');
      store.createMatch(gone);
      store.createMatch(done);
      store.finishMatch(done.id, finished());
      store.abandonMatch(gone.id);
      store.abandonMatch(done.id);
      expect((await store.getMatch(gone.id))?.status).toBe('abandoned');
      expect((await store.getMatch(done.id))?.status).toBe('finished');
      const unfinished = (await store.listUnfinished()).map((m) => m.id);
      expect(unfinished).not.toContain(gone.id);
      expect(unfinished).not.toContain(done.id);
    });

    it('lists unfinished matches oldest first, ties by id, with their tokens and log length', async () => {
      const [a, b, c] = ['list-a', 'list-b', 'list-c'].map((label) => newMatch(label));
      store.createMatch({ ...a, createdAt: 3000 });
      store.createMatch({ ...c, createdAt: 1000 });
      store.createMatch({ ...b, createdAt: 1000 });
      store.setSeatToken(c.id, 'activist', 'activist-token-c');
      store.appendCommand(a.id, 0, chat(0, 'hello'));
      const mine = (await store.listUnfinished()).filter((m) => [a.id, b.id, c.id].includes(m.id));
      expect(mine.map((m) => m.id)).toEqual([b.id, c.id, a.id]);
      expect(mine.map((m) => m.seatTokens)).toEqual([{}, { activist: 'activist-token-c' }, {}]);
      expect(mine.map((m) => m.commandCount)).toEqual([0, 0, 1]);
    });

    it('keeps everything after the store is closed and opened again', async () => {
      const writer = await makeStore();
      const match = newMatch('durable');
      writer.createMatch(match);
      fixtureRun().commands.slice(0, 50).forEach((command, seq) => writer.appendCommand(match.id, seq, command));
      writer.setSeatToken(match.id, 'engineer', 'engineer-token-9');
      writer.finishMatch(match.id, finished());
      await writer.close();
      expect(() => writer.appendCommand(match.id, 50, chat(50, 'too late'))).toThrow();
      const reader = await makeStore();
      try {
        expect(await reader.getCommands(match.id)).toEqual(fixtureRun().commands.slice(0, 50));
        expect(await reader.getMatch(match.id)).toMatchObject({ status: 'finished', seatTokens: { engineer: 'engineer-token-9' }, commandCount: 50 });
      } finally {
        await reader.close();
      }
    });
  });
}

// --- the implementations -------------------------------------------------------------------------

const sqliteDir = mkdtempSync(path.join(tmpdir(), 'neo-terra-sqlite-'));
afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));
describeMatchStoreContract('SQLite', async () => openSqliteMatchStore(sqliteDir));

const hasPostgres = Boolean(process.env.TEST_DATABASE_URL) || postgresBinDir() !== null;
let postgres: TempPostgres | null = null;
const quiet = () => undefined;
const makePostgres: MakeStore = async () => {
  if (!postgres) throw new Error('PostgreSQL did not start');
  return openPostgresMatchStore(postgres.url, { log: quiet });
};

describe.skipIf(!hasPostgres)('PostgreSQL', () => {
  beforeAll(async () => {
    postgres = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await postgres?.stop();
  });
  describeMatchStoreContract('PostgreSQL', makePostgres);
  describePostgresOnly(makePostgres);
});

/** What only a networked store has to get right: batches, several processes, one database. */
function describePostgresOnly(makeStore: MakeStore): void {
  describe('PostgreSQL store specifics', () => {
    it('loses no good write when one write of the same batch is refused', async () => {
      const store = await makeStore();
      try {
        const match = newMatch('batch');
        store.createMatch(match);
        store.appendCommand(match.id, 0, chat(0, 'a'));
        store.appendCommand(match.id, 0, chat(0, 'dup')); // same tick: same batch as its neighbours
        store.appendCommand(match.id, 1, chat(1, 'b'));
        store.setSeatToken(match.id, 'chemist', 'chemist-token-b');
        await expect(settle(store)).rejects.toThrow(/1 match store write/);
        expect((await store.getCommands(match.id)).map((c) => c.at)).toEqual([0, 1]);
        expect((await store.getMatch(match.id))?.seatTokens).toEqual({ chemist: 'chemist-token-b' });
        await expect(settle(store)).resolves.toBeUndefined(); // a failure is reported once
      } finally {
        await store.close();
      }
    });

    it('lets several processes open the same fresh database at once and see each other’s writes', async () => {
      const admin = new pg.Client({ connectionString: postgres!.url });
      await admin.connect();
      const db = `fresh_${process.pid}`;
      await admin.query(`DROP DATABASE IF EXISTS ${db}`);
      await admin.query(`CREATE DATABASE ${db}`);
      await admin.end();
      const url = postgres!.url.replace('/postgres?', `/${db}?`);
      const stores = await Promise.all([1, 2, 3].map(() => openPostgresMatchStore(url, { log: quiet })));
      try {
        const match = newMatch('shared');
        stores[0].createMatch(match);
        stores[0].appendCommand(match.id, 0, chat(0, 'from process one'));
        await stores[0].flush();
        expect(await stores[2].getCommands(match.id)).toEqual([chat(0, 'from process one')]);
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });
  });
}
