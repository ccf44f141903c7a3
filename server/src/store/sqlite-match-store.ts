/**
 * The embedded match store: one SQLite file (WAL mode) under DATA_DIR. Commands are appended as
 * they are accepted, inside the same process, so a killed server loses nothing it had confirmed.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Command } from '@shared/rules/commands.ts';
import type { Role } from '@shared/rules/types.ts';
import type { FinishedMatch, MatchStore, NewMatch, StoredMatch } from './match-store.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS matches (
  id TEXT PRIMARY KEY, code TEXT NOT NULL, config TEXT NOT NULL, seed INTEGER NOT NULL,
  settings TEXT NOT NULL, created_at INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'running',
  finished_at INTEGER, summary TEXT, final_view TEXT
);
CREATE INDEX IF NOT EXISTS matches_status ON matches(status, created_at);
CREATE TABLE IF NOT EXISTS commands (
  match_id TEXT NOT NULL REFERENCES matches(id), seq INTEGER NOT NULL, command TEXT NOT NULL,
  PRIMARY KEY (match_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS seat_tokens (
  match_id TEXT NOT NULL REFERENCES matches(id), role TEXT NOT NULL, token TEXT NOT NULL,
  PRIMARY KEY (match_id, role)
) WITHOUT ROWID;
`;

type MatchRow = {
  id: string; code: string; config: string; seed: number; settings: string; created_at: number;
  status: StoredMatch['status']; finished_at: number | null; summary: string | null; final_view: string | null;
};

/** Opens (creating if needed) `<dataDir>/neo-terra.sqlite`, or an in-memory database for ':memory:'. */
export function openSqliteMatchStore(dataDir: string): MatchStore {
  const file = dataDir === ':memory:' ? ':memory:' : path.join(dataDir, 'neo-terra.sqlite');
  if (file !== ':memory:') mkdirSync(dataDir, { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL'); // WAL + NORMAL survives a process kill; only an OS crash may lose the tail
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  return new SqliteMatchStore(db);
}

class SqliteMatchStore implements MatchStore {
  private readonly insertMatch;
  private readonly insertCommand;
  private readonly upsertToken;
  private readonly deleteToken;
  private readonly finish;
  private readonly abandon;
  private readonly selectMatch;
  private readonly selectCommands;
  private readonly selectTokens;
  private readonly countCommands;
  private readonly selectUnfinished;

  constructor(private readonly db: Database.Database) {
    this.insertMatch = db.prepare(
      'INSERT INTO matches (id, code, config, seed, settings, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.insertCommand = db.prepare('INSERT INTO commands (match_id, seq, command) VALUES (?, ?, ?)');
    this.upsertToken = db.prepare(
      'INSERT INTO seat_tokens (match_id, role, token) VALUES (?, ?, ?) ON CONFLICT (match_id, role) DO UPDATE SET token = excluded.token',
    );
    this.deleteToken = db.prepare('DELETE FROM seat_tokens WHERE match_id = ? AND role = ?');
    this.finish = db.prepare(
      "UPDATE matches SET status = 'finished', finished_at = ?, summary = ?, final_view = ? WHERE id = ?",
    );
    this.abandon = db.prepare("UPDATE matches SET status = 'abandoned' WHERE id = ? AND status = 'running'");
    this.selectMatch = db.prepare<[string], MatchRow>('SELECT * FROM matches WHERE id = ?');
    this.selectCommands = db.prepare<[string], { command: string }>(
      'SELECT command FROM commands WHERE match_id = ? ORDER BY seq',
    );
    this.selectTokens = db.prepare<[string], { role: Role; token: string }>(
      'SELECT role, token FROM seat_tokens WHERE match_id = ?',
    );
    this.countCommands = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM commands WHERE match_id = ?');
    this.selectUnfinished = db.prepare<[], MatchRow>(
      "SELECT * FROM matches WHERE status = 'running' ORDER BY created_at, id",
    );
  }

  createMatch(m: NewMatch): void {
    this.insertMatch.run(m.id, m.code, JSON.stringify(m.config), m.seed, JSON.stringify(m.settings), m.createdAt);
  }

  appendCommand(matchId: string, seq: number, command: Command): void {
    this.insertCommand.run(matchId, seq, JSON.stringify(command));
  }

  setSeatToken(matchId: string, role: Role, token: string | null): void {
    if (token === null) this.deleteToken.run(matchId, role);
    else this.upsertToken.run(matchId, role, token);
  }

  finishMatch(matchId: string, result: FinishedMatch): void {
    this.finish.run(result.finishedAt, JSON.stringify(result.summary), JSON.stringify(result.finalView), matchId);
  }

  abandonMatch(matchId: string): void {
    this.abandon.run(matchId);
  }

  async getMatch(matchId: string): Promise<StoredMatch | null> {
    const row = this.selectMatch.get(matchId);
    return row ? this.toStored(row) : null;
  }

  async getCommands(matchId: string): Promise<Command[]> {
    return this.selectCommands.all(matchId).map((r) => JSON.parse(r.command) as Command);
  }

  async listUnfinished(): Promise<StoredMatch[]> {
    return this.selectUnfinished.all().map((row) => this.toStored(row));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private toStored(row: MatchRow): StoredMatch {
    const seatTokens: Partial<Record<Role, string>> = {};
    for (const { role, token } of this.selectTokens.all(row.id)) seatTokens[role] = token;
    return {
      id: row.id,
      code: row.code,
      config: JSON.parse(row.config),
      seed: row.seed,
      settings: JSON.parse(row.settings),
      createdAt: row.created_at,
      status: row.status,
      finishedAt: row.finished_at,
      summary: row.summary === null ? null : JSON.parse(row.summary),
      finalView: row.final_view === null ? null : JSON.parse(row.final_view),
      seatTokens,
      commandCount: this.countCommands.get(row.id)?.n ?? 0,
    };
  }
}
