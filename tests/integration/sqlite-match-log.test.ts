/**
 * The SQLite match log beyond the shared store contract: files written with the old layout (log
 * sorted by match) are upgraded once without losing or reordering a move; and the opt-in group
 * commit keeps its promises: the first write of a turn is on disk at once, the others when the
 * turn ends, a refused write fails for its caller, reads, flush, close and exit commit first, and
 * writes SQLite rolls back on a disk error are made again.
 */
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from '@shared/rules/commands.ts';
import type { NewMatch } from '@server/store/match-store.ts';
import { openSqliteMatchStore } from '@server/store/sqlite-match-store.ts';
import { upgradeCommandLog } from '@server/store/sqlite-schema.ts';
import { TurnCommit } from '@server/store/sqlite-turn-commit.ts';
import { defaultConfig } from '@shared/rules/index.ts';

const root = mkdtempSync(path.join(tmpdir(), 'neo-terra-sqlite-log-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
const freshDir = () => path.join(root, `d${++dirs}`);
const dbFile = (dir: string) => path.join(dir, 'neo-terra.sqlite');
const endOfTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const chat = (at: number, text: string): Command => ({ kind: 'intent', actor: 'engineer', at, intent: { type: 'chat', text } });
const textsOf = (log: Command[]) => log.map((c) => (c.kind === 'intent' && c.intent.type === 'chat' ? c.intent.text : '?'));
const match = (id: string): NewMatch => ({
  id, code: 'QW7RT', config: defaultConfig({ rounds: 4 }), seed: 9, createdAt: 1_795_000_000_000,
  settings: { isPublic: false, allowSpectators: true, spectatorDelaySec: 30 },
});

/** The commands table as every release before the append-friendly layout created it. */
const OLD_LAYOUT = `
CREATE TABLE matches (
  id TEXT PRIMARY KEY, code TEXT NOT NULL, config TEXT NOT NULL, seed INTEGER NOT NULL,
  settings TEXT NOT NULL, created_at INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'running',
  finished_at INTEGER, summary TEXT, final_view TEXT
);
CREATE TABLE commands (
  match_id TEXT NOT NULL REFERENCES matches(id), seq INTEGER NOT NULL, command TEXT NOT NULL,
  PRIMARY KEY (match_id, seq)
) WITHOUT ROWID;`;

function writeOldFile(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const db = new Database(dbFile(dir));
  db.pragma('journal_mode = WAL');
  db.exec(OLD_LAYOUT);
  const insertMatch = db.prepare('INSERT INTO matches (id, code, config, seed, settings, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  for (const id of ['old-b', 'old-a']) insertMatch.run(id, 'QW7RT', JSON.stringify(match(id).config), 9, '{}', 1);
  const insert = db.prepare('INSERT INTO commands (match_id, seq, command) VALUES (?, ?, ?)');
  // Interleaved, as two tables playing at once wrote them.
  for (let seq = 0; seq < 40; seq++) for (const id of ['old-b', 'old-a']) insert.run(id, seq, JSON.stringify(chat(seq, `${id} ${seq}`)));
  db.close();
}

const commandsTableSql = (dir: string): string => {
  const db = new Database(dbFile(dir), { readonly: true });
  try {
    return db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'commands'").get()!.sql;
  } finally {
    db.close();
  }
};

describe('the layout of the SQLite command log', () => {
  it('upgrades a file written with the old layout once, keeping every log whole and in order', async () => {
    const dir = freshDir();
    writeOldFile(dir);
    const store = openSqliteMatchStore(dir);
    const expected = (id: string) => Array.from({ length: 40 }, (_, seq) => `${id} ${seq}`);
    expect(textsOf(await store.getCommands('old-a'))).toEqual(expected('old-a'));
    expect(textsOf(await store.getCommands('old-b'))).toEqual(expected('old-b'));
    expect((await store.getMatch('old-a'))?.commandCount).toBe(40);
    expect(() => store.appendCommand('old-a', 39, chat(39, 'impostor'))).toThrow(/UNIQUE/);
    store.appendCommand('old-a', 40, chat(40, 'after the upgrade'));
    store.close();
    expect(commandsTableSql(dir)).not.toMatch(/WITHOUT ROWID/i);
    const again = openSqliteMatchStore(dir);
    expect(textsOf(await again.getCommands('old-a'))).toEqual([...expected('old-a'), 'after the upgrade']);
    again.close();
    const raw = new Database(dbFile(dir));
    expect(upgradeCommandLog(raw)).toBe(false); // already upgraded: nothing to do
    raw.close();
  });

  it('creates new files in the append-friendly layout', () => {
    const dir = freshDir();
    openSqliteMatchStore(dir).close();
    expect(commandsTableSql(dir)).toMatch(/UNIQUE \(match_id, seq\)/);
    expect(commandsTableSql(dir)).not.toMatch(/WITHOUT ROWID/i);
  });
});

/** A second connection, as another process (or the server after a crash) would see the file. */
function observer(dir: string): { count: () => number; close: () => void } {
  const db = new Database(dbFile(dir), { readonly: true });
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM commands').pluck();
  return { count: () => count.get() as unknown as number, close: () => db.close() };
}

describe('group commit (opt-in)', () => {
  it('commits the first write of a turn at once and the others when the turn ends', async () => {
    const dir = freshDir();
    const store = openSqliteMatchStore(dir, { groupCommit: true });
    store.createMatch(match('turns'));
    await endOfTurn();
    const other = observer(dir);
    try {
      store.appendCommand('turns', 0, chat(0, 'zero'));
      expect(other.count()).toBe(1);
      store.appendCommand('turns', 1, chat(1, 'one'));
      store.appendCommand('turns', 2, chat(2, 'two'));
      expect(other.count()).toBe(1);
      expect(store.backlog).toBe(2);
      await endOfTurn();
      expect(other.count()).toBe(3);
      expect(store.backlog).toBe(0);
    } finally {
      other.close();
      store.close();
    }
  });

  it('refuses a duplicate position at once, for its caller, and keeps the rest of the turn', async () => {
    const store = openSqliteMatchStore(freshDir(), { groupCommit: true });
    store.createMatch(match('dup'));
    store.appendCommand('dup', 0, chat(0, 'first'));
    store.appendCommand('dup', 1, chat(1, 'second'));
    expect(() => store.appendCommand('dup', 1, chat(1, 'impostor'))).toThrow(/UNIQUE/);
    store.appendCommand('dup', 2, chat(2, 'third'));
    await endOfTurn();
    expect(textsOf(await store.getCommands('dup'))).toEqual(['first', 'second', 'third']);
    store.close();
  });

  it('commits what is pending before a read, a flush and a close', async () => {
    const dir = freshDir();
    const store = openSqliteMatchStore(dir, { groupCommit: true });
    const other = observer(dir);
    try {
      store.createMatch(match('reads'));
      store.appendCommand('reads', 0, chat(0, 'a'));
      expect((await store.getMatch('reads'))?.commandCount).toBe(1);
      expect(other.count()).toBe(1);
      store.appendCommand('reads', 1, chat(1, 'b'));
      store.appendCommand('reads', 2, chat(2, 'c'));
      await store.flush();
      expect(other.count()).toBe(3);
      store.appendCommand('reads', 3, chat(3, 'd'));
      store.appendCommand('reads', 4, chat(4, 'e'));
      store.close();
      expect(other.count()).toBe(5);
      expect(() => store.appendCommand('reads', 5, chat(5, 'too late'))).toThrow();
    } finally {
      other.close();
    }
  });

  it('commits what is pending when the process exits without closing the store', () => {
    const dir = freshDir();
    const script = path.join(root, 'exit-without-close.ts');
    const storeModule = fileURLToPath(new URL('../../server/src/store/sqlite-match-store.ts', import.meta.url));
    writeFileSync(script, `
      import { openSqliteMatchStore } from ${JSON.stringify(storeModule)};
      const store = openSqliteMatchStore(${JSON.stringify(dir)}, { groupCommit: true });
      store.createMatch(${JSON.stringify(match('exit'))});
      store.appendCommand('exit', 0, ${JSON.stringify(chat(0, 'said just before exit'))});
      if (store.backlog !== 1) throw new Error('expected the move to wait for the end of the turn');
      process.exit(0);
    `);
    execFileSync(process.execPath, ['--import', 'tsx', script], { cwd: fileURLToPath(new URL('../..', import.meta.url)) });
    const other = observer(dir);
    expect(other.count()).toBe(1);
    other.close();
  });
});

describe('TurnCommit after SQLite rolls a transaction back', () => {
  it('writes again the turn’s earlier writes and commits them; only the failed one is lost', async () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE log (text TEXT NOT NULL)');
    db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 1}`);
    const turns = new TurnCommit(db, () => undefined);
    const insert = db.prepare('INSERT INTO log (text) VALUES (?)');
    turns.write(() => insert.run('first, committed at once'));
    turns.write(() => insert.run('second, in the turn’s transaction'));
    // Too big for the pages left: SQLITE_FULL, and SQLite rolls the whole transaction back.
    expect(() => turns.write(() => insert.run('x'.repeat(20_000)))).toThrow(/full/i);
    expect(db.inTransaction).toBe(false);
    expect(turns.backlog).toBe(1);
    await endOfTurn();
    expect(turns.backlog).toBe(0);
    expect(db.prepare('SELECT text FROM log ORDER BY rowid').pluck().all()).toEqual([
      'first, committed at once', 'second, in the turn’s transaction',
    ]);
    db.close();
  });
});
