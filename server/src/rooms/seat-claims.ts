/**
 * Choosing a seat. In the lobby anyone not spectating may take a free seat, switch seats or stand
 * up; once the match runs, a newcomer may take over a seat a bot is playing, between rounds. A
 * claimed seat comes with a fresh seat token, which only its holder ever receives.
 */
import type { ProtocolError } from '@shared/protocol/server-messages.ts';
import type { RoomMessage } from '@shared/protocol/room-messages.ts';
import type { RuleError } from '@shared/rules/errors.ts';
import type { Role } from '@shared/rules/types.ts';
import { infoOf, sendWelcome, type MatchClient } from './match-client.ts';
import type { MatchTable } from './match-table.ts';

export type Refusal = RuleError | ProtocolError | null;

/** Phases in which a bot's seat may change hands ("between rounds"). */
const HANDOVER_PHASES = new Set(['briefing', 'resolution']);

export function claimSeat(table: MatchTable, client: MatchClient, { role, name }: RoomMessage<'claimSeat'>): Refusal {
  if (infoOf(client).spectator) return { code: 'spectatorsCannotAct' };
  const current = table.seats.roleOf(client.sessionId);
  if (current === role) return setName(table, client, { name });
  const refusal = table.state.phase === 'lobby' ? takeInLobby(table, role, name, current) : takeFromBot(table, role, name, current);
  if (refusal) return refusal;
  infoOf(client).name = name;
  seat(table, client, role);
  return null;
}

function takeInLobby(table: MatchTable, role: Role, name: string, current: Role | null): Refusal {
  const refusal = table.system({ type: 'seatTaken', role, name, controller: 'human' });
  if (refusal || current === null) return refusal;
  table.seats.revokeToken(current);
  return table.system({ type: 'seatReleased', role: current });
}

function takeFromBot(table: MatchTable, role: Role, name: string, current: Role | null): Refusal {
  const { phase } = table.state;
  if (current !== null) return { code: 'invalidCommand', reason: 'already seated' };
  if (!HANDOVER_PHASES.has(phase)) return { code: 'notYourPhase', phase, intent: 'claimSeat' };
  if (table.state.seats[role].controller !== 'bot' || table.isPresent(role)) return { code: 'seatTaken', role };
  return table.system({ type: 'seatController', role, controller: 'human', name });
}

function seat(table: MatchTable, client: MatchClient, role: Role): void {
  const displaced = table.seats.bind(client.sessionId, role);
  if (displaced !== null) table.views.unsubscribe(displaced);
  table.seats.issueToken(role);
  table.continuity.markActive(role);
  table.views.subscribe(client, role);
  sendWelcome(table, client);
  table.refresh();
}

export function releaseSeat(table: MatchTable, client: MatchClient): Refusal {
  if (table.state.phase !== 'lobby') return { code: 'notInLobby' };
  const role = table.seats.roleOf(client.sessionId);
  if (role === null) return { code: 'notSeated' };
  const refusal = table.system({ type: 'seatReleased', role });
  if (refusal) return refusal;
  table.seats.unbind(client.sessionId);
  table.seats.revokeToken(role);
  table.views.subscribe(client, 'spectator');
  sendWelcome(table, client);
  table.refresh();
  return null;
}

/** Renames the client's seat (or just the client, before it sits down). */
export function setName(table: MatchTable, client: MatchClient, { name }: RoomMessage<'setName'>): Refusal {
  infoOf(client).name = name;
  const role = table.seats.roleOf(client.sessionId);
  if (role === null) return null;
  const controller = table.state.seats[role].controller;
  return table.system({ type: 'seatController', role, controller: controller === 'bot' ? 'bot' : 'human', name });
}
