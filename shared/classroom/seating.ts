/**
 * Seating a class. Students are dealt to tables in the order they join, always to the emptiest table,
 * so table sizes never differ by more than one. At a table the first four take the seats (in
 * SEAT_FILL_ORDER), the next four become co-pilots of those seats, and anyone beyond that watches as an
 * observer. An arriving student never moves anyone already seated; only the teacher moves students.
 */
import { ROLES, type Role } from '../rules/types.ts';

/**
 * The order in which a table's seats go to people. A table short of students leaves the last roles
 * to bots: two students play the activist and the smuggler (the conflict at the heart of the game),
 * a third takes the chemist, and the engineer's budget-and-capacity seat is the one a bot plays best.
 */
export const SEAT_FILL_ORDER: readonly Role[] = ['activist', 'smuggler', 'chemist', 'engineer'];

/** Students per table before the next ones only watch: four seats, each with at most one co-pilot. */
export const MAX_PLAYERS_PER_TABLE = 2 * ROLES.length;

export type StudentId = string;

/** Where a student sits. Tables are numbered from 1, as the teacher sees them. */
export type Placement =
  | Readonly<{ kind: 'seat'; table: number; role: Role }>
  | Readonly<{ kind: 'copilot'; table: number; role: Role }>
  | Readonly<{ kind: 'observer'; table: number }>;

export type SeatedStudent = Readonly<{ id: StudentId; placement: Placement }>;

/** The class's seating plan: how many tables, and every seated student in the order they arrived. */
export type Seating = Readonly<{ tables: number; students: readonly SeatedStudent[] }>;

export type SeatRoster = Readonly<{ pilot: StudentId | null; copilot: StudentId | null }>;
export type TableRoster = Readonly<{
  table: number;
  seats: Readonly<Record<Role, SeatRoster>>;
  observers: readonly StudentId[];
}>;

/** How many tables a class gets. */
export function tableCountFor(students: number, tables: number | 'auto', botsFillEmptySeats: boolean): number {
  if (tables !== 'auto') return tables;
  // With bots, everyone gets a seat of their own (ceil); without, every seat needs a person (floor)
  // and the students left over co-pilot.
  const count = botsFillEmptySeats ? Math.ceil(students / ROLES.length) : Math.floor(students / ROLES.length);
  return Math.max(1, count);
}

export function emptySeating(tables: number): Seating {
  if (!Number.isInteger(tables) || tables < 1) throw new RangeError(`a class needs at least one table, got ${tables}`);
  return { tables, students: [] };
}

export function placementOf(seating: Seating, id: StudentId): Placement | null {
  return seating.students.find((s) => s.id === id)?.placement ?? null;
}

/** Students placed at each table (seats, co-pilots and observers), index 0 = table 1. */
export function tableSizes(seating: Seating): number[] {
  const sizes = new Array<number>(seating.tables).fill(0);
  for (const s of seating.students) sizes[s.placement.table - 1] += 1;
  return sizes;
}

/** Who sits where at one table. */
export function tableRoster(seating: Seating, table: number): TableRoster {
  const seats = Object.fromEntries(ROLES.map((r) => [r, { pilot: null, copilot: null }])) as Record<Role, { pilot: StudentId | null; copilot: StudentId | null }>;
  const observers: StudentId[] = [];
  for (const { id, placement: p } of seating.students) {
    if (p.table !== table) continue;
    if (p.kind === 'seat') seats[p.role].pilot = id;
    else if (p.kind === 'copilot') seats[p.role].copilot = id;
    else observers.push(id);
  }
  return { table, seats, observers };
}

/** The place the next student at `table` gets: a free seat, else a free co-pilot place, else observer. */
export function nextPlacement(seating: Seating, table: number): Placement {
  const roster = tableRoster(seating, table);
  const free = SEAT_FILL_ORDER.find((r) => roster.seats[r].pilot === null);
  if (free) return { kind: 'seat', table, role: free };
  const lonely = SEAT_FILL_ORDER.find((r) => roster.seats[r].copilot === null);
  if (lonely) return { kind: 'copilot', table, role: lonely };
  return { kind: 'observer', table };
}

/** The emptiest table; the lowest number on a tie, so dealing goes round the tables in order. */
function emptiestTable(seating: Seating): number {
  const sizes = tableSizes(seating);
  let best = 0;
  for (let i = 1; i < sizes.length; i++) if (sizes[i] < sizes[best]) best = i;
  return best + 1;
}

/**
 * Places an arriving student without moving anyone. A student already placed (a refresh, a second
 * tab) keeps their place.
 */
export function seatArrival(seating: Seating, id: StudentId): Seating {
  if (placementOf(seating, id)) return seating;
  const placement = nextPlacement(seating, emptiestTable(seating));
  return { ...seating, students: [...seating.students, { id, placement }] };
}

/** Seats a whole class at once, in join order: the same result as seating them one by one. */
export function seatClass(ids: readonly StudentId[], tables: number): Seating {
  return ids.reduce(seatArrival, emptySeating(tables));
}
