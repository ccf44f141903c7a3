/**
 * Raw WebSocket frames that are not messages at all: random bytes, a valid protocol code followed
 * by junk, a message type with a payload that is not valid msgpack, a second join handshake, text
 * where binary belongs, empty frames. What a broken or malicious client puts on the wire below the
 * SDK. The server must drop or refuse them without disturbing anyone else.
 */
import type { Rand } from './fuzz-random.ts';

/** Colyseus 0.18 protocol codes a frame may start with (ROOM_DATA, ROOM_REQUEST, JOIN_ROOM, …). */
const CODES = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21];
const ROOM_DATA = 13;
const ROOM_REQUEST = 19;
/** A byte msgpack never uses: any decoder must reject it. */
const NEVER_USED = 0xc1;

export type GarbageFrame = Readonly<{ how: string; data: Uint8Array | string }>;

function bytes(rand: Rand, length: number): number[] {
  return Array.from({ length }, () => rand.int(0, 255));
}

/** A message type as Colyseus writes it (a short string with its length prefix). */
function typeBytes(type: string): number[] {
  const utf8 = Array.from(new TextEncoder().encode(type));
  return [0xa0 | utf8.length, ...utf8];
}

export function garbageFrame(rand: Rand): GarbageFrame {
  const type = rand.pick(['chat', 'castVote', 'hostStart', 'claimSeat', 'x', '__proto__']);
  const frame = (how: string, data: number[]): GarbageFrame => ({ how, data: new Uint8Array(data) });
  switch (rand.int(0, 8)) {
    case 0: return frame('random bytes', bytes(rand, rand.int(1, 2000)));
    case 1: return frame('protocol code then junk', [rand.pick(CODES), ...bytes(rand, rand.int(0, 64))]);
    case 2: return frame(`${type} with invalid msgpack`, [ROOM_DATA, ...typeBytes(type), NEVER_USED, ...bytes(rand, rand.int(0, 8))]);
    case 3: return frame(`${type} with a truncated map`, [ROOM_DATA, ...typeBytes(type), 0x83, 0xa4, 0x74, 0x65]);
    case 4: return frame('a type but no payload', [ROOM_DATA, ...typeBytes(type)]);
    case 5: return frame('a request with a junk id', [ROOM_REQUEST, 0xcf, ...bytes(rand, 8), ...typeBytes(type), NEVER_USED]);
    case 6: return frame('a second join handshake', [10, ...bytes(rand, rand.int(0, 16))]);
    case 7: return { how: 'a text frame', data: rand.chance(0.5) ? '{"type":"chat","text":"hi"}' : 'garbage' };
    default: return frame('an empty frame', []);
  }
}
