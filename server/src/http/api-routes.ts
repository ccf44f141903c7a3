/**
 * The HTTP API: health for operators and load balancers, the public list of live matches for the
 * Watch page, and finished matches for the replay viewer. A running match's log is never served:
 * it would reveal agendas and covert actions while people are still playing.
 */
import type express from 'express';
import { matchMaker } from '@colyseus/core';
import type { HealthResponse, LiveMatch, LiveMatchesResponse, ReplayRecord } from '@shared/protocol/http.ts';
import { MATCH_ROOM, PROTOCOL_VERSION } from '@shared/protocol/version.ts';
import type { MatchStore } from '../store/match-store.ts';
import type { MatchListing } from '../rooms/match-listing.ts';

export type ApiContext = Readonly<{ store: MatchStore; version: string; isReady: () => boolean }>;

export function mountApiRoutes(app: express.Application, ctx: ApiContext): void {
  app.get('/api/health', (_req, res) => {
    const body: HealthResponse = { status: ctx.isReady() ? 'ok' : 'starting', version: ctx.version, protocolVersion: PROTOCOL_VERSION };
    res.json(body);
  });

  app.get('/api/matches/live', async (_req, res) => {
    const body: LiveMatchesResponse = { matches: await listLiveMatches() };
    res.set('Cache-Control', 'no-store').json(body);
  });

  app.get('/api/matches/:id', async (req, res) => {
    const record = await finishedMatch(ctx.store, req.params.id);
    if (record === 'notFound') res.status(404).json({ error: 'notFound' });
    else if (record === 'notFinished') res.status(409).json({ error: 'notFinished' });
    else res.json(record);
  });
}

/** Public rooms whose match is under way (not in the lobby, not over) and that accept spectators. */
export async function listLiveMatches(): Promise<LiveMatch[]> {
  const rooms = await matchMaker.query({ name: MATCH_ROOM, private: false });
  return rooms
    .map((room) => room.metadata as MatchListing | undefined)
    .filter((m): m is MatchListing => !!m && m.allowSpectators && m.phase !== 'lobby' && m.phase !== 'gameOver')
    .map(({ code, scenario, round, rounds, phase, players, spectators }) => ({ code, scenario, round, rounds, phase, players, spectators }))
    .sort((a, b) => b.spectators - a.spectators || a.code.localeCompare(b.code));
}

async function finishedMatch(store: MatchStore, id: string): Promise<ReplayRecord | 'notFound' | 'notFinished'> {
  const match = await store.getMatch(id);
  if (!match) return 'notFound';
  if (match.status !== 'finished' || !match.summary || !match.finalView || match.finishedAt === null) return 'notFinished';
  return {
    id: match.id,
    code: match.code,
    config: match.config,
    seed: match.seed,
    commands: await store.getCommands(id),
    createdAt: match.createdAt,
    finishedAt: match.finishedAt,
    summary: match.summary,
    finalView: match.finalView,
  };
}
