/**
 * The edge of the room: every client message is parsed once against its zod contract before it can
 * reach the engine. Bad shapes, unknown types, spectators trying to act and floods (chat, intents,
 * room messages: rate-limit.ts) are answered with a typed `rejected` message to the sender only,
 * and change nothing.
 */
import { INTENT_SCHEMAS, parseIntent, type IntentPayload, type IntentType } from '@shared/protocol/intents.ts';
import { ROOM_MESSAGE_SCHEMAS, type RoomMessage, type RoomMessageType } from '@shared/protocol/room-messages.ts';
import { infoOf, type MatchClient } from './match-client.ts';
import type { MatchTable } from './match-table.ts';
import { hostKick, hostSetTimers, hostStart, rematch } from './host-controls.ts';
import { claimSeat, releaseSeat, setName, type Refusal } from './seat-claims.ts';
import { handBack } from './seating.ts';

const CHAT_INTENTS = new Set<string>(['chat', 'whisper']);

/**
 * The room's message map. Payload types are the contracts' outputs so that typed SDK clients
 * (`new Client<typeof server>`) check what they send; at run time every payload is still treated
 * as untrusted and parsed here before use.
 */
export type MatchMessages = { [K in IntentType]: (client: MatchClient, payload: IntentPayload<K>) => void } & {
  [K in RoomMessageType]: (client: MatchClient, payload: RoomMessage<K>) => void;
};

/** One handler per message type of the protocol. */
export function messageHandlers(table: () => MatchTable): MatchMessages {
  const handlers: Record<string, (client: MatchClient, payload: unknown) => void> = {};
  for (const type of Object.keys(INTENT_SCHEMAS)) handlers[type] = (client, payload) => receiveIntent(table(), client, type, payload);
  for (const type of Object.keys(ROOM_MESSAGE_SCHEMAS) as RoomMessageType[]) {
    handlers[type] = (client, payload) => void receiveRoomMessage(table(), client, type, payload);
  }
  return handlers as MatchMessages;
}

const INTENT_TYPES = new Set<string>(Object.keys(INTENT_SCHEMAS));
const ROOM_MESSAGE_TYPES = new Set<string>(Object.keys(ROOM_MESSAGE_SCHEMAS));

/**
 * One message of any type, routed as the handlers of `messageHandlers` route it. A room that
 * registers this once (as its '*' handler) spares Colyseus a handler and its wrappers per type
 * per room (about 10 KB a match).
 */
export function receiveMessage(table: MatchTable, client: MatchClient, type: string | number, payload: unknown): void {
  if (typeof type === 'string' && INTENT_TYPES.has(type)) return receiveIntent(table, client, type, payload);
  if (typeof type === 'string' && ROOM_MESSAGE_TYPES.has(type)) return void receiveRoomMessage(table, client, type as RoomMessageType, payload);
  receiveUnknown(client, type);
}

/** Any other message type: answered, never dropped silently, never a disconnect. */
export function receiveUnknown(client: MatchClient, type: string | number): void {
  reject(client, String(type), { code: 'unknownMessage', type: String(type).slice(0, 64) });
}

function reject(client: MatchClient, type: string, error: NonNullable<Refusal>): void {
  client.send('rejected', { type, error });
}

function receiveIntent(table: MatchTable, client: MatchClient, type: string, payload: unknown): void {
  const parsed = parseIntent(type, payload);
  if (!parsed.ok) return reject(client, type, { code: 'invalidMessage', reason: parsed.reason });
  if (infoOf(client).spectator) return reject(client, type, { code: 'spectatorsCannotAct' });
  const role = table.seats.roleOf(client.sessionId);
  if (role === null) return reject(client, type, { code: 'notSeated' });
  // Per seat, so coming back on a new connection does not refill the bucket.
  const limit = CHAT_INTENTS.has(type) ? table.limits.chat : table.limits.intent;
  const retryInMs = limit.take(role, table.now());
  if (retryInMs > 0) return reject(client, type, { code: 'rateLimited', retryInMs });
  table.continuity.markActive(role);
  handBack(table, role); // a player a bot stood in for is back as soon as they act
  const refusal = table.intent(role, parsed.intent);
  if (refusal) reject(client, type, refusal);
}

async function receiveRoomMessage(table: MatchTable, client: MatchClient, type: RoomMessageType, payload: unknown): Promise<void> {
  const parsed = ROOM_MESSAGE_SCHEMAS[type].safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return reject(client, type, { code: 'invalidMessage', reason: `${issue.path.join('.') || 'payload'}: ${issue.message}` });
  }
  const retryInMs = table.limits.roomMessage.take(client.sessionId, table.now());
  if (retryInMs > 0) return reject(client, type, { code: 'rateLimited', retryInMs });
  const role = table.seats.roleOf(client.sessionId);
  if (role !== null) table.continuity.markActive(role);
  const handler = ROOM_HANDLERS[type] as (t: MatchTable, c: MatchClient, m: unknown) => Refusal | Promise<Refusal>;
  try {
    const refusal = await handler(table, client, parsed.data);
    if (refusal) reject(client, type, refusal);
  } catch (error) {
    console.error(`[match ${table.code}] ${type} failed`, error);
    reject(client, type, { code: 'invalidCommand', reason: 'server error' });
  }
}

type RoomHandlers = { [K in RoomMessageType]: (table: MatchTable, client: MatchClient, message: RoomMessage<K>) => Refusal | Promise<Refusal> };

const ROOM_HANDLERS: RoomHandlers = {
  claimSeat,
  releaseSeat: (table, client) => releaseSeat(table, client),
  setName,
  hostStart: (table, client) => hostStart(table, client),
  hostKick,
  hostSetTimers,
  spectatorChat: (table, client, message) => spectatorChat(table, client, message),
  rematch: (table, client) => rematch(table, client),
};

/** Spectators talk among themselves; seated players never see it during play. */
function spectatorChat(table: MatchTable, client: MatchClient, { text }: RoomMessage<'spectatorChat'>): Refusal {
  if (table.seats.roleOf(client.sessionId) !== null) return { code: 'spectatorsOnly' };
  const retryInMs = table.limits.spectatorChat.take(client.sessionId, table.now());
  if (retryInMs > 0) return { code: 'rateLimited', retryInMs };
  const message = { from: infoOf(client).name, text, at: Date.now() };
  for (const other of table.room.clients) if (table.seats.roleOf(other.sessionId) === null) other.send('spectatorChat', message);
  return null;
}
