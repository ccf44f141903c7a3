/**
 * A class's tables as rooms: each table is a match (stored like any match, so it can be exported and
 * replayed) in a room of its own that students join with their student token. The class opens every
 * table's room when it starts, keeps each table's seats in line with the seating plan and who is
 * here (shared/classroom/seat-sync.ts), and holds a table still while it is paused or closed.
 */
import { matchMaker, ServerError } from '@colyseus/core';
import { tableConfig, tableSeeds } from '@shared/classroom/class-setup.ts';
import type { TableInfo } from '@shared/classroom/facilitate.ts';
import { tableRoster } from '@shared/classroom/seating.ts';
import { seatSync, wantedSeats, type StudentPresence } from '@shared/classroom/seat-sync.ts';
import { CLASS_TABLE_ROOM, type ClassConfig } from '@shared/protocol/class-messages.ts';
import type { MatchConfig } from '@shared/rules/types.ts';
import { makeMatchId, makeRoomCode } from '../rooms/identifiers.ts';
import { MatchSession } from '../rooms/match-session.ts';
import { MatchTable } from '../rooms/match-table.ts';
import { PENDING_OPTION, type RoomPort } from '../rooms/room-context.ts';
import type { ClassContext, PendingClassTable, TableOpening } from './class-context.ts';
import type { ClassHub } from './class-hub.ts';
import { TableBinding } from './table-binding.ts';

/** The match every table of the class plays, with the server's timer scale (tests run faster). */
export function classTableConfig(config: ClassConfig, timerScale: number): MatchConfig {
  const base = tableConfig(config);
  const timers = Object.fromEntries(Object.entries(base.timers).map(([phase, sec]) => [phase, sec * timerScale]));
  return { ...base, timers: timers as MatchConfig['timers'] };
}

export function seedOfTable(hub: ClassHub, table: number): number {
  return tableSeeds(hub.session.seed, table, hub.config.sameSeed)[table - 1];
}

/** What facilitate() needs to know of each table (undefined: not opened yet, a fresh lobby). */
export function tableInfo(hub: ClassHub): (table: number) => TableInfo | undefined {
  return (table) => {
    const state = hub.tables.get(table)?.table.state;
    return state ? { phase: state.phase, phaseEndsAt: state.phaseEndsAt } : undefined;
  };
}

/** Asks the matchmaker for one table room (created in this process: the hub lives in its memory). */
export async function requestTableRoom(hub: ClassHub, table: number, opening: TableOpening): Promise<void> {
  const key = makeMatchId();
  hub.ctx.pendingTables.set(key, { hub, table, opening });
  try {
    await matchMaker.handleCreateRoom(CLASS_TABLE_ROOM, { [PENDING_OPTION]: key });
  } finally {
    hub.ctx.pendingTables.delete(key);
  }
}

/** Opens the room of every table of the seating that has none yet; true when any was opened. */
export async function ensureTables(hub: ClassHub): Promise<boolean> {
  const count = hub.session.seating?.tables ?? 0;
  let opened = false;
  for (let table = 1; table <= count; table++) {
    if (hub.tables.has(table)) continue;
    await requestTableRoom(hub, table, { kind: 'new' });
    opened = true;
  }
  return opened;
}

/** The table room's request, checked: only the class itself can ask for a class table. */
export function takePendingTable(ctx: ClassContext, options: unknown): PendingClassTable {
  const key = (options as Record<string, unknown> | null)?.[PENDING_OPTION];
  const pending = typeof key === 'string' ? ctx.pendingTables.get(key) : undefined;
  if (!pending) throw new ServerError(403, 'class tables are opened by their class');
  ctx.pendingTables.delete(key as string);
  return pending;
}

async function uniqueRoomCode(): Promise<string> {
  for (;;) {
    const code = makeRoomCode();
    if ((await matchMaker.findRoomsByIds([code])).size === 0) return code;
  }
}

async function matchSessionFor(hub: ClassHub, table: number, opening: TableOpening): Promise<MatchSession> {
  const { store, settings } = hub.ctx.rooms;
  if (opening.kind === 'resume') {
    const stored = await store.getMatch(opening.matchId);
    if (!stored) throw new ServerError(404, `match ${opening.matchId} is not stored`);
    return MatchSession.resume(stored, await store.getCommands(opening.matchId), store);
  }
  const record = {
    id: makeMatchId(), code: await uniqueRoomCode(), config: classTableConfig(hub.config, settings.timerScale),
    seed: seedOfTable(hub, table), createdAt: Date.now(),
    settings: { isPublic: false, allowSpectators: false, spectatorDelaySec: hub.config.spectatorDelaySec, classId: hub.record.id },
  };
  const session = MatchSession.start(record, store);
  hub.ctx.classes.addTable(hub.record.id, { table, matchId: record.id, code: record.code });
  return session;
}

/** Called by the table room as it is created: the table's match, new or rebuilt from its log. */
export async function openTableMatch(pending: PendingClassTable, port: RoomPort, close: () => void): Promise<TableBinding> {
  const { hub, table, opening } = pending;
  const session = await matchSessionFor(hub, table, opening);
  const binding = new TableBinding(hub, table, new MatchTable(port, session, hub.ctx.rooms), close);
  hub.tables.set(table, binding);
  return binding;
}

/** Brings a table's seats in line with the seating plan and who is here (no change: no command). */
export function syncTable(hub: ClassHub, table: number): void {
  const binding = hub.tables.get(table);
  const seating = hub.session.seating;
  if (!binding || !seating || binding.closed || binding.disposed) return;
  const state = binding.table.state;
  if (state.phase === 'gameOver') return;
  const inLobby = state.phase === 'lobby';
  const now = hub.now();
  const students = new Map<string, StudentPresence>(
    hub.session.students.map((s) => [s.id, { name: s.name, connected: hub.presence.isConnected(s.id, now) }]),
  );
  for (const event of seatSync(state.seats, wantedSeats(tableRoster(seating, table), students, inLobby), inLobby)) {
    binding.table.system(event);
  }
}

export function syncAllTables(hub: ClassHub): void {
  for (const table of hub.tables.keys()) syncTable(hub, table);
}

/**
 * Holds each table still while it is paused or closed, and lets it run otherwise. The moment a table
 * was paused is also noted on its own clock, so its frozen time left reads the same at every look.
 */
export function applyHolds(hub: ClassHub): void {
  for (const [table, binding] of hub.tables) {
    if (binding.disposed) continue;
    const control = hub.session.tables[table - 1];
    const held = !!control && (control.pausedAt !== null || control.ended || hub.session.status === 'ended');
    if (binding.table.isHeld !== held) binding.table.hold(held);
    const pausedAt = control?.pausedAt ?? null;
    if (pausedAt !== binding.pause.since) binding.pause = { since: pausedAt, tableAt: pausedAt === null ? null : binding.table.now() };
  }
}
