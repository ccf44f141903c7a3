/**
 * A class table's room: the Colyseus adapter of one table of a class. Only its class can open it;
 * students come in with their student token (the class placed them), the facilitator with the host
 * token. The table runs like any match (server/src/rooms/match-table.ts) except that the class holds
 * it still while paused and decides who sits where and when the room closes.
 */
import { CloseCode, Room, type AuthContext } from '@colyseus/core';
import { MAX_CLASS_SIZE } from '@shared/protocol/class-messages.ts';
import { MatchSchema } from '../schema/match-schema.ts';
import { shareStateHandshake, shrinkStateBuffers } from '../schema/state-buffers.ts';
import type { MatchClient } from '../rooms/match-client.ts';
import type { MatchListing } from '../rooms/match-listing.ts';
import type { MatchTable } from '../rooms/match-table.ts';
import { receiveUnknown } from '../rooms/message-gate.ts';
import type { RoomPort } from '../rooms/room-context.ts';
import type { ClassContext } from './class-context.ts';
import { classTableHandlers } from './class-table-gate.ts';
import { openTableMatch, syncTable, takePendingTable, applyHolds } from './class-tables.ts';
import { isRefusal } from './class-refusals.ts';
import type { TableBinding, TablePass } from './table-binding.ts';

const SHUTDOWN_NOTICE_MS = 200;
/** Facilitator tabs beyond the students (a class may seat everyone at one table, most of them observing). */
const EXTRA_CONNECTIONS = 8;

export class ClassTableRoom extends Room<{ state: MatchSchema; metadata: MatchListing; client: MatchClient }> {
  protected context!: ClassContext;
  override state = new MatchSchema();
  override maxMessagesPerSecond = 40;
  /** Named like the match room's, so tools that peek at a room's table work on both. */
  table!: MatchTable;
  private binding!: TableBinding;
  override messages = classTableHandlers(() => this.binding);

  override async onCreate(options: unknown): Promise<void> {
    const pending = takePendingTable(this.context, options);
    // The same small public state as a match room: the same right-sized buffers (state-buffers.ts).
    shrinkStateBuffers(this);
    shareStateHandshake(this);
    this.patchRate = this.context.rooms.settings.patchRateMs;
    this.autoDispose = false; // the class closes its tables
    this.maxClients = 2 * MAX_CLASS_SIZE + EXTRA_CONNECTIONS;
    this.onMessage('*', (client: MatchClient, type: string | number) => receiveUnknown(client, type));
    this.binding = await openTableMatch(pending, this.port(), () => void this.disconnect());
    this.table = this.binding.table;
    this.roomId = this.table.code;
    const { record } = this.table.session;
    Object.assign(this.state, {
      code: record.code, matchId: record.id, scenario: record.config.scenario, rounds: record.config.rounds,
      allowSpectators: false, isPublic: false,
    });
    await this.setPrivate(true);
    this.table.start(pending.opening.kind === 'resume');
    applyHolds(pending.hub);
    syncTable(pending.hub, pending.table);
  }

  override onAuth(_client: MatchClient, options: unknown, _context: AuthContext): TablePass {
    return this.binding.admit(options);
  }

  override onJoin(client: MatchClient, _options: unknown, pass: TablePass): void {
    this.binding.join(client, pass);
  }

  override onDrop(client: MatchClient): void {
    this.binding.drop(client);
    this.allowReconnection(client, this.context.rooms.settings.reconnectGraceSec).catch(() => undefined);
  }

  override onReconnect(client: MatchClient): void {
    this.binding.reconnect(client);
  }

  override onLeave(client: MatchClient): void {
    this.binding.leave(client);
  }

  override onBeforeShutdown(): void {
    this.table.shuttingDown = true;
    this.table.notify({ kind: 'serverRestarting' });
    this.clock.setTimeout(() => void this.disconnect(CloseCode.SERVER_SHUTDOWN), SHUTDOWN_NOTICE_MS);
  }

  override onDispose(): void {
    if (!this.table) return;
    this.binding.disposed = true;
    this.table.stop(); // the class keeps the binding: the dashboard and welcomes still read the final state
    // An unfinished table of a class that is over is kept (for the export) but never resumed.
    if (!this.table.finished && !this.table.shuttingDown) this.context.rooms.store.abandonMatch(this.table.session.record.id);
  }

  override onUncaughtException(error: Error, method: string): void {
    if (isRefusal(error)) return; // a join refused on purpose (wrong token, name…): the client has its reason
    console.error(`[class table ${this.roomId}] uncaught exception in ${method}`, error);
  }

  /** The table's view of its room: the class decides when it closes, and hears of every change. */
  private port(): RoomPort {
    const room = this;
    return {
      get clock() { return room.clock; },
      get state() { return room.state; },
      get clients() { return room.clients; },
      autoDispose: true, // read by the table as "nothing to abandon": the class closes its tables
      broadcastPatch: () => {
        room.broadcastPatch();
        room.binding?.hub.dashboardChanged();
      },
      setMetadata: (metadata) => room.setMetadata(metadata),
      disconnect: () => Promise.resolve(), // finished tables stay open until their class closes them
    };
  }
}

/** A ClassTableRoom class wired to one server's classroom context. */
export function bindClassTableRoom(context: ClassContext): typeof ClassTableRoom {
  return class BoundClassTableRoom extends ClassTableRoom {
    protected override context = context;
  };
}
