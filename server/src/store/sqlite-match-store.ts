/**
 * The embedded match store: one SQLite file (WAL mode) under DATA_DIR. Commands are appended as
 * they are accepted, inside the same process, and each is committed before the call returns, so a
 * killed server loses nothing it had confirmed. Group commit (several moves per commit) exists as
 * an option but is off: see sqlite-turn-commit.ts for when it would be safe.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Command } from '@shared/rules/commands.ts';
import type { Role } from '@shared/rules/types.ts';
import type { FinishedMatch, MatchStore, NewMatch, StoredMatch } from './match-store.ts';
import { SCHEMA, upgradeCommandLog, type MatchRow } from './sqlite-schema.ts';
import { TurnCommit } from './sqlite-turn-commit.ts';

export type SqliteStoreOptions = Readonly<{
  /**
   * Commit the writes of one event-loop turn together (sqlite-turn-commit.ts). Off by default: a
   * room shows a move before its turn ends, so a kill could lose a move someone had seen.
   */
  groupCommit?: boolean;
  log?: (message: string, error: unknown) => void;
}>;

/** Opens (creating if needed) `<dataDir>/neo-terra.sqlite`, or an in-memory database for ':memory:'. */
export function openSqliteMatchStore(dataDir: string, options: SqliteStoreOptions = {}): SqliteMatchStore {
  const file = dataDir === ':memory:' ? ':memory:' : path.join(dataDir, 'neo-terra.sqlite');
  if (file !== ':memory:') mkdirSync(dataDir, { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL'); // WAL + NORMAL survives a process kill; only an OS crash may lose the tail
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  if (upgradeCommandLog(db)) console.log(`[store] ${file}: command log rewritten in the append-friendly layout (once)`);
  const turns = options.groupCommit ? new TurnCommit(db, options.log ?? logError) : null;
  return new SqliteMatchStore(db, turns);
}

function logError(message: string, error: unknown): void {
  console.error(`[store] ${message}`, error);
}

export class SqliteMatchStore implements MatchStore {
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

  /** Commits what is pending if the process exits without close() (process.exit, a fatal error). */
  private readonly onExit = () => this.commitOnExit();

  constructor(private readonly db: Database.Database, private readonly turns: TurnCommit | null) {
    if (turns && db.name !== ':memory:') process.on('exit', this.onExit);
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
    const config = JSON.stringify(m.config);
    const settings = JSON.stringify(m.settings);
    this.write(() => this.insertMatch.run(m.id, m.code, config, m.seed, settings, m.createdAt));
  }

  appendCommand(matchId: string, seq: number, command: Command): void {
    const text = JSON.stringify(command); // once, even if the write has to be made again
    this.write(() => this.insertCommand.run(matchId, seq, text));
  }

  setSeatToken(matchId: string, role: Role, token: string | null): void {
    if (token === null) this.write(() => this.deleteToken.run(matchId, role));
    else this.write(() => this.upsertToken.run(matchId, role, token));
  }

  finishMatch(matchId: string, result: FinishedMatch): void {
    const summary = JSON.stringify(result.summary);
    const finalView = JSON.stringify(result.finalView);
    this.write(() => this.finish.run(result.finishedAt, summary, finalView, matchId));
  }

  abandonMatch(matchId: string): void {
    this.write(() => this.abandon.run(matchId));
  }

  async getMatch(matchId: string): Promise<StoredMatch | null> {
    this.turns?.commit();
    const row = this.selectMatch.get(matchId);
    return row ? this.toStored(row) : null;
  }

  async getCommands(matchId: string): Promise<Command[]> {
    this.turns?.commit();
    return this.selectCommands.all(matchId).map((r) => JSON.parse(r.command) as Command);
  }

  async listUnfinished(): Promise<StoredMatch[]> {
    this.turns?.commit();
    return this.selectUnfinished.all().map((row) => this.toStored(row));
  }

  /** Resolves once every write made so far is committed; rejects if the disk refused them. */
  async flush(): Promise<void> {
    this.turns?.commit();
  }

  /** Writes made but not committed yet: zero between event-loop turns unless the disk refuses. */
  get backlog(): number {
    return this.turns?.backlog ?? 0;
  }

  /** Commits what is pending, then closes the file; later writes throw. Throws if the commit fails. */
  close(): void {
    process.off('exit', this.onExit);
    if (!this.db.open) return;
    try {
      this.turns?.commit();
    } finally {
      this.db.close();
    }
  }

  private write(run: () => void): void {
    if (this.turns) this.turns.write(run);
    else run();
  }

  private commitOnExit(): void {
    try {
      if (this.db.open) this.turns?.commit();
    } catch (error) {
      console.error(`[store] match store: ${this.backlog} write(s) lost at exit`, error);
    }
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
