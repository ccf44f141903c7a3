/**
 * Everything a seat can ask of the server, typed from the shared protocol. Intents that change the
 * game carry the view version they were decided on; the server judges them and answers `rejected`
 * with the reason when it says no. Nothing here decides legality.
 */
import type { IntentPayload, IntentType } from '@shared/protocol/intents.ts';
import type { RoomMessage, RoomMessageType } from '@shared/protocol/room-messages.ts';
import { sendToRoom, sendVersioned } from './match-session.ts';

type Unversioned<K extends IntentType> = Omit<IntentPayload<K>, 'expectedVersion'>;
const UNVERSIONED: ReadonlySet<IntentType> = new Set<IntentType>(['ready', 'chat', 'whisper']);

export function sendIntent<K extends IntentType>(type: K, payload: Unversioned<K>): boolean {
  if (UNVERSIONED.has(type)) return sendToRoom(type, payload);
  return sendVersioned(type, payload as Record<string, unknown>);
}

export function sendRoomMessage<K extends RoomMessageType>(type: K, payload: RoomMessage<K>): boolean {
  return sendToRoom(type, payload);
}

/** The action surface screens use; a hook so components stay declarative. */
export function useGameActions() {
  return { sendIntent, sendRoomMessage };
}
