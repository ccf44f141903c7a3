/**
 * The edge of a class table's room. Game intents are parsed against their contracts, then pass the
 * class's rules (class-chat.ts) before the engine judges them; pilot and co-pilot act for the same
 * seat, and the first move the engine accepts wins. Host and seating messages are refused: at a class
 * table only the facilitator seats people, renames them or starts the match. Observers may talk among
 * themselves under the class's chat rules.
 */
import { INTENT_SCHEMAS, parseIntent } from '@shared/protocol/intents.ts';
import { ROOM_MESSAGE_SCHEMAS, type RoomMessageType } from '@shared/protocol/room-messages.ts';
import type { ProtocolError } from '@shared/protocol/server-messages.ts';
import type { RuleError } from '@shared/rules/errors.ts';
import type { MatchClient } from '../rooms/match-client.ts';
import type { MatchMessages } from '../rooms/message-gate.ts';
import { handBack } from '../rooms/seating.ts';
import { screenIntent, screenObserverChat } from './class-chat.ts';
import type { TableBinding } from './table-binding.ts';

function reject(client: MatchClient, type: string, error: RuleError | ProtocolError): void {
  client.send('rejected', { type, error });
}

function receiveIntent(binding: TableBinding, client: MatchClient, type: string, payload: unknown): void {
  const parsed = parseIntent(type, payload);
  if (!parsed.ok) return reject(client, type, { code: 'invalidMessage', reason: parsed.reason });
  const pass = binding.passOf(client.sessionId);
  if (pass?.kind !== 'student') return reject(client, type, { code: 'spectatorsCannotAct' });
  const role = binding.roleOf(client.sessionId);
  if (role === null) return reject(client, type, { code: 'notSeated' });
  const screened = screenIntent(binding.hub, pass.studentId, binding.number, parsed.intent);
  if (!screened.ok) return reject(client, type, screened.error);
  binding.table.continuity.markActive(role);
  handBack(binding.table, role); // a student a bot stood in for is back as soon as they act
  const refusal = binding.table.intent(role, screened.intent);
  if (refusal) reject(client, type, refusal);
}

function observerChat(binding: TableBinding, client: MatchClient, payload: unknown): void {
  const parsed = ROOM_MESSAGE_SCHEMAS.spectatorChat.safeParse(payload);
  if (!parsed.success) return reject(client, 'spectatorChat', { code: 'invalidMessage', reason: parsed.error.issues[0]?.message ?? 'payload' });
  const pass = binding.passOf(client.sessionId);
  if (pass?.kind !== 'student' || binding.roleOf(client.sessionId) !== null) return reject(client, 'spectatorChat', { code: 'spectatorsOnly' });
  const screened = screenObserverChat(binding.hub, pass.studentId, binding.number, parsed.data.text);
  if ('error' in screened) return reject(client, 'spectatorChat', screened.error);
  const line = { from: binding.hub.nameOf(pass.studentId), text: screened.text, at: Date.now() };
  for (const other of binding.connections()) if (binding.roleOf(other.sessionId) === null) other.send('spectatorChat', line);
}

const HOST_MESSAGES = new Set<RoomMessageType>(['hostStart', 'hostKick', 'hostSetTimers']);

function receiveRoomMessage(binding: TableBinding, client: MatchClient, type: RoomMessageType, payload: unknown): void {
  if (type === 'spectatorChat') return observerChat(binding, client, payload);
  reject(client, type, HOST_MESSAGES.has(type) ? { code: 'notHost' } : { code: 'notFacilitator' });
}

/** One handler per message type of the match protocol, typed like the match room's. */
export function classTableHandlers(binding: () => TableBinding): MatchMessages {
  const handlers: Record<string, (client: MatchClient, payload: unknown) => void> = {};
  for (const type of Object.keys(INTENT_SCHEMAS)) handlers[type] = (client, payload) => receiveIntent(binding(), client, type, payload);
  for (const type of Object.keys(ROOM_MESSAGE_SCHEMAS) as RoomMessageType[]) {
    handlers[type] = (client, payload) => receiveRoomMessage(binding(), client, type, payload);
  }
  return handlers as MatchMessages;
}
