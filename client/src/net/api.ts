/** The game server's HTTP API: live public matches for the Watch page, finished matches for replays. */
import type { LiveMatch, LiveMatchesResponse, ReplayRecord } from '@shared/protocol/http.ts';
import { httpBase } from './sdk.ts';

export class ApiError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${httpBase()}${path}`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new ApiError(response.status);
  return (await response.json()) as T;
}

export async function fetchLiveMatches(): Promise<LiveMatch[]> {
  return (await getJson<LiveMatchesResponse>('/api/matches/live')).matches;
}

export function fetchReplay(id: string): Promise<ReplayRecord> {
  return getJson<ReplayRecord>(`/api/matches/${encodeURIComponent(id)}`);
}
