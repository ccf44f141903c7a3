/**
 * A peek behind the curtain for assertions only: the canonical game state the server holds for a
 * room (never sent to any client), found through the local matchmaker.
 */
import { matchMaker } from '@colyseus/core';
import type { GameState } from '@shared/rules/types.ts';

type TableHolder = { table: { state: GameState; session: { record: { id: string } } } };

export function serverState(code: string): GameState {
  const room = matchMaker.getLocalRoomById(code) as unknown as TableHolder | undefined;
  if (!room) throw new Error(`no room ${code} on this process`);
  return room.table.state;
}

export function serverRoomExists(code: string): boolean {
  return matchMaker.getLocalRoomById(code) !== undefined;
}
