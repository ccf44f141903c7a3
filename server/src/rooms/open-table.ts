/**
 * Opening a table when a room is created: a new match from the creator's options, a rematch with
 * the settings of the match before, or a match interrupted by a restart, rebuilt from its log
 * with the same code so its players can come back with their seat tokens.
 */
import { matchMaker, ServerError } from '@colyseus/core';
import { CREATE_OPTIONS } from '@shared/protocol/room-messages.ts';
import { defaultConfig } from '@shared/rules/index.ts';
import { ROLES, type MatchConfig } from '@shared/rules/types.ts';
import type { ServerSettings } from '../server-settings.ts';
import type { RoomSettings } from '../store/match-store.ts';
import { makeMatchId, makeRoomCode, makeSeed } from './identifiers.ts';
import { checkProtocolVersion, refuse } from './join-policy.ts';
import { MatchSession } from './match-session.ts';
import { MatchTable } from './match-table.ts';
import { PENDING_OPTION, type RoomContext, type RoomPort } from './room-context.ts';

type Spec = Readonly<{ config: MatchConfig; settings: RoomSettings; seed: number }>;

/** The table for a new room; `resumed` tells whether it continues a stored match. */
export async function openTable(room: RoomPort, ctx: RoomContext, options: unknown): Promise<{ table: MatchTable; resumed: boolean }> {
  const key = (options as Record<string, unknown> | null)?.[PENDING_OPTION];
  const pending = typeof key === 'string' ? ctx.pending.get(key) : undefined;
  if (pending) ctx.pending.delete(key as string);
  if (pending?.kind === 'resume') return { table: await resumeTable(room, ctx, pending.matchId), resumed: true };
  const spec = pending?.kind === 'rematch' ? { ...pending, seed: makeSeed() } : specFromOptions(options, ctx.settings);
  const record = { id: makeMatchId(), code: await uniqueCode(), ...spec, createdAt: Date.now() };
  return { table: new MatchTable(room, MatchSession.start(record, ctx.store), ctx), resumed: false };
}

function specFromOptions(options: unknown, settings: ServerSettings): Spec {
  checkProtocolVersion(options);
  const parsed = CREATE_OPTIONS.safeParse(options);
  if (!parsed.success) refuse('invalidOptions');
  const o = parsed.data;
  const base = defaultConfig({ scenario: o.scenario, rounds: o.rounds, botsFillEmptySeats: o.bots });
  const timers = { ...base.timers, ...o.timers };
  // Tests shrink every phase timer; the scaled config is what gets stored, so replays agree.
  const scaled = Object.fromEntries(Object.entries(timers).map(([phase, sec]) => [phase, sec * settings.timerScale]));
  return {
    config: { ...base, timers: scaled as MatchConfig['timers'] },
    settings: { isPublic: o.isPublic, allowSpectators: o.allowSpectators, spectatorDelaySec: o.spectatorDelaySec },
    seed: settings.allowSeedOption && o.seed !== undefined ? o.seed : makeSeed(),
  };
}

async function resumeTable(room: RoomPort, ctx: RoomContext, matchId: string): Promise<MatchTable> {
  const record = await ctx.store.getMatch(matchId);
  if (!record || record.status !== 'running') throw new ServerError(404, `match ${matchId} cannot be resumed`);
  const session = MatchSession.resume(record, await ctx.store.getCommands(matchId), ctx.store);
  const table = new MatchTable(room, session, ctx, record.seatTokens);
  // Players get the usual grace period to come back before bots take their seats.
  if (session.state.phase === 'lobby') return table;
  for (const role of ROLES) {
    if (session.state.seats[role].controller === 'human') table.continuity.awaitReturn(role, ctx.settings.reconnectGraceSec * 1000);
  }
  return table;
}

async function uniqueCode(): Promise<string> {
  for (;;) {
    const code = makeRoomCode();
    if ((await matchMaker.findRoomsByIds([code])).size === 0) return code;
  }
}
