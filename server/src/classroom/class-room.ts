/**
 * The class room: the Colyseus adapter of one class. The teacher creates it and holds its controls;
 * students join it with the class code and stay connected to it (for their placement, the teacher's
 * broadcasts and pauses) while they play in their table's room. Rules and decisions live in
 * shared/classroom; the hub carries them out.
 */
import { CloseCode, Room, type AuthContext } from '@colyseus/core';
import { isRefusal } from './class-refusals.ts';
import { MAX_CLASS_SIZE } from '@shared/protocol/class-messages.ts';
import type { ClassClient, ClassContext } from './class-context.ts';
import { installDashboard } from './class-dashboard.ts';
import { classMessages, rejectClass } from './class-gate.ts';
import type { ClassHub, ClassPort } from './class-hub.ts';
import { openClass, reopenTables } from './class-open.ts';
import { ClassSchema } from './class-schema.ts';
import { admitToClass, classPresence, joinClass, type ClassPlan } from './class-students.ts';
import { keepPunctual } from '../rooms/punctual-clock.ts';

const TICK_MS = 1000;
const SHUTDOWN_NOTICE_MS = 200;

export class ClassRoom extends Room<{ state: ClassSchema; client: ClassClient }> {
  protected context!: ClassContext;
  override state = new ClassSchema();
  override maxMessagesPerSecond = 30;
  private hub!: ClassHub;
  /** The host token until the class's creator has come in (their create options make them facilitator). */
  private creatorToken: string | null = null;
  private emptySince: number | null = null;
  private closing = false;
  override messages = classMessages(() => this.hub);

  override async onCreate(options: unknown): Promise<void> {
    const { settings } = this.context.rooms;
    this.patchRate = settings.patchRateMs;
    keepPunctual(this.clock); // its timers wake the room on time, and `now` is always current
    this.autoDispose = false; // a class outlives empty moments: bots keep its tables going
    this.maxClients = 2 * MAX_CLASS_SIZE + 20;
    this.onMessage('*', (client: ClassClient, type: string | number) => rejectClass(client, String(type), { code: 'unknownMessage', type: String(type).slice(0, 64) }));
    const opened = await openClass(this.context, options, this.port());
    this.hub = opened.hub;
    this.creatorToken = opened.creatorToken;
    this.roomId = this.hub.record.code;
    this.context.live.set(this.hub.record.id, this.hub);
    installDashboard(this.hub);
    await this.setPrivate(true); // classes are found by their code only
    if (opened.stored) await reopenTables(this.hub, opened.stored, settings.reconnectGraceSec * 1000);
    if (this.hub.session.status === 'ended') this.closeLater();
    this.clock.setInterval(() => this.tick(), TICK_MS);
    this.refreshState();
  }

  override onAuth(_client: ClassClient, options: unknown, context: AuthContext): ClassPlan {
    return admitToClass(this.hub, options, context.ip ?? '', this.creatorToken);
  }

  override onJoin(client: ClassClient, _options: unknown, plan: ClassPlan): void {
    if (plan.kind === 'facilitator') this.creatorToken = null;
    joinClass(this.hub, client, plan);
    this.refreshState();
  }

  override onDrop(client: ClassClient): void {
    classPresence(this.hub, client, false);
    this.allowReconnection(client, this.context.rooms.settings.reconnectGraceSec).catch(() => undefined);
  }

  override onReconnect(client: ClassClient): void {
    classPresence(this.hub, client, true);
  }

  override onLeave(client: ClassClient): void {
    if (!this.hub.shuttingDown && client.userData?.kind === 'student') classPresence(this.hub, client, false);
  }

  override onBeforeShutdown(): void {
    this.hub.shuttingDown = true;
    this.clock.setTimeout(() => void this.disconnect(CloseCode.SERVER_SHUTDOWN), SHUTDOWN_NOTICE_MS);
  }

  override onDispose(): void {
    this.context.live.delete(this.hub?.record.id ?? '');
    if (!this.hub || this.hub.shuttingDown) return; // a restart reopens the class from the store
    for (const binding of this.hub.tables.values()) binding.close();
  }

  override onUncaughtException(error: Error, method: string): void {
    if (isRefusal(error)) return; // a join refused on purpose (wrong token, name…): the client has its reason
    console.error(`[class ${this.roomId}] uncaught exception in ${method}`, error);
  }

  private port(): ClassPort {
    return {
      clients: () => this.clients,
      now: () => this.clock.elapsedTime,
      schedule: (run, ms) => void this.clock.setTimeout(run, ms),
      ended: () => this.closeLater(),
    };
  }

  private refreshState(): void {
    const { session } = this.hub;
    Object.assign(this.state, {
      code: this.hub.record.code, title: session.config.title ?? '', status: session.status,
      students: session.students.length, tables: session.seating?.tables ?? 0,
    });
  }

  private tick(): void {
    this.refreshState();
    this.hub.pushDashboard();
    this.checkAbandoned();
  }

  /** Nobody in the class or at any of its tables for too long: the class is over (its debrief stays). */
  private checkAbandoned(): void {
    const anyone = this.clients.length > 0 || [...this.hub.tables.values()].some((b) => b.connections().length > 0);
    if (anyone || this.closing) {
      this.emptySince = null;
      return;
    }
    this.emptySince ??= this.hub.now();
    if (this.hub.now() - this.emptySince < this.context.rooms.settings.abandonAfterSec * 1000) return;
    const { session } = this.hub;
    this.hub.update({ ...session, status: 'ended', tables: session.tables.map((c) => ({ ...c, ended: true })) });
    void this.disconnect();
  }

  /** After the end, people keep their screens for a while; then the tables and the class close. */
  private closeLater(): void {
    if (this.closing) return;
    this.closing = true;
    this.clock.setTimeout(() => {
      for (const binding of this.hub.tables.values()) binding.close();
      this.autoDispose = true;
      if (this.clients.length === 0) void this.disconnect();
    }, this.context.rooms.settings.finishedRoomTtlSec * 1000);
  }
}

/** A ClassRoom class wired to one server's classroom context. */
export function bindClassRoom(context: ClassContext): typeof ClassRoom {
  return class BoundClassRoom extends ClassRoom {
    protected override context = context;
  };
}
