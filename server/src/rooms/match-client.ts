/**
 * The room's view of one connection: a Colyseus client whose outgoing messages are typed by the
 * protocol, plus what the room remembers about it (seat, spectator, display name).
 */
import type { Client } from '@colyseus/core';
import type { ServerMessages } from '@shared/protocol/server-messages.ts';

export type ClientInfo = {
  /** Joined with `spectate: true`: may watch and use spectator chat, never sit or act. */
  spectator: boolean;
  name: string;
};

export type MatchClient = Client<{ messages: ServerMessages; userData: ClientInfo }>;

/** The room's record of a client (created on first use, before onJoin has filled it in). */
export function infoOf(client: MatchClient): ClientInfo {
  client.userData ??= { spectator: false, name: 'Player' };
  return client.userData;
}
