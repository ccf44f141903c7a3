/**
 * One class table as its room sees people: students come in with their student token and sit where
 * the class placed them — pilot and co-pilot both act for the seat (the engine accepts the first
 * move and refuses the second), observers watch the public view — and the facilitator comes in with
 * the host token and sees everything. Nobody else gets in. Seats themselves are the class's to give.
 */
import type { StudentId } from '@shared/classroom/seating.ts';
import { FACILITATOR_JOIN } from '@shared/protocol/class-messages.ts';
import { JOIN_OPTIONS } from '@shared/protocol/room-messages.ts';
import { ROLES, type Role } from '@shared/rules/types.ts';
import type { Audience } from '../sync/view-sync.ts';
import { checkProtocolVersion, refuse } from '../rooms/join-policy.ts';
import type { MatchClient } from '../rooms/match-client.ts';
import type { MatchTable } from '../rooms/match-table.ts';
import type { ClassHub } from './class-hub.ts';
import { refuseClass } from './class-refusals.ts';

export type TablePass = Readonly<{ kind: 'facilitator' } | { kind: 'student'; studentId: StudentId }>;

export class TableBinding {
  /** Closed by the end of the session: the room stays for a while, nothing changes any more. */
  closed = false;
  /** The room is gone (the class closed it, or the server is stopping): its table only reads. */
  disposed = false;
  /** The pause in force: since when on the class clock, and the same moment on this table's clock. */
  pause: Readonly<{ since: number | null; tableAt: number | null }> = { since: null, tableAt: null };
  private readonly passes = new Map<string, { client: MatchClient; pass: TablePass }>();

  constructor(readonly hub: ClassHub, readonly number: number, readonly table: MatchTable, readonly close: () => void) {}

  admit(options: unknown): TablePass {
    checkProtocolVersion(options);
    const facilitator = FACILITATOR_JOIN.safeParse(options);
    if (facilitator.success) {
      if (!this.hub.isHostToken(facilitator.data.hostToken)) refuseClass('badHostToken');
      return { kind: 'facilitator' };
    }
    const join = JOIN_OPTIONS.safeParse(options);
    const token = join.success ? join.data.seatToken : undefined;
    const studentId = token ? this.hub.studentByToken(token) : null;
    if (!studentId || this.hub.placementOf(studentId)?.table !== this.number) refuse('badSeatToken');
    return { kind: 'student', studentId };
  }

  passOf(sessionId: string): TablePass | null {
    return this.passes.get(sessionId)?.pass ?? null;
  }

  /** The seat a connection acts for: a student's seat as pilot or co-pilot; null for observers and the facilitator. */
  roleOf(sessionId: string): Role | null {
    const pass = this.passOf(sessionId);
    if (pass?.kind !== 'student') return null;
    const placement = this.hub.placementOf(pass.studentId);
    return placement && placement.table === this.number && placement.kind !== 'observer' ? placement.role : null;
  }

  join(client: MatchClient, pass: TablePass): void {
    this.passes.set(client.sessionId, { client, pass });
    if (pass.kind === 'student') this.hub.onPresence(pass.studentId, client.sessionId, true);
    this.subscribe(client, pass);
    this.table.refresh();
  }

  drop(client: MatchClient): void {
    this.table.dropped.add(client.sessionId);
    this.rebindHolders();
    const pass = this.passOf(client.sessionId);
    if (pass?.kind === 'student') this.hub.onPresence(pass.studentId, client.sessionId, false);
    this.table.refresh();
  }

  reconnect(client: MatchClient): void {
    this.table.dropped.delete(client.sessionId);
    const pass = this.passOf(client.sessionId);
    if (!pass) return;
    if (pass.kind === 'student') this.hub.onPresence(pass.studentId, client.sessionId, true);
    this.subscribe(client, pass);
    this.table.refresh();
  }

  leave(client: MatchClient): void {
    const pass = this.passOf(client.sessionId);
    this.passes.delete(client.sessionId);
    this.table.dropped.delete(client.sessionId);
    this.table.views.unsubscribe(client.sessionId);
    this.rebindHolders();
    if (pass?.kind === 'student' && !this.hub.shuttingDown) this.hub.onPresence(pass.studentId, client.sessionId, false);
    this.table.refresh();
  }

  /** A student's place changed: sent away from this table, or given a new view here. */
  placementChanged(id: StudentId): void {
    for (const [sessionId, { client, pass }] of this.passes) {
      if (pass.kind !== 'student' || pass.studentId !== id) continue;
      if (this.hub.placementOf(id)?.table === this.number) this.subscribe(client, pass);
      else {
        this.passes.delete(sessionId);
        this.table.views.unsubscribe(sessionId);
        client.leave(4000);
      }
    }
    this.rebindHolders();
    this.table.refresh();
  }

  /** Connections of everyone at the table (students and facilitator). */
  connections(): MatchClient[] {
    return [...this.passes.values()].map((p) => p.client);
  }

  private audienceOf(pass: TablePass, sessionId: string): Audience {
    if (pass.kind === 'facilitator') return 'facilitator';
    return this.roleOf(sessionId) ?? 'spectator';
  }

  private subscribe(client: MatchClient, pass: TablePass): void {
    const audience = this.audienceOf(pass, client.sessionId);
    const role = audience === 'facilitator' || audience === 'spectator' ? null : audience;
    const name = pass.kind === 'student' ? this.hub.nameOf(pass.studentId) : 'Facilitator';
    client.userData = { spectator: role === null, name };
    this.table.views.subscribe(client, audience);
    this.rebindHolders();
    client.send('welcome', {
      role, seatToken: null, isHost: false, spectator: role === null, code: this.table.code, matchId: this.table.session.record.id,
    });
  }

  /**
   * The match counts a seat as present while one of its students is connected to this room: the
   * seat map holds one live connection per seat (the first one, pilot or co-pilot).
   */
  private rebindHolders(): void {
    const seats = this.table.seats;
    for (const role of ROLES) {
      const live = [...this.passes.keys()].filter((s) => this.roleOf(s) === role && !this.table.dropped.has(s));
      const holder = seats.holderOf(role);
      if (holder !== null && live.includes(holder)) continue;
      if (holder !== null) seats.unbind(holder);
      if (live.length > 0) seats.bind(live[0], role);
    }
  }
}
