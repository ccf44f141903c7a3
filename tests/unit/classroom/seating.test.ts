/**
 * Seating a class: for every class size from 1 to 33, with "auto" and fixed table counts, the plan is
 * balanced, stable as students arrive one by one, and never gives a role (or its co-pilot place) twice
 * at a table; and the case — ten students, three tables — comes out as documented.
 */
import { describe, expect, it } from 'vitest';
import {
  emptySeating, MAX_PLAYERS_PER_TABLE, nextPlacement, placementOf, SEAT_FILL_ORDER, seatArrival, seatClass,
  tableCountFor, tableRoster, tableSizes, type Placement, type Seating,
} from '@shared/classroom/index.ts';
import { ROLES } from '@shared/rules/types.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `s${i + 1}`);

function expectBalanced(seating: Seating, label: string): void {
  const sizes = tableSizes(seating);
  expect(Math.max(...sizes) - Math.min(...sizes), `${label}: sizes ${sizes}`).toBeLessThanOrEqual(1);
}

function expectWellFormed(seating: Seating, label: string): void {
  for (let t = 1; t <= seating.tables; t++) {
    const here = seating.students.filter((s) => s.placement.table === t).map((s) => s.placement);
    const pilots = here.filter((p): p is Extract<Placement, { kind: 'seat' }> => p.kind === 'seat').map((p) => p.role);
    const copilots = here.filter((p): p is Extract<Placement, { kind: 'copilot' }> => p.kind === 'copilot').map((p) => p.role);
    expect(new Set(pilots).size, `${label} table ${t}: a role seated twice`).toBe(pilots.length);
    expect(new Set(copilots).size, `${label} table ${t}: a role co-piloted twice`).toBe(copilots.length);
    for (const r of copilots) expect(pilots, `${label} table ${t}: co-pilot of an empty seat`).toContain(r);
    // Nobody co-pilots while a seat is free, and nobody observes while a co-pilot place is free.
    if (copilots.length > 0) expect(pilots.length, `${label} table ${t}`).toBe(ROLES.length);
    if (here.some((p) => p.kind === 'observer')) expect(copilots.length, `${label} table ${t}`).toBe(ROLES.length);
  }
}

/** Student i of a class dealt round-robin: table i mod T, the (i div T)-th arrival at that table. */
function expectedPlacement(i: number, tables: number): Placement {
  const table = (i % tables) + 1;
  const k = Math.floor(i / tables);
  if (k < 4) return { kind: 'seat', table, role: SEAT_FILL_ORDER[k] };
  if (k < 8) return { kind: 'copilot', table, role: SEAT_FILL_ORDER[k - 4] };
  return { kind: 'observer', table };
}

describe('tableCountFor', () => {
  it.each([
    [1, 1, 1], [4, 1, 1], [5, 2, 1], [8, 2, 2], [9, 3, 2], [10, 3, 2], [12, 3, 3], [13, 4, 3], [33, 9, 8],
  ])('auto: %i students → %i tables with bots, %i without', (n, withBots, withoutBots) => {
    expect(tableCountFor(n, 'auto', true)).toBe(withBots);
    expect(tableCountFor(n, 'auto', false)).toBe(withoutBots);
  });

  it('a fixed count is kept whatever the class size, and an empty class still gets a table', () => {
    expect(tableCountFor(30, 2, true)).toBe(2);
    expect(tableCountFor(3, 5, false)).toBe(5);
    expect(tableCountFor(0, 'auto', true)).toBe(1);
    expect(tableCountFor(2, 'auto', false)).toBe(1);
  });
});

describe('seatClass over class sizes 1–33', () => {
  const modes: (number | 'auto')[] = ['auto', 1, 2, 3, 4, 5, 7];
  for (const mode of modes) {
    for (const bots of [true, false]) {
      it(`tables ${mode}, bots ${bots ? 'on' : 'off'}: balanced, well formed, dealt round the tables in join order`, () => {
        for (let n = 1; n <= 33; n++) {
          const tables = tableCountFor(n, mode, bots);
          const seating = seatClass(ids(n), tables);
          const label = `n=${n} tables=${tables}`;
          expect(seating.students.map((s) => s.id), label).toEqual(ids(n));
          expectBalanced(seating, label);
          expectWellFormed(seating, label);
          ids(n).forEach((id, i) => expect(placementOf(seating, id), `${label} ${id}`).toEqual(expectedPlacement(i, tables)));
        }
      });
    }
  }

  it('with "auto" and bots, everyone has a seat of their own: no co-pilots, no observers', () => {
    for (let n = 1; n <= 33; n++) {
      const seating = seatClass(ids(n), tableCountFor(n, 'auto', true));
      expect(seating.students.every((s) => s.placement.kind === 'seat'), `n=${n}`).toBe(true);
    }
  });

  it('with "auto" and no bots, every seat of every table has a person', () => {
    for (let n = 4; n <= 33; n++) {
      const seating = seatClass(ids(n), tableCountFor(n, 'auto', false));
      for (let t = 1; t <= seating.tables; t++) {
        const roster = tableRoster(seating, t);
        expect(ROLES.every((r) => roster.seats[r].pilot !== null), `n=${n} table ${t}`).toBe(true);
      }
    }
  });
});

describe('stability: an arriving student never moves anyone', () => {
  it('for a fixed count, seating one by one never changes an earlier placement (n up to 33, 1–6 tables)', () => {
    for (let tables = 1; tables <= 6; tables++) {
      let seating = emptySeating(tables);
      for (const [i, id] of ids(33).entries()) {
        const before = seating.students;
        seating = seatArrival(seating, id);
        expect(seating.students.slice(0, i), `tables=${tables} arrival ${id}`).toEqual(before);
        expectBalanced(seating, `tables=${tables} after ${id}`);
      }
    }
  });

  it('with "auto", late arrivals after the class was seated move nobody and keep the tables balanced', () => {
    for (let formed = 1; formed <= 33; formed++) {
      let seating = seatClass(ids(formed), tableCountFor(formed, 'auto', true));
      const snapshot = seating.students;
      for (let k = formed; k < 40; k++) seating = seatArrival(seating, `late${k}`);
      expect(seating.students.slice(0, formed), `formed at ${formed}`).toEqual(snapshot);
      expectBalanced(seating, `formed at ${formed}`);
      expectWellFormed(seating, `formed at ${formed}`);
    }
  });

  it('a student who comes back keeps their place', () => {
    const seating = seatClass(ids(6), 2);
    expect(seatArrival(seating, 's3')).toBe(seating);
  });

  it('late students fill bot seats before becoming co-pilots, then observe past eight per table', () => {
    let seating = seatClass(ids(3), 1);
    expect(nextPlacement(seating, 1)).toEqual({ kind: 'seat', table: 1, role: 'engineer' });
    for (const id of ['a', 'b', 'c', 'd', 'e']) seating = seatArrival(seating, id);
    expect(placementOf(seating, 'a')).toEqual({ kind: 'seat', table: 1, role: 'engineer' });
    expect(placementOf(seating, 'b')).toEqual({ kind: 'copilot', table: 1, role: 'activist' });
    expect(placementOf(seating, 'e')).toEqual({ kind: 'copilot', table: 1, role: 'engineer' });
    expect(tableSizes(seating)).toEqual([MAX_PLAYERS_PER_TABLE]);
    expect(placementOf(seatArrival(seating, 'f'), 'f')).toEqual({ kind: 'observer', table: 1 });
  });
});

describe('the issue: a class of ten', () => {
  it('"auto" with bots gives three tables of 4, 3 and 3; each short table leaves the engineer to a bot', () => {
    const seating = seatClass(ids(10), tableCountFor(10, 'auto', true));
    expect(seating.tables).toBe(3);
    expect(tableSizes(seating)).toEqual([4, 3, 3]);
    const roster = (t: number) => tableRoster(seating, t).seats;
    expect(roster(1)).toEqual({
      activist: { pilot: 's1', copilot: null }, smuggler: { pilot: 's4', copilot: null },
      chemist: { pilot: 's7', copilot: null }, engineer: { pilot: 's10', copilot: null },
    });
    expect(roster(2)).toEqual({
      activist: { pilot: 's2', copilot: null }, smuggler: { pilot: 's5', copilot: null },
      chemist: { pilot: 's8', copilot: null }, engineer: { pilot: null, copilot: null },
    });
    expect(roster(3).engineer).toEqual({ pilot: null, copilot: null });
  });

  it('three tables asked for by the teacher, no bots: the same 4/3/3 (the room refuses to start until seats are filled)', () => {
    expect(tableSizes(seatClass(ids(10), 3))).toEqual([4, 3, 3]);
  });

  it('"auto" without bots gives two full tables, each with one co-pilot on the activist seat', () => {
    const seating = seatClass(ids(10), tableCountFor(10, 'auto', false));
    expect(tableSizes(seating)).toEqual([5, 5]);
    expect(placementOf(seating, 's9')).toEqual({ kind: 'copilot', table: 1, role: 'activist' });
    expect(placementOf(seating, 's10')).toEqual({ kind: 'copilot', table: 2, role: 'activist' });
  });
});

describe('emptySeating', () => {
  it('refuses a class without tables', () => {
    expect(() => emptySeating(0)).toThrow(RangeError);
    expect(() => emptySeating(1.5)).toThrow(RangeError);
  });
});
