/**
 * Keeping a table's match seats in line with the class seating plan. A seat with a student is played
 * by a person under the student's name (both names when a co-pilot shares it); in play, a seat whose
 * students are all disconnected, or that has none, is held by a bot so the table never freezes; in the
 * lobby a seat without a student stays open for the bots that fill empty seats at the start. The
 * result is the list of seating commands the room hands to the table's engine.
 */
import { botName } from '../content/roles.ts';
import type { SystemEvent } from '../rules/commands.ts';
import { MAX_NAME_LENGTH } from '../protocol/room-messages.ts';
import { ROLES, type Role } from '../rules/types.ts';
import type { StudentId, TableRoster } from './seating.ts';

export type EngineSeat = Readonly<{ controller: 'open' | 'human' | 'bot'; name: string }>;
export type StudentPresence = Readonly<{ name: string; connected: boolean }>;

/** A seat's display name: the pilot's, or "Pilot & Co-pilot", shortened to fit a seat card. */
export function seatName(pilot: string, copilot: string | null): string {
  if (!copilot) return pilot.slice(0, MAX_NAME_LENGTH);
  const both = `${pilot} & ${copilot}`;
  if (both.length <= MAX_NAME_LENGTH) return both;
  const half = Math.floor((MAX_NAME_LENGTH - 3) / 2);
  return `${pilot.slice(0, half).trimEnd()} & ${copilot.slice(0, MAX_NAME_LENGTH - 3 - half).trimEnd()}`;
}

function wantedSeat(role: Role, roster: TableRoster, students: ReadonlyMap<StudentId, StudentPresence>, inLobby: boolean): EngineSeat {
  const { pilot, copilot } = roster.seats[role];
  const p = pilot ? students.get(pilot) : undefined;
  if (!p) return inLobby ? { controller: 'open', name: '' } : { controller: 'bot', name: botName(role) };
  const c = copilot ? students.get(copilot) : undefined;
  const name = seatName(p.name, c?.name ?? null);
  // In the lobby a seat is the student's even while their phone reconnects; in play only a present student keeps it from the bot.
  const present = inLobby || p.connected || (c?.connected ?? false);
  return { controller: present ? 'human' : 'bot', name };
}

/** What each seat of a table should be, from the seating plan and who is connected. */
export function wantedSeats(
  roster: TableRoster, students: ReadonlyMap<StudentId, StudentPresence>, inLobby: boolean,
): Record<Role, EngineSeat> {
  return Object.fromEntries(ROLES.map((r) => [r, wantedSeat(r, roster, students, inLobby)])) as Record<Role, EngineSeat>;
}

/** The seating commands that turn the engine's seats into the wanted ones (none when they match). */
export function seatSync(current: Readonly<Record<Role, EngineSeat>>, wanted: Readonly<Record<Role, EngineSeat>>, inLobby: boolean): SystemEvent[] {
  const out: SystemEvent[] = [];
  for (const role of ROLES) {
    const now = current[role];
    const want = wanted[role];
    if (now.controller === want.controller && now.name === want.name) continue;
    if (want.controller === 'open') {
      if (inLobby) out.push({ type: 'seatReleased', role });
      continue; // once play has started a seat is never open again
    }
    if (now.controller === 'open') out.push({ type: 'seatTaken', role, name: want.name, controller: want.controller });
    else out.push({ type: 'seatController', role, controller: want.controller, name: want.name });
  }
  return out;
}
