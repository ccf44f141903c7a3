/**
 * Who in the class is here. A student counts as connected while any of their connections is up — to
 * the class room (the class screen) or to their table's room — so a phone that reconnects one socket
 * does not hand the seat to a bot. After a restart, everyone gets a grace period to come back. Also
 * when each student last did something, for the dashboard's idle alerts. Times are class-clock ms.
 */
import type { Connection } from '@shared/classroom/alerts.ts';
import type { Placement, StudentId } from '@shared/classroom/seating.ts';

type Entry = { sessions: Set<string>; since: number; lastActiveAt: number; graceUntil: number };

export class ClassPresence {
  private readonly entries = new Map<StudentId, Entry>();

  private entry(id: StudentId, now: number): Entry {
    let e = this.entries.get(id);
    if (!e) {
      e = { sessions: new Set(), since: now, lastActiveAt: now, graceUntil: 0 };
      this.entries.set(id, e);
    }
    return e;
  }

  isConnected(id: StudentId, now: number): boolean {
    const e = this.entries.get(id);
    return !!e && (e.sessions.size > 0 || now < e.graceUntil);
  }

  /** A connection (class or table room) of the student is up; true when the student was away until now. */
  attach(id: StudentId, sessionId: string, now: number): boolean {
    const e = this.entry(id, now);
    const wasAway = e.sessions.size === 0;
    e.sessions.add(sessionId);
    if (wasAway) e.since = now;
    e.lastActiveAt = Math.max(e.lastActiveAt, now);
    return wasAway;
  }

  /** A connection dropped or left; true when the student has no connection left. */
  detach(id: StudentId, sessionId: string, now: number): boolean {
    const e = this.entries.get(id);
    if (!e || !e.sessions.delete(sessionId)) return false;
    if (e.sessions.size > 0) return false;
    e.since = now;
    return true;
  }

  /** The student did something (an intent, a chat line, a phrase). */
  touch(id: StudentId, now: number): void {
    this.entry(id, now).lastActiveAt = now;
  }

  /** After a restart: students count as present until `until`, to give them time to come back. */
  graceAll(ids: readonly StudentId[], until: number, now: number): void {
    for (const id of ids) this.entry(id, now).graceUntil = until;
  }

  /** The dashboard's view of one student, with times shifted into the table's clock by `offset`. */
  connection(id: StudentId, name: string, placement: Placement, now: number, offset: number): Connection {
    const e = this.entry(id, now);
    return {
      studentId: id, name, placement, connected: this.isConnected(id, now),
      since: e.since + offset, lastActiveAt: e.lastActiveAt + offset,
    };
  }
}
