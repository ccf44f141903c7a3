/**
 * After a restart, which unfinished matches should THIS process open again? Alone, all of them.
 * In a cluster sharing one database, only those no other process is running (not in the shared
 * room list) and that this process claimed first, so two processes starting together never open
 * the same match twice. A claim expires, so a process that fails to resume leaves it to the next.
 */
import { matchMaker, type Presence } from '@colyseus/core';
import type { MatchStore, StoredMatch } from '../store/match-store.ts';

const CLAIM_PREFIX = 'neo-terra:resume-claim:';
const CLAIM_TTL_SEC = 120;

/** What a process knows of the rest of the cluster. */
export type ClusterView = Readonly<{
  /** Which of these room codes are live right now, on any process. */
  liveCodes: (codes: string[]) => Promise<ReadonlySet<string>>;
  /** True for exactly one caller across the cluster (until the claim expires). */
  claim: (matchId: string) => Promise<boolean>;
}>;

/** The first process to increment the shared counter owns the match. */
export async function claimWith(presence: Pick<Presence, 'incr' | 'expire'>, matchId: string): Promise<boolean> {
  const key = CLAIM_PREFIX + matchId;
  const first = (await presence.incr(key)) === 1;
  if (first) await presence.expire(key, CLAIM_TTL_SEC);
  return first;
}

/** The cluster as Colyseus's matchmaker sees it (Redis driver and presence when REDIS_URL is set). */
export const colyseusCluster: ClusterView = {
  liveCodes: async (codes) => new Set((await matchMaker.findRoomsByIds(codes)).keys()),
  claim: (matchId) => claimWith(matchMaker.presence, matchId),
};

/** Wraps `store` so that `listUnfinished` (used only to resume) lists the matches this process may take. */
export function withResumeClaims(store: MatchStore, cluster: ClusterView = colyseusCluster): MatchStore {
  return {
    createMatch: (match) => store.createMatch(match),
    appendCommand: (matchId, seq, command) => store.appendCommand(matchId, seq, command),
    setSeatToken: (matchId, role, token) => store.setSeatToken(matchId, role, token),
    finishMatch: (matchId, result) => store.finishMatch(matchId, result),
    abandonMatch: (matchId) => store.abandonMatch(matchId),
    getMatch: (matchId) => store.getMatch(matchId),
    getCommands: (matchId) => store.getCommands(matchId),
    listUnfinished: async () => claimable(await store.listUnfinished(), cluster),
    // The PostgreSQL store's close waits for its queued writes: hand its promise on.
    close: () => store.close(),
  };
}

async function claimable(unfinished: readonly StoredMatch[], cluster: ClusterView): Promise<StoredMatch[]> {
  if (unfinished.length === 0) return [];
  const live = await cluster.liveCodes(unfinished.map((m) => m.code));
  const mine: StoredMatch[] = [];
  for (const match of unfinished) {
    if (live.has(match.code)) continue; // another process is running it (or its code is taken)
    if (await cluster.claim(match.id)) mine.push(match);
  }
  return mine;
}
