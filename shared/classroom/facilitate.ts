/**
 * The facilitator's controls, decided: what a command does to the class and which commands each
 * targeted table's engine receives. Start forms the tables (for "auto") and starts every table still
 * in its lobby; pause freezes a table's clock and resume gives back exactly the time that was left;
 * advance, extend and inject go to the targeted tables only; a student is muted or moved (between
 * rounds); ending closes one table or the whole session. Aimed at all tables, a command skips the
 * tables it does not apply to; aimed at one, it says why it cannot.
 */
import type { ClassError, FacilitatorCommand, FacilitatorPayload } from '../protocol/class-messages.ts';
import type { SystemEvent } from '../rules/commands.ts';
import type { Phase } from '../rules/types.ts';
import { checkInjectable, checkMovable, targetTables } from './class-setup.ts';
import { formTables, studentOf, type ClassSession, type TableControl } from './class-session.ts';
import { pauseExtensionSec } from './dashboard.ts';
import { placementOf, type StudentId } from './seating.ts';
import { moveStudent } from './seating-moves.ts';

/** What the room knows of a table's match right now (undefined for a table not created yet: a fresh lobby). */
export type TableInfo = Readonly<{ phase: Phase; phaseEndsAt: number | null }>;
export type TableOrder = Readonly<{ table: number; event: SystemEvent }>;

export type Facilitation = Readonly<{
  session: ClassSession;
  /** Engine commands, in order. Sync a table's seats (seat-sync.ts) before handing it its start. */
  orders: readonly TableOrder[];
  /** A message for the class ('all': every student, seated or still waiting) or for some tables. */
  broadcast: Readonly<{ tables: readonly number[] | 'all'; text: string }> | null;
  /** Students whose place or mute changed: tell them, and re-sync the seats of their tables. */
  changed: readonly StudentId[];
}>;

type Lookup = (table: number) => TableInfo | undefined;
const LOBBY: TableInfo = { phase: 'lobby', phaseEndsAt: null };

function done(session: ClassSession, orders: TableOrder[] = [], changed: StudentId[] = []): Facilitation {
  return { session, orders, broadcast: null, changed };
}

function withTables(session: ClassSession, update: (c: TableControl, table: number) => TableControl, only: readonly number[]): ClassSession {
  return { ...session, tables: session.tables.map((c, i) => (only.includes(i + 1) ? update(c, i + 1) : c)) };
}

/** The live tables a target names: ended and finished tables are skipped. */
function liveTargets(session: ClassSession, target: FacilitatorPayload<'pause'>['target'], info: Lookup): number[] | ClassError {
  const tables = targetTables(target, session.tables.length);
  if (!Array.isArray(tables)) return tables;
  return tables.filter((t) => !session.tables[t - 1].ended && (info(t) ?? LOBBY).phase !== 'gameOver');
}

function start(session: ClassSession, cmd: FacilitatorPayload<'start'>, info: Lookup): Facilitation | ClassError {
  const formed: ClassSession = { ...formTables(session), status: 'running' };
  const tables = liveTargets(formed, cmd.target, info);
  if (!Array.isArray(tables)) return tables;
  const orders = tables.filter((t) => (info(t) ?? LOBBY).phase === 'lobby').map((table) => ({ table, event: { type: 'startMatch' } as const }));
  return done(formed, orders);
}

function pause(session: ClassSession, cmd: FacilitatorPayload<'pause'>, info: Lookup, now: number): Facilitation | ClassError {
  const tables = liveTargets(session, cmd.target, info);
  if (!Array.isArray(tables)) return tables;
  const single = cmd.target !== 'all';
  if (single && tables.length === 1 && session.tables[tables[0] - 1].pausedAt !== null) return { code: 'alreadyPaused', table: tables[0] };
  return done(withTables(session, (c) => (c.pausedAt === null ? { ...c, pausedAt: now } : c), tables));
}

function resume(session: ClassSession, cmd: FacilitatorPayload<'resume'>, info: Lookup, now: number): Facilitation | ClassError {
  const tables = liveTargets(session, cmd.target, info);
  if (!Array.isArray(tables)) return tables;
  const paused = tables.filter((t) => session.tables[t - 1].pausedAt !== null);
  if (cmd.target !== 'all' && tables.length === 1 && paused.length === 0) return { code: 'notPaused', table: tables[0] };
  const orders: TableOrder[] = [];
  for (const table of paused) {
    const seconds = pauseExtensionSec(session.tables[table - 1].pausedAt!, now);
    if ((info(table) ?? LOBBY).phaseEndsAt !== null && seconds > 0) orders.push({ table, event: { type: 'extendTimer', seconds } });
  }
  return done(withTables(session, (c) => ({ ...c, pausedAt: null }), paused), orders);
}

function perTable(session: ClassSession, target: FacilitatorPayload<'pause'>['target'], info: Lookup, event: SystemEvent, timedOnly: boolean): Facilitation | ClassError {
  const tables = liveTargets(session, target, info);
  if (!Array.isArray(tables)) return tables;
  const chosen = timedOnly ? tables.filter((t) => (info(t) ?? LOBBY).phaseEndsAt !== null) : tables;
  return done(session, chosen.map((table) => ({ table, event })));
}

function advance(session: ClassSession, cmd: FacilitatorPayload<'advancePhase'>, info: Lookup, now: number): Facilitation | ClassError {
  const result = perTable(session, cmd.target, info, { type: 'advancePhase' }, false);
  if ('code' in result) return result;
  // A paused table stays paused in its new phase, whose clock starts (frozen) now.
  const tables = result.orders.map((o) => o.table);
  return { ...result, session: withTables(session, (c) => (c.pausedAt === null ? c : { ...c, pausedAt: now }), tables) };
}

function move(session: ClassSession, cmd: FacilitatorPayload<'moveStudent'>, info: Lookup): Facilitation | ClassError {
  if (!session.seating) return { code: 'unknownTable', table: cmd.table };
  const from = placementOf(session.seating, cmd.studentId);
  if (!from) return { code: 'unknownStudent', studentId: cmd.studentId };
  for (const table of new Set([from.table, cmd.table])) {
    if (table > session.seating.tables) continue; // moveStudent names the unknown table
    const refusal = checkMovable(table, (info(table) ?? LOBBY).phase);
    if (refusal) return refusal;
  }
  const result = moveStudent(session.seating, cmd);
  if ('code' in result) return result;
  return done({ ...session, seating: result.seating }, [], [...result.changed]);
}

function mute(session: ClassSession, cmd: FacilitatorPayload<'muteStudent'>): Facilitation | ClassError {
  if (!studentOf(session, cmd.studentId)) return { code: 'unknownStudent', studentId: cmd.studentId };
  const students = session.students.map((s) => (s.id === cmd.studentId ? { ...s, muted: cmd.muted } : s));
  return done({ ...session, students }, [], [cmd.studentId]);
}

function end(session: ClassSession, cmd: FacilitatorPayload<'endSession'>): Facilitation | ClassError {
  if (cmd.target === 'all') return done({ ...session, status: 'ended', tables: session.tables.map((c) => ({ ...c, ended: true })) });
  const tables = targetTables(cmd.target, session.tables.length);
  if (!Array.isArray(tables)) return tables;
  const next = withTables(session, (c) => ({ ...c, ended: true }), tables);
  return done(next.tables.every((c) => c.ended) ? { ...next, status: 'ended' } : next);
}

/** Decides a facilitator command. `info` describes each table's match; `now` is the room clock (ms). */
export function facilitate(session: ClassSession, command: FacilitatorCommand, info: Lookup, now: number): Facilitation | ClassError {
  if (session.status === 'ended') return { code: 'sessionEnded' };
  switch (command.type) {
    case 'start': return start(session, command, info);
    case 'pause': return pause(session, command, info, now);
    case 'resume': return resume(session, command, info, now);
    case 'advancePhase': return advance(session, command, info, now);
    case 'extendTimer': return perTable(session, command.target, info, { type: 'extendTimer', seconds: command.seconds }, true);
    case 'injectEvent': {
      const refusal = checkInjectable(session.config.scenario, command.cardId);
      return refusal ?? perTable(session, command.target, info, { type: 'injectEvent', cardId: command.cardId }, false);
    }
    case 'broadcast': {
      const tables = command.target === 'all' ? 'all' : targetTables(command.target, session.tables.length);
      return tables === 'all' || Array.isArray(tables) ? { ...done(session), broadcast: { tables, text: command.text } } : tables;
    }
    case 'muteStudent': return mute(session, command);
    case 'moveStudent': return move(session, command, info);
    case 'endSession': return end(session, command);
  }
}
