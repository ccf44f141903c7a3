/**
 * The PostgreSQL tables of the match store: the same three tables as the embedded SQLite file
 * (matches, their command logs, seat tokens), created on first use. Several server processes may
 * start at once against one database, so the creation runs under an advisory lock.
 */
import type pg from 'pg';
import type { Role } from '@shared/rules/types.ts';
import type { StoredMatch } from './match-store.ts';

/** Any fixed 64-bit number: it names the "schema being created" lock for every process. */
const SCHEMA_LOCK_KEY = 7_453_118_902;

/**
 * JSON documents are kept as `json` (not `jsonb`) so they come back byte for byte as written:
 * a replay must read exactly the command that was logged.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS matches (
  id TEXT PRIMARY KEY, code TEXT NOT NULL, config JSON NOT NULL, seed BIGINT NOT NULL,
  settings JSON NOT NULL, created_at BIGINT NOT NULL, status TEXT NOT NULL DEFAULT 'running',
  finished_at BIGINT, summary JSON, final_view JSON
);
CREATE INDEX IF NOT EXISTS matches_status ON matches (status, created_at);
CREATE TABLE IF NOT EXISTS commands (
  match_id TEXT NOT NULL REFERENCES matches (id), seq INTEGER NOT NULL, command JSON NOT NULL,
  PRIMARY KEY (match_id, seq)
);
CREATE TABLE IF NOT EXISTS seat_tokens (
  match_id TEXT NOT NULL REFERENCES matches (id), role TEXT NOT NULL, token TEXT NOT NULL,
  PRIMARY KEY (match_id, role)
);
`;

/** Creates the tables if they are missing; safe to run from many processes at the same time. */
export async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK_KEY]);
    try {
      await client.query(SCHEMA);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

/** A `matches` row as node-postgres returns it: BIGINT arrives as a string, JSON already parsed. */
export type MatchRow = {
  id: string; code: string; config: StoredMatch['config']; seed: string; settings: StoredMatch['settings'];
  created_at: string; status: StoredMatch['status']; finished_at: string | null;
  summary: StoredMatch['summary']; final_view: StoredMatch['finalView'];
};

export type TokenRow = { match_id: string; role: Role; token: string };
export type CountRow = { match_id: string; n: number };

export const SELECT_MATCH = 'SELECT * FROM matches WHERE id = $1';
export const SELECT_UNFINISHED = "SELECT * FROM matches WHERE status = 'running' ORDER BY created_at, id";
export const SELECT_COMMANDS = 'SELECT command FROM commands WHERE match_id = $1 ORDER BY seq';
export const SELECT_TOKENS = 'SELECT match_id, role, token FROM seat_tokens WHERE match_id = ANY($1)';
export const COUNT_COMMANDS = 'SELECT match_id, count(*)::int AS n FROM commands WHERE match_id = ANY($1) GROUP BY match_id';

export const INSERT_MATCH = 'INSERT INTO matches (id, code, config, seed, settings, created_at) VALUES ($1, $2, $3, $4, $5, $6)';
export const UPSERT_TOKEN =
  'INSERT INTO seat_tokens (match_id, role, token) VALUES ($1, $2, $3) ON CONFLICT (match_id, role) DO UPDATE SET token = excluded.token';
export const DELETE_TOKEN = 'DELETE FROM seat_tokens WHERE match_id = $1 AND role = $2';
export const FINISH_MATCH = "UPDATE matches SET status = 'finished', finished_at = $1, summary = $2, final_view = $3 WHERE id = $4";
export const ABANDON_MATCH = "UPDATE matches SET status = 'abandoned' WHERE id = $1 AND status = 'running'";

/** One multi-row insert for a run of consecutive commands (one round trip instead of many). */
export function insertCommands(rows: number): string {
  const tuples = Array.from({ length: rows }, (_, i) => `($${3 * i + 1}, $${3 * i + 2}, $${3 * i + 3})`);
  return `INSERT INTO commands (match_id, seq, command) VALUES ${tuples.join(', ')}`;
}

export function toStored(row: MatchRow, tokens: readonly TokenRow[], commandCount: number): StoredMatch {
  const seatTokens: Partial<Record<Role, string>> = {};
  for (const { role, token } of tokens) seatTokens[role] = token;
  return {
    id: row.id,
    code: row.code,
    config: row.config,
    seed: Number(row.seed),
    settings: row.settings,
    createdAt: Number(row.created_at),
    status: row.status,
    finishedAt: row.finished_at === null ? null : Number(row.finished_at),
    summary: row.summary,
    finalView: row.final_view,
    seatTokens,
    commandCount,
  };
}
