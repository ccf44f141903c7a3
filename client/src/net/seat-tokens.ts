/**
 * Remembers, per match code, the secret seat token the server gave this browser, so a reload or a
 * closed tab brings the player back to the same seat. Also keeps the player's last display name.
 */
import type { Role } from '@shared/rules/types.ts';

export type SavedSeat = Readonly<{ seatToken: string; role: Role | null; name: string | null }>;

const seatKey = (code: string) => `neo-terra.seat.${code.toUpperCase()}`;
const NAME_KEY = 'neo-terra.name';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // private mode or blocked storage: the game still works, only reload-rejoin is lost
  }
}

export function loadSeat(code: string): SavedSeat | null {
  const raw = storage()?.getItem(seatKey(code));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as SavedSeat;
    return typeof parsed.seatToken === 'string' && parsed.seatToken.length >= 8 ? parsed : null;
  } catch {
    return null;
  }
}

export function saveSeat(code: string, seat: SavedSeat): void {
  storage()?.setItem(seatKey(code), JSON.stringify(seat));
}

export function forgetSeat(code: string): void {
  storage()?.removeItem(seatKey(code));
}

export function loadName(): string {
  return storage()?.getItem(NAME_KEY) ?? '';
}

export function saveName(name: string): void {
  storage()?.setItem(NAME_KEY, name);
}
