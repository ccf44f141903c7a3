/**
 * The room's view of one connection: a Colyseus client whose outgoing messages are typed by the
 * protocol, plus what the room remembers about it (seat, spectator, display name).
 */
import type { Client } from '@colyseus/core';
import type { ServerMessages } from '@shared/protocol/server-messages.ts';
import type { MatchTable } from './match-table.ts';

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

/** Tells `client` who it is at `table`: its seat (and the token to come back to it), host rights, the code. */
export function sendWelcome(table: MatchTable, client: MatchClient): void {
  const role = table.seats.roleOf(client.sessionId);
  client.send('welcome', {
    role,
    seatToken: role === null ? null : table.seats.tokenOf(role),
    isHost: table.seats.isHost(client.sessionId),
    spectator: infoOf(client).spectator,
    code: table.code,
    matchId: table.session.record.id,
  });
}
