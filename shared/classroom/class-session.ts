/**
 * A class as the room keeps it: the teacher's settings and seed, the students in the order they
 * joined (with their names and whether they are muted), the seating plan, and each table's control
 * state (paused since when, ended). With a fixed number of tables, students are seated as they join;
 * with "auto", they gather until the teacher starts, and the tables are formed then. Pure data and
 * functions: the room stores it, and can rebuild it after a restart.
 */
import { MAX_CLASS_SIZE, type ClassConfig, type ClassError } from '../protocol/class-messages.ts';
import { emptySeating, placementOf, seatArrival, seatClass, tableCountFor, type Placement, type Seating, type StudentId } from './seating.ts';

export type ClassStudent = Readonly<{ id: StudentId; name: string; muted: boolean }>;
export type TableControl = Readonly<{ pausedAt: number | null; ended: boolean }>;

export type ClassSession = Readonly<{
  config: ClassConfig;
  seed: number;
  status: 'gathering' | 'running' | 'ended';
  students: readonly ClassStudent[];
  /** Null while an "auto" class gathers: its tables are formed when the teacher starts. */
  seating: Seating | null;
  /** Index 0 = table 1. */
  tables: readonly TableControl[];
}>;

const running = (n: number): TableControl[] => Array.from({ length: n }, () => ({ pausedAt: null, ended: false }));

export function createSession(config: ClassConfig, seed: number): ClassSession {
  const seating = config.tables === 'auto' ? null : emptySeating(config.tables);
  return { config, seed, status: 'gathering', students: [], seating, tables: running(seating?.tables ?? 0) };
}

export function studentOf(session: ClassSession, id: StudentId): ClassStudent | null {
  return session.students.find((s) => s.id === id) ?? null;
}

/** Where a student sits; null while an "auto" class is still gathering. */
export function placementIn(session: ClassSession, id: StudentId): Placement | null {
  return session.seating ? placementOf(session.seating, id) : null;
}

/**
 * A student joins (or comes back: same id, same place, the name is kept). Seated at once unless the
 * class is still gathering for "auto" tables. The name must already have passed moderation.
 */
export function addStudent(session: ClassSession, id: StudentId, name: string): ClassSession | ClassError {
  if (session.status === 'ended') return { code: 'sessionEnded' };
  if (studentOf(session, id)) return session;
  if (session.students.length >= MAX_CLASS_SIZE) return { code: 'classFull', max: MAX_CLASS_SIZE };
  const students = [...session.students, { id, name, muted: false }];
  return { ...session, students, seating: session.seating ? seatArrival(session.seating, id) : null };
}

/** Forms the tables of an "auto" class from everyone who has joined (no change once formed). */
export function formTables(session: ClassSession): ClassSession {
  if (session.seating) return session;
  const count = tableCountFor(session.students.length, 'auto', session.config.bots);
  const seating = seatClass(session.students.map((s) => s.id), count);
  return { ...session, seating, tables: running(count) };
}

/** Student game messages at a table go through only while it runs: not paused, not ended. */
export function checkTableOpen(session: ClassSession, table: number): ClassError | null {
  if (session.status === 'ended') return { code: 'sessionEnded' };
  const control = session.tables[table - 1];
  if (!control) return { code: 'unknownTable', table };
  if (control.ended) return { code: 'sessionEnded' };
  if (control.pausedAt !== null) return { code: 'tablePaused', table };
  return null;
}

/**
 * A paused table whose phase changes anyway (the teacher advanced it) starts the new phase's clock
 * paused: on resume it gets back the full time it started with.
 */
export function phaseChanged(session: ClassSession, table: number, now: number): ClassSession {
  const control = session.tables[table - 1];
  if (!control || control.pausedAt === null) return session;
  return { ...session, tables: session.tables.map((c, i) => (i === table - 1 ? { ...c, pausedAt: now } : c)) };
}
