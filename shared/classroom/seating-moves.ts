/**
 * The teacher moves a student: to a seat, to co-pilot a seat, or to watch a table. Dropping a student
 * on a place someone else holds swaps the two. A pilot who leaves a seat hands it to their co-pilot,
 * so a seat never falls to a bot while a person is sitting next to it. (The room allows moves only
 * before the first round and between rounds; this module only checks that the move makes sense.)
 */
import type { Role } from '../rules/types.ts';
import { placementOf, SEAT_FILL_ORDER, tableRoster, type Placement, type Seating, type StudentId } from './seating.ts';

export type MoveTarget = Readonly<{
  studentId: StudentId;
  table: number;
  seat: Role | 'copilot' | 'observer';
  /** For `copilot`: the seat to co-pilot; by default the first (in fill order) that has a pilot and no co-pilot. */
  of?: Role;
}>;

export type SeatingError =
  | { code: 'unknownStudent'; studentId: string }
  | { code: 'unknownTable'; table: number }
  | { code: 'noCopilotSlot'; table: number; role?: Role };

/** The new plan and the students whose place changed (they need telling). */
export type SeatingChange = Readonly<{ seating: Seating; changed: readonly StudentId[] }>;

function samePlace(a: Placement, b: Placement): boolean {
  if (a.kind !== b.kind || a.table !== b.table) return false;
  return a.kind === 'observer' || (b.kind !== 'observer' && a.role === b.role);
}

/** The student holding exactly this place (observers share theirs, so nobody "holds" it). */
function holderOf(seating: Seating, place: Placement): StudentId | null {
  if (place.kind === 'observer') return null;
  return seating.students.find((s) => samePlace(s.placement, place))?.id ?? null;
}

function copilotTarget(seating: Seating, move: MoveTarget): Placement | SeatingError {
  const roster = tableRoster(seating, move.table);
  const hasOtherPilot = (r: Role) => roster.seats[r].pilot !== null && roster.seats[r].pilot !== move.studentId;
  if (move.of) {
    if (!hasOtherPilot(move.of)) return { code: 'noCopilotSlot', table: move.table, role: move.of };
    return { kind: 'copilot', table: move.table, role: move.of };
  }
  const role = SEAT_FILL_ORDER.find((r) => hasOtherPilot(r) && roster.seats[r].copilot === null);
  return role ? { kind: 'copilot', table: move.table, role } : { code: 'noCopilotSlot', table: move.table };
}

function targetOf(seating: Seating, move: MoveTarget): Placement | SeatingError {
  if (move.seat === 'observer') return { kind: 'observer', table: move.table };
  if (move.seat === 'copilot') return copilotTarget(seating, move);
  return { kind: 'seat', table: move.table, role: move.seat };
}

function place(seating: Seating, moves: ReadonlyMap<StudentId, Placement>): Seating {
  return { ...seating, students: seating.students.map((s) => (moves.has(s.id) ? { id: s.id, placement: moves.get(s.id)! } : s)) };
}

/** Moves a student; a student dropped on an occupied place swaps with its holder. */
export function moveStudent(seating: Seating, move: MoveTarget): SeatingChange | SeatingError {
  const from = placementOf(seating, move.studentId);
  if (!from) return { code: 'unknownStudent', studentId: move.studentId };
  if (!Number.isInteger(move.table) || move.table < 1 || move.table > seating.tables) return { code: 'unknownTable', table: move.table };
  const to = targetOf(seating, move);
  if ('code' in to) return to;
  if (samePlace(from, to)) return { seating, changed: [] };
  const holder = holderOf(seating, to);
  if (holder) {
    return { seating: place(seating, new Map([[move.studentId, to], [holder, from]])), changed: [move.studentId, holder] };
  }
  const moves = new Map<StudentId, Placement>([[move.studentId, to]]);
  // The pilot leaves: their co-pilot (if any) takes the seat, unless the pilot only moved into that co-pilot place.
  if (from.kind === 'seat') {
    const copilot = tableRoster(seating, from.table).seats[from.role].copilot;
    if (copilot && copilot !== move.studentId) moves.set(copilot, from);
  }
  return { seating: place(seating, moves), changed: [...moves.keys()] };
}
