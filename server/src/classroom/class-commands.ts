/**
 * Carrying out a facilitator command that the pure core has decided (shared/classroom/facilitate.ts):
 * store the new session, open the tables' rooms at the start, bring every table's seats in line,
 * hand each targeted table its engine commands in order, stop or restart the clocks of paused tables,
 * and tell the people concerned (a broadcast, a pause, a student moved or muted, the end).
 */
import { facilitate, type TableOrder } from '@shared/classroom/facilitate.ts';
import type { ClassSession, TableControl } from '@shared/classroom/class-session.ts';
import type { StudentId } from '@shared/classroom/seating.ts';
import type { ClassError, FacilitatorCommand } from '@shared/protocol/class-messages.ts';
import type { ClassHub } from './class-hub.ts';
import { welcomeStudent } from './class-students.ts';
import { applyHolds, ensureTables, syncAllTables, tableInfo } from './class-tables.ts';
import { sendToTables } from './class-delivery.ts';

/** Hands each order to its table; the first refusal of a single-table command is the facilitator's to read. */
function dispatch(hub: ClassHub, orders: readonly TableOrder[], single: boolean): ClassError | null {
  let refusal: ClassError | null = null;
  for (const { table, event } of orders) {
    const binding = hub.tables.get(table);
    const error = binding && !binding.disposed ? binding.table.system(event) : { code: 'invalidCommand' as const, reason: 'table not open' };
    if (error && single && !refusal) refusal = { code: 'tableRefused', table, error };
  }
  return refusal;
}

/** A table stands still while paused, and for good once closed: its students see it stopped either way. */
function isStopped(control: TableControl | undefined): boolean {
  return !!control && (control.pausedAt !== null || control.ended);
}

/** Tells students and facilitators about tables paused, resumed or closed by this command. */
function announcePauses(hub: ClassHub, before: ClassSession): void {
  const at = Date.now();
  hub.session.tables.forEach((control, i) => {
    const stopped = isStopped(control);
    if (stopped === isStopped(before.tables[i])) return;
    sendToTables(hub, [i + 1], 'paused', { table: i + 1, paused: stopped, at });
  });
}

function tellChanged(hub: ClassHub, changed: readonly StudentId[], before: ClassSession): void {
  const tables = new Set<number>();
  for (const id of changed) {
    const was = before.seating?.students.find((s) => s.id === id)?.placement.table;
    const now = hub.placementOf(id)?.table;
    for (const t of [was, now]) if (t !== undefined) tables.add(t);
    welcomeStudent(hub, id);
  }
  for (const t of tables) for (const id of changed) hub.tables.get(t)?.placementChanged(id);
}

function finishSession(hub: ClassHub, before: ClassSession): void {
  if (hub.session.status !== 'ended' || before.status === 'ended') return;
  sendToTables(hub, 'all', 'sessionEnded', { at: Date.now() });
  for (const binding of hub.tables.values()) binding.closed = true;
  hub.onEnded();
}

/** Runs one facilitator command; the refusal (nothing changed) or null. */
export async function runCommand(hub: ClassHub, command: FacilitatorCommand): Promise<ClassError | null> {
  const before = hub.session;
  const result = facilitate(before, command, tableInfo(hub), hub.now());
  if ('code' in result) return result;
  hub.update(result.session);
  if (hub.session.status === 'running' && (await ensureTables(hub))) {
    // Every seated student now has a table to go to.
    for (const s of hub.session.students) welcomeStudent(hub, s.id);
  }
  syncAllTables(hub); // seats in the lobby before a start, moved students' seats between rounds
  const refusal = dispatch(hub, result.orders, 'target' in command && command.target !== 'all');
  syncAllTables(hub); // once started, a seat whose students are away is held by a bot
  applyHolds(hub);
  announcePauses(hub, before);
  tellChanged(hub, result.changed, before);
  const { broadcast } = result;
  if (broadcast) {
    const table = broadcast.tables === 'all' ? null : broadcast.tables[0] ?? null;
    sendToTables(hub, broadcast.tables, 'broadcast', { text: broadcast.text, at: Date.now(), table });
  }
  finishSession(hub, before);
  hub.dashboardChanged();
  return refusal;
}
