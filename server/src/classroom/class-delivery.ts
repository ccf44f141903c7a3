/**
 * Who in a class hears what: the class-room connections of one student or of the facilitators, and
 * messages to the students of some tables (always copied to the facilitators).
 */
import type { ClassServerMessages } from '@shared/protocol/class-messages.ts';
import type { StudentId } from '@shared/classroom/seating.ts';
import type { ClassClient } from './class-context.ts';
import type { ClassHub } from './class-hub.ts';

/** Class-room connections of one student, or of the facilitator(s) when `id` is null. */
export function clientsOf(hub: ClassHub, id: StudentId | null): ClassClient[] {
  const out: ClassClient[] = [];
  for (const c of hub.port.clients()) {
    const who = c.userData;
    if (!who) continue;
    if (id === null ? who.kind === 'facilitator' : who.kind === 'student' && who.studentId === id) out.push(c);
  }
  return out;
}

/** Sends to the students placed at `tables` ('all': every student, seated or waiting) and to facilitators. */
export function sendToTables<K extends keyof ClassServerMessages>(
  hub: ClassHub, tables: readonly number[] | 'all', type: K, message: ClassServerMessages[K],
): void {
  for (const c of hub.port.clients()) {
    const who = c.userData;
    if (!who) continue;
    const placement = who.kind === 'student' ? hub.placementOf(who.studentId) : null;
    const reaches = who.kind === 'facilitator' || tables === 'all' || (placement !== null && tables.includes(placement.table));
    if (reaches) c.send(type, message);
  }
}
