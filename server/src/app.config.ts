/**
 * The Neo-Terra server: one Colyseus room type (`match`) plus the HTTP API, the operator monitor
 * and the built client, all on one port. `createServer` is what index.ts starts and what the
 * integration tests boot; clients import its type for end-to-end typed rooms and messages.
 */
import './node20-polyfill.ts';
import { defineRoom, defineServer } from '@colyseus/core';
import { MATCH_ROOM } from '@shared/protocol/version.ts';
import { mountApiRoutes } from './http/api-routes.ts';
import { mountMonitor } from './http/monitor-route.ts';
import { mountStaticClient } from './http/static-client.ts';
import { bindMatchRoom } from './rooms/match-room.ts';
import { createClassroom } from './classroom/classroom.ts';
import { scaleOptions } from './scale/scale-options.ts';
import { GameTransport } from './transport/game-transport.ts';
import type { PendingTable, RoomContext } from './rooms/room-context.ts';
import type { ServerSettings } from './server-settings.ts';
import type { MatchStore } from './store/match-store.ts';

/** Largest frame a client may send; every contract is far below it (chat is 280 characters). */
export const MAX_PAYLOAD_BYTES = 16 * 1024;

export type CreateServerOptions = Readonly<{
  settings: ServerSettings;
  store: MatchStore;
  version: string;
  /** False for tests, which shut the server down themselves without exiting the process. */
  handleSignals?: boolean;
  /** Reports whether resumed matches are open yet (health says 'starting' until then). */
  isReady?: () => boolean;
}>;

export function createServer(opts: CreateServerOptions) {
  const { settings, store } = opts;
  const pending = new Map<string, PendingTable>();
  const context: RoomContext = { store, settings, pending };
  const classroom = createClassroom(context); // classes and their tables (server/src/classroom)
  const server = defineServer({
    greet: false,
    gracefullyShutdown: opts.handleSignals ?? true,
    // Dead peers are cut off by a heartbeat spread over time, not one loop over every connection.
    transport: new GameTransport({
      maxPayload: MAX_PAYLOAD_BYTES,
      heartbeat: { periodMs: settings.heartbeatMs, maxMissed: settings.heartbeatMaxMissed },
    }),
    ...scaleOptions(settings), // REDIS_URL set: Redis presence + driver, shared by every process
    rooms: { [MATCH_ROOM]: defineRoom(bindMatchRoom(context)), ...classroom.rooms },
    express: (app) => {
      mountApiRoutes(app, { store, version: opts.version, isReady: opts.isReady ?? (() => true) });
      classroom.mountRoutes(app);
      mountMonitor(app, settings.monitorPassword);
      mountStaticClient(app, settings.clientDir);
    },
  });
  server.onShutdown(() => {
    store.close();
    classroom.close();
  });
  return Object.assign(server, { context, classroom });
}

export type NeoTerraServer = ReturnType<typeof createServer>;
