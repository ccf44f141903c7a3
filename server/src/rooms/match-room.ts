/**
 * The match room: the Colyseus adapter of one table. It only translates Colyseus lifecycle calls
 * and messages into the table's vocabulary; rules live in the engine, seating and timers in the
 * modules next to this one. Created by code (`joinById`), listed when public.
 */
import { CloseCode, Room, type AuthContext } from '@colyseus/core';
import { MatchSchema } from '../schema/match-schema.ts';
import { shareStateHandshake, shrinkStateBuffers } from '../schema/state-buffers.ts';
import type { MatchClient } from './match-client.ts';
import type { MatchListing } from './match-listing.ts';
import { admit, type JoinPlan } from './join-policy.ts';
import { receiveMessage, type MatchMessages } from './message-gate.ts';
import type { MatchTable } from './match-table.ts';
import { openTable } from './open-table.ts';
import type { RoomContext } from './room-context.ts';
import { drop, join, leave, reconnect } from './seating.ts';

const SEATS = 4;
/** Guests in the lobby who have not picked a seat yet. */
const GUESTS = 8;
const SHUTDOWN_NOTICE_MS = 200;

export class MatchRoom extends Room<{ state: MatchSchema; metadata: MatchListing; client: MatchClient }> {
  /** Set by `bindMatchRoom`: one context per server. */
  protected context!: RoomContext;
  override state = new MatchSchema();
  override maxMessagesPerSecond = 40;
  private table!: MatchTable;
  /**
   * The message types, for typed SDK clients only: at run time one '*' handler routes every type
   * (see onCreate), as Colyseus would otherwise keep a handler and its wrappers per type per room.
   */
  declare messages: MatchMessages;

  override async onCreate(options: unknown): Promise<void> {
    const { settings } = this.context;
    shrinkStateBuffers(this);
    shareStateHandshake(this);
    this.patchRate = settings.patchRateMs;
    this.onMessage('*', (client: MatchClient, type: string | number, payload: unknown) => receiveMessage(this.table, client, type, payload));
    this.maxClients = SEATS + GUESTS + settings.maxSpectators;
    const { table, resumed } = await openTable(this, this.context, options);
    this.table = table;
    this.roomId = this.table.code;
    const { record } = this.table.session;
    Object.assign(this.state, {
      code: record.code, matchId: record.id, scenario: record.config.scenario, rounds: record.config.rounds,
      allowSpectators: record.settings.allowSpectators, isPublic: record.settings.isPublic,
    });
    if (!record.settings.isPublic) await this.setPrivate(true);
    this.table.start(resumed);
  }

  override onAuth(_client: MatchClient, options: unknown, _context: AuthContext): JoinPlan {
    return admit(this.table, options, this.clients.length);
  }

  override onJoin(client: MatchClient, _options: unknown, plan: JoinPlan): void {
    join(this.table, client, plan);
  }

  override onDrop(client: MatchClient): void {
    drop(this.table, client);
    // Expiry runs onLeave, which hands the seat to a bot.
    this.allowReconnection(client, this.context.settings.reconnectGraceSec).catch(() => undefined);
  }

  override onReconnect(client: MatchClient): void {
    reconnect(this.table, client);
  }

  override onLeave(client: MatchClient): void {
    leave(this.table, client);
  }

  override onBeforeShutdown(): void {
    this.table.shuttingDown = true;
    this.table.notify({ kind: 'serverRestarting' });
    this.clock.setTimeout(() => void this.disconnect(CloseCode.SERVER_SHUTDOWN), SHUTDOWN_NOTICE_MS);
  }

  override onDispose(): void {
    this.table?.stop();
    // A running match nobody plays any more is kept but not resumed; a restart resumes the rest.
    if (this.table && !this.table.finished && !this.table.shuttingDown) this.context.store.abandonMatch(this.table.session.record.id);
  }

  override onUncaughtException(error: Error, method: string): void {
    console.error(`[match ${this.roomId}] uncaught exception in ${method}`, error);
  }
}

/** A MatchRoom class wired to one server's store and settings. */
export function bindMatchRoom(context: RoomContext): typeof MatchRoom {
  return class BoundMatchRoom extends MatchRoom {
    protected override context = context;
  };
}
