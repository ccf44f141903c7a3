/**
 * The tables of the embedded SQLite match store (matches, their command logs, seat tokens) and the
 * one-time upgrade of files written by earlier versions. The command log is kept in the order moves
 * arrive, all tables mixed, with an index to find one match's moves: logging a move then only adds
 * to the end of the file instead of reshuffling the middle of a table sorted by match.
 */
import type Database from 'better-sqlite3';
import type { StoredMatch } from './match-store.ts';

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS matches (
  id TEXT PRIMARY KEY, code TEXT NOT NULL, config TEXT NOT NULL, seed INTEGER NOT NULL,
  settings TEXT NOT NULL, created_at INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'running',
  finished_at INTEGER, summary TEXT, final_view TEXT
);
CREATE INDEX IF NOT EXISTS matches_status ON matches(status, created_at);
CREATE TABLE IF NOT EXISTS commands (
  match_id TEXT NOT NULL REFERENCES matches(id), seq INTEGER NOT NULL, command TEXT NOT NULL,
  UNIQUE (match_id, seq)
);
CREATE TABLE IF NOT EXISTS seat_tokens (
  match_id TEXT NOT NULL REFERENCES matches(id), role TEXT NOT NULL, token TEXT NOT NULL,
  PRIMARY KEY (match_id, role)
) WITHOUT ROWID;
`;

/**
 * Earlier versions kept the log in a WITHOUT ROWID table sorted by (match, position). With many
 * matches running, every insert landed mid-table and SQLite rebalanced two or three pages per move
 * (twice the disk writes of an append), so such a file's log is rewritten once, at startup, in one
 * transaction. Returns whether it did.
 */
export function upgradeCommandLog(db: Database.Database): boolean {
  const table = db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'commands'").get();
  if (!table || !/WITHOUT\s+ROWID/i.test(table.sql)) return false;
  db.transaction(() => {
    db.exec('ALTER TABLE commands RENAME TO commands_before_upgrade');
    db.exec(SCHEMA);
    db.exec(`INSERT INTO commands (match_id, seq, command)
      SELECT match_id, seq, command FROM commands_before_upgrade ORDER BY match_id, seq`);
    db.exec('DROP TABLE commands_before_upgrade');
  })();
  return true;
}

export type MatchRow = {
  id: string; code: string; config: string; seed: number; settings: string; created_at: number;
  status: StoredMatch['status']; finished_at: number | null; summary: string | null; final_view: string | null;
};
