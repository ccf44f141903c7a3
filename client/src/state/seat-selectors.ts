/**
 * Who sits where, seen from this browser: the seat rows of the lobby and the table, merged from the
 * game view (names, reputation, exposure) and the room's public state (connection, host).
 */
import { ROLES, type Role } from '@shared/rules/types.ts';
import type { MatchView, SeatView } from '@shared/rules/view.ts';
import type { LobbyState, SessionState } from './session-state.ts';

export type SeatRow = Readonly<{
  role: Role;
  name: string;
  controller: 'open' | 'human' | 'bot';
  connected: boolean;
  ready: boolean;
  isMe: boolean;
  isHost: boolean;
  reputation: number | null;
  exposed: boolean;
  wentStraight: boolean;
  hasActed: boolean;
}>;

/** The seat this browser plays, or null (no seat yet, or spectating). */
export function myRole(session: SessionState): Role | null {
  if (session.mode === 'spectator') return null;
  const viewer = session.view?.viewer;
  if (viewer?.kind === 'seat') return viewer.role;
  return session.welcome?.role ?? null;
}

export function isHost(session: SessionState): boolean {
  return session.mode === 'player' && session.welcome?.isHost === true;
}

function rowFor(role: Role, view: MatchView | null, lobby: LobbyState | null, me: Role | null): SeatRow {
  const seat: SeatView | undefined = view?.seats[role];
  const live = lobby?.seats[role];
  const controller = (live?.controller ?? seat?.controller ?? 'open') as SeatRow['controller'];
  return {
    role,
    name: live?.name || seat?.name || '',
    controller,
    connected: controller === 'bot' ? true : live?.connected ?? false,
    ready: live?.ready ?? seat?.ready ?? false,
    isMe: role === me,
    isHost: lobby?.hostRole === role,
    reputation: seat ? seat.reputation : null,
    exposed: seat?.exposed ?? false,
    wentStraight: seat?.wentStraight ?? false,
    hasActed: seat?.hasActed ?? false,
  };
}

export function seatRows(session: SessionState): readonly SeatRow[] {
  const me = myRole(session);
  return ROLES.map((role) => rowFor(role, session.view, session.lobby, me));
}

/** Seat rows from a view alone (replays): no live connection data, everyone shown as present. */
export function seatRowsOf(view: MatchView, me: Role | null): readonly SeatRow[] {
  return ROLES.map((role) => ({ ...rowFor(role, view, null, me), connected: true }));
}

/** True when every seat has someone (a person or a bot) — or bots will fill the rest at the start. */
export function canStart(session: SessionState): boolean {
  const rows = seatRows(session);
  const filled = rows.filter((r) => r.controller !== 'open').length;
  const botsFill = session.view?.config.botsFillEmptySeats ?? false;
  return filled === ROLES.length || (botsFill && filled > 0);
}
