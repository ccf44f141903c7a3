/**
 * A match room's shared state (match-schema.ts) is a few hundred bytes, but Colyseus gives every room
 * two 16 KB encoding buffers (the schema encoder's, and the serializer's for full states): 32 KB
 * per match, more than everything else the room holds. This hands a room buffers sized for the
 * largest state a match can have (tests/unit/server/match-state-buffers.test.ts keeps them so).
 * A state that outgrew them would still be sent whole: Colyseus grows a full buffer, with a warning.
 * Every match room also describes the same state types to its clients: one description serves all.
 */
import type { Room } from '@colyseus/core';

/** Room for the largest match state (about 560 bytes: four 24-character names of 3-byte characters). */
export const MATCH_STATE_BUFFER_BYTES = 1024;

/** The parts of Colyseus's SchemaSerializer this touches (internal fields of @colyseus/core 0.18). */
type SchemaBuffers = {
  encoder?: { sharedBuffer?: Uint8Array; state?: object };
  fullEncodeBuffer?: Uint8Array;
  needFullEncode?: boolean;
  handshakeCache?: Uint8Array;
  handshake?: () => Uint8Array;
};

const serializerOf = (room: Room) => (room as unknown as { _serializer?: SchemaBuffers })._serializer;

/**
 * Replaces the room's encoding buffers with `bytes`-long ones; call in onCreate, before any client
 * joins. Returns false (and changes nothing) when the room does not use the schema serializer.
 */
export function shrinkStateBuffers(room: Room, bytes = MATCH_STATE_BUFFER_BYTES): boolean {
  const serializer = serializerOf(room);
  const encoder = serializer?.encoder;
  if (!serializer || !(encoder?.sharedBuffer instanceof Uint8Array) || !(serializer.fullEncodeBuffer instanceof Uint8Array)) return false;
  encoder.sharedBuffer = new Uint8Array(bytes);
  const full = new Uint8Array(bytes);
  full[0] = serializer.fullEncodeBuffer[0]; // the ROOM_STATE code the serializer wrote once, on reset
  serializer.fullEncodeBuffer = full;
  serializer.needFullEncode = true; // no cached full state may point into the old buffer
  return true;
}

/** The description of the state types each joining client gets, by state class (it depends on nothing else). */
const handshakes = new WeakMap<object, Uint8Array>();

/**
 * Lets the room send the description of its state types that the first room of its kind wrote,
 * rather than writing and keeping its own copy (the bytes are the same: they describe the types).
 */
export function shareStateHandshake(room: Room): boolean {
  const serializer = serializerOf(room);
  const kind = serializer?.encoder?.state?.constructor;
  if (!serializer || !kind || typeof serializer.handshake !== 'function') return false;
  let bytes = handshakes.get(kind);
  if (bytes === undefined) {
    bytes = serializer.handshake();
    handshakes.set(kind, bytes);
  }
  serializer.handshakeCache = bytes;
  return true;
}
