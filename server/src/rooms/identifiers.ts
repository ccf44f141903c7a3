/**
 * Identifiers. Room codes: five characters a player can read aloud or type from a projector without confusing
 * 0/O or 1/I. The code is the Colyseus roomId, so "join by code" is `joinById(code)`.
 */
import { randomInt, randomBytes } from 'node:crypto';

export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const ROOM_CODE_LENGTH = 5;
const ROOM_CODE_PATTERN = new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`);

/** A fresh random code; callers retry on the (rare) collision with a live room. */
export function makeRoomCode(): string {
  let code = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)];
  return code;
}

export function isRoomCode(value: string): boolean {
  return ROOM_CODE_PATTERN.test(value);
}

/** A seat token: 32 random bytes, base64url (43 characters). Proves a player owns a seat. */
export function makeSeatToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A match id for storage and replays (`/replay/ID`): 16 random bytes, base64url. */
export function makeMatchId(): string {
  return randomBytes(16).toString('base64url');
}

/** A seed for a new match's random generator. */
export function makeSeed(): number {
  return randomInt(0, 2 ** 32);
}
