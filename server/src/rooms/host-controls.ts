/**
 * What only the host may do: start the match, hand a seat to a bot (kick), change the timers while
 * in the lobby. Anyone seated may ask for a rematch once the match is over: a new room with the
 * same settings, announced to everyone at the table with its code.
 */
import { matchMaker } from '@colyseus/core';
import type { RoomMessage } from '@shared/protocol/room-messages.ts';
import { MATCH_ROOM } from '@shared/protocol/version.ts';
import type { Role } from '@shared/rules/types.ts';
import { makeMatchId } from './identifiers.ts';
import { sendWelcome, type MatchClient } from './match-client.ts';
import type { MatchTable } from './match-table.ts';
import { PENDING_OPTION } from './room-context.ts';
import type { Refusal } from './seat-claims.ts';

export function hostStart(table: MatchTable, client: MatchClient): Refusal {
  if (!table.seats.isHost(client.sessionId)) return { code: 'notHost' };
  return table.system({ type: 'startMatch' });
}

export function hostSetTimers(table: MatchTable, client: MatchClient, { timers }: RoomMessage<'hostSetTimers'>): Refusal {
  if (!table.seats.isHost(client.sessionId)) return { code: 'notHost' };
  if (table.state.phase !== 'lobby') return { code: 'notInLobby' };
  const scale = table.ctx.settings.timerScale;
  const scaled = Object.fromEntries(Object.entries(timers).map(([phase, sec]) => [phase, sec * scale]));
  return table.system({ type: 'setTimers', timers: scaled });
}

/** The seat goes to a bot (in the lobby: becomes free); its holder becomes a spectator. */
export function hostKick(table: MatchTable, client: MatchClient, { role }: RoomMessage<'hostKick'>): Refusal {
  if (!table.seats.isHost(client.sessionId)) return { code: 'notHost' };
  const inLobby = table.state.phase === 'lobby';
  if (inLobby || table.state.seats[role].controller === 'human') {
    const refusal = table.system(inLobby ? { type: 'seatReleased', role } : { type: 'seatController', role, controller: 'bot' });
    if (refusal) return refusal;
  }
  unseatHolder(table, role);
  if (!inLobby) table.notify({ kind: 'botTookSeat', role });
  table.refresh();
  return null;
}

function unseatHolder(table: MatchTable, role: Role): void {
  table.seats.revokeToken(role); // the kicked player cannot come back with their old token
  const holder = table.seats.holderOf(role);
  if (holder === null) return;
  table.seats.unbind(holder);
  const kicked = table.room.clients.getById(holder);
  if (!kicked) return;
  table.views.subscribe(kicked, 'spectator');
  sendWelcome(table, kicked);
}

export async function rematch(table: MatchTable, client: MatchClient): Promise<Refusal> {
  if (table.state.phase !== 'gameOver') return { code: 'matchNotOver' };
  if (table.seats.roleOf(client.sessionId) === null && !table.seats.isHost(client.sessionId)) return { code: 'notSeated' };
  if (table.rematchCode === null) {
    const key = makeMatchId();
    const { config, settings } = table.session.record;
    table.ctx.pending.set(key, { kind: 'rematch', config, settings });
    table.rematchCode = 'pending';
    try {
      // Created on this process: the pending table lives in this process's memory.
      table.rematchCode = (await matchMaker.handleCreateRoom(MATCH_ROOM, { [PENDING_OPTION]: key })).roomId;
    } catch (error) {
      table.rematchCode = null;
      throw error;
    }
  }
  if (table.rematchCode !== 'pending') table.notify({ kind: 'rematchReady', code: table.rematchCode });
  return null;
}
