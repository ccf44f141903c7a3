/**
 * Who may come in, and as what. Checks the protocol version and the join options, then decides:
 * a returning player (valid seat token), a spectator, the match creator, or a guest who will pick
 * a seat. Refusals carry a typed reason (shared/protocol/join-refusals.ts).
 */
import { ServerError } from '@colyseus/core';
import { JOIN_REFUSALS, type JoinRefusal } from '@shared/protocol/join-refusals.ts';
import { CREATE_OPTIONS, JOIN_OPTIONS } from '@shared/protocol/room-messages.ts';
import { PROTOCOL_VERSION } from '@shared/protocol/version.ts';
import type { Role } from '@shared/rules/types.ts';
import { infoOf } from './match-client.ts';
import type { MatchTable } from './match-table.ts';

export type JoinPlan = Readonly<{ spectator: boolean; name: string; role: Role | null; creator: boolean }>;

export function refuse(reason: JoinRefusal): never {
  throw new ServerError(JOIN_REFUSALS[reason], reason);
}

/** Refuses clients of another protocol version, telling them which side is behind. */
export function checkProtocolVersion(options: unknown): void {
  const version = (options as { protocolVersion?: unknown } | null)?.protocolVersion;
  if (typeof version !== 'number') refuse('invalidOptions');
  if (version < PROTOCOL_VERSION) refuse('clientTooOld');
  if (version > PROTOCOL_VERSION) refuse('serverTooOld');
}

export function admit(table: MatchTable, options: unknown, connected: number): JoinPlan {
  checkProtocolVersion(options);
  const join = JOIN_OPTIONS.safeParse(options);
  if (!join.success) {
    // The creator joins with the options it created the room with.
    const created = CREATE_OPTIONS.safeParse(options);
    if (connected !== 0 || table.seats.host !== null || !created.success) refuse('invalidOptions');
    // The name as the contract cleaned it (control and invisible characters stripped), never the raw one.
    return { spectator: false, name: created.data.name, role: null, creator: true };
  }
  const { seatToken, spectate = false, name } = join.data;
  if (seatToken !== undefined) {
    const role = table.seats.roleForToken(seatToken);
    if (role === null) refuse('badSeatToken');
    return { spectator: false, name: name ?? table.state.seats[role].name, role, creator: false };
  }
  if (spectate) {
    if (!table.session.record.settings.allowSpectators) refuse('spectatorsNotAllowed');
    const watching = table.room.clients.filter((c) => infoOf(c).spectator).length;
    if (watching >= table.ctx.settings.maxSpectators) refuse('spectatorsFull');
  }
  return { spectator: spectate, name: name ?? (spectate ? 'Spectator' : 'Player'), role: null, creator: false };
}
