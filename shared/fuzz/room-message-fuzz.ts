/**
 * Hostile seating and host traffic: claiming taken seats, renaming to markup, starting, kicking and
 * retiming as someone who is not the host, spectator chat from players, rematch requests mid-match,
 * each well-formed or broken. The room must refuse what is not allowed with a clear error.
 */
import { ROOM_MESSAGE_SCHEMAS, type RoomMessageType } from '../protocol/room-messages.ts';
import { ROLES } from '../rules/types.ts';
import type { Rand } from './fuzz-random.ts';
import { garbageValue, hostileString, textOfLength } from './hostile-values.ts';
import { malform } from './malform.ts';
import type { RawMessage } from './well-formed.ts';

export const ROOM_MESSAGE_TYPES = Object.keys(ROOM_MESSAGE_SCHEMAS) as RoomMessageType[];
/** Room messages only the host may send. */
export const HOST_ONLY: readonly RoomMessageType[] = ['hostStart', 'hostKick', 'hostSetTimers'];

function someName(rand: Rand): string {
  return rand.pick([() => `Player ${rand.int(1, 99)}`, () => hostileString(rand) || 'x', () => textOfLength(rand, rand.int(1, 24))])();
}

function timers(rand: Rand): Record<string, number> {
  const out: Record<string, number> = {};
  for (const phase of ['briefing', 'proposals', 'negotiation', 'vote', 'actions', 'resolution']) if (rand.chance(0.4)) out[phase] = rand.int(5, 600);
  return out;
}

/** A room message of `type` that meets its contract (its content may still be refused). */
export function wellFormedRoomMessage(rand: Rand, type: RoomMessageType): RawMessage {
  switch (type) {
    case 'claimSeat': return { type, payload: { role: rand.pick(ROLES), name: someName(rand) } };
    case 'setName': return { type, payload: { name: someName(rand) } };
    case 'hostKick': return { type, payload: { role: rand.pick(ROLES) } };
    case 'hostSetTimers': return { type, payload: { timers: timers(rand) } };
    case 'spectatorChat': return { type, payload: { text: rand.chance(0.5) ? `go team ${rand.int(1, 9)}` : textOfLength(rand, rand.int(1, 200)) } };
    default: return { type, payload: {} };
  }
}

/** A room message, well-formed most of the time, otherwise broken (which its contract may or may not notice). */
export function fuzzRoomMessage(rand: Rand): RawMessage {
  const message = wellFormedRoomMessage(rand, rand.pick(ROOM_MESSAGE_TYPES));
  const r = rand.float();
  if (r < 0.65) return message;
  if (r < 0.95) return malform(rand, message).message;
  return { type: message.type, payload: garbageValue(rand) };
}

/** Whether `message` meets its room-message contract (the client can tell before sending). */
export function meetsRoomContract(message: RawMessage): boolean {
  const type = message.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(ROOM_MESSAGE_SCHEMAS, type)) return false;
  return ROOM_MESSAGE_SCHEMAS[type as RoomMessageType].safeParse(message.payload).success;
}
