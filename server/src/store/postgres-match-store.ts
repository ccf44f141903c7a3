/**
 * The match store on PostgreSQL (when DATABASE_URL is set), for servers that run as several
 * processes or machines. Same contract as the embedded SQLite store, with one trade-off: a write
 * returns before it reaches the database. Writes are queued in order and committed in batches a
 * round trip later (typically under a few ms); `flush()` waits for them, reads and `close()` too.
 * A process killed in that window loses its last moves; a clean shutdown loses nothing.
 */
import pg from 'pg';
import type { Command } from '@shared/rules/commands.ts';
import type { Role } from '@shared/rules/types.ts';
import type { FinishedMatch, MatchStore, NewMatch, StoredMatch } from './match-store.ts';
import {
  ABANDON_MATCH, COUNT_COMMANDS, DELETE_TOKEN, FINISH_MATCH, INSERT_MATCH, migrate, SELECT_COMMANDS, SELECT_MATCH,
  SELECT_TOKENS, SELECT_UNFINISHED, toStored, UPSERT_TOKEN, type CountRow, type MatchRow, type TokenRow,
} from './postgres-schema.ts';
import { PostgresWriteQueue, type Write } from './postgres-write-queue.ts';

export type PostgresStoreOptions = Readonly<{
  /** Connections per process (one writes, the others serve reads such as replays). */
  poolSize?: number;
  log?: (message: string, error: unknown) => void;
}>;

/** Connects to `url`, creates the tables if needed, and returns the store. */
export async function openPostgresMatchStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresMatchStore> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4 });
  // An idle connection that dies must not crash the process; the next query simply reconnects.
  pool.on('error', (error) => (options.log ?? logError)('match store: idle connection lost', error));
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return new PostgresMatchStore(pool, options.log ?? logError);
}

function logError(message: string, error: unknown): void {
  console.error(`[store] ${message}`, error);
}

export class PostgresMatchStore implements MatchStore {
  private readonly writes: PostgresWriteQueue;
  private closing: Promise<void> | null = null;

  constructor(private readonly pool: pg.Pool, log: (message: string, error: unknown) => void) {
    this.writes = new PostgresWriteQueue(pool, log);
  }

  createMatch(m: NewMatch): void {
    this.write({ text: INSERT_MATCH, values: [m.id, m.code, JSON.stringify(m.config), m.seed, JSON.stringify(m.settings), m.createdAt] });
  }

  appendCommand(matchId: string, seq: number, command: Command): void {
    this.write({ command: [matchId, seq, JSON.stringify(command)] });
  }

  setSeatToken(matchId: string, role: Role, token: string | null): void {
    if (token === null) this.write({ text: DELETE_TOKEN, values: [matchId, role] });
    else this.write({ text: UPSERT_TOKEN, values: [matchId, role, token] });
  }

  finishMatch(matchId: string, r: FinishedMatch): void {
    this.write({ text: FINISH_MATCH, values: [r.finishedAt, JSON.stringify(r.summary), JSON.stringify(r.finalView), matchId] });
  }

  abandonMatch(matchId: string): void {
    this.write({ text: ABANDON_MATCH, values: [matchId] });
  }

  async getMatch(matchId: string): Promise<StoredMatch | null> {
    const [match] = await this.readMatches(SELECT_MATCH, [matchId]);
    return match ?? null;
  }

  async getCommands(matchId: string): Promise<Command[]> {
    await this.writes.settled();
    const { rows } = await this.pool.query<{ command: Command }>(SELECT_COMMANDS, [matchId]);
    return rows.map((r) => r.command);
  }

  async listUnfinished(): Promise<StoredMatch[]> {
    return this.readMatches(SELECT_UNFINISHED, []);
  }

  /** Resolves once every write made so far is in the database; rejects if any of them failed. */
  flush(): Promise<void> {
    return this.writes.flush();
  }

  /** Writes accepted but not yet in the database (an operator's gauge of database lag). */
  get backlog(): number {
    return this.writes.backlog;
  }

  /** Waits for the queued writes, then closes the connections. Later writes throw. */
  close(): Promise<void> {
    this.closing ??= this.writes.settled().then(() => this.pool.end());
    return this.closing;
  }

  private write(write: Write): void {
    // Like a closed SQLite database: a write after close is a programming error, not a silent loss.
    if (this.closing) throw new Error('match store is closed');
    this.writes.push(write);
  }

  /** Reads see every write made before them (the queue is drained first). */
  private async readMatches(text: string, values: unknown[]): Promise<StoredMatch[]> {
    await this.writes.settled();
    const { rows } = await this.pool.query<MatchRow>(text, values);
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [tokens, counts] = await Promise.all([
      this.pool.query<TokenRow>(SELECT_TOKENS, [ids]),
      this.pool.query<CountRow>(COUNT_COMMANDS, [ids]),
    ]);
    const countOf = new Map(counts.rows.map((c) => [c.match_id, c.n]));
    const tokensOf = new Map<string, TokenRow[]>();
    for (const t of tokens.rows) tokensOf.set(t.match_id, [...(tokensOf.get(t.match_id) ?? []), t]);
    return rows.map((row) => toStored(row, tokensOf.get(row.id) ?? [], countOf.get(row.id) ?? 0));
  }
}
