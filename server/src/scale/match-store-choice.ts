/**
 * Which match store a server uses: PostgreSQL when DATABASE_URL is set (several processes can
 * share it), otherwise the embedded SQLite file under DATA_DIR. In a cluster (REDIS_URL set) the
 * store is wrapped so each interrupted match is resumed by exactly one process.
 */
import type { MatchStore } from '../store/match-store.ts';
import { openPostgresMatchStore } from '../store/postgres-match-store.ts';
import { openSqliteMatchStore } from '../store/sqlite-match-store.ts';
import { withResumeClaims } from './resume-claims.ts';

export type StoreSettings = Readonly<{ dataDir: string; databaseUrl: string | null; redisUrl: string | null }>;

export async function openMatchStore(settings: StoreSettings): Promise<MatchStore> {
  const store = settings.databaseUrl ? await openPostgresMatchStore(settings.databaseUrl) : openSqliteMatchStore(settings.dataDir);
  return settings.redisUrl ? withResumeClaims(store) : store;
}
