/**
 * The teacher moves students: to a free seat, onto an occupied place (a swap), to co-pilot or observe;
 * a pilot who leaves hands the seat to their co-pilot; nonsense moves are refused and change nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  moveStudent, placementOf, seatClass, tableRoster, tableSizes, type MoveTarget, type Seating, type SeatingChange,
} from '@shared/classroom/index.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `s${i + 1}`);

function moved(seating: Seating, move: MoveTarget): SeatingChange {
  const result = moveStudent(seating, move);
  if ('code' in result) throw new Error(`move refused: ${JSON.stringify(result)}`);
  return result;
}

// Ten students, three tables: t1 s1 activist, s4 smuggler, s7 chemist, s10 engineer; t2 s2, s5, s8; t3 s3, s6, s9.
const ten = seatClass(ids(10), 3);

describe('moveStudent', () => {
  it('moves a student into a free (bot) seat at another table and reports only them', () => {
    const { seating, changed } = moved(ten, { studentId: 's10', table: 2, seat: 'engineer' });
    expect(placementOf(seating, 's10')).toEqual({ kind: 'seat', table: 2, role: 'engineer' });
    expect(tableRoster(seating, 1).seats.engineer.pilot).toBeNull();
    expect(changed).toEqual(['s10']);
    expect(tableSizes(seating)).toEqual([3, 4, 3]);
  });

  it('dropping a student on an occupied seat swaps the two', () => {
    const { seating, changed } = moved(ten, { studentId: 's2', table: 1, seat: 'chemist' });
    expect(placementOf(seating, 's2')).toEqual({ kind: 'seat', table: 1, role: 'chemist' });
    expect(placementOf(seating, 's7')).toEqual({ kind: 'seat', table: 2, role: 'activist' });
    expect(new Set(changed)).toEqual(new Set(['s2', 's7']));
  });

  it('a co-pilot is placed on the first seat (fill order) that has a pilot and no co-pilot, or on the named one', () => {
    const first = moved(ten, { studentId: 's3', table: 1, seat: 'copilot' });
    expect(placementOf(first.seating, 's3')).toEqual({ kind: 'copilot', table: 1, role: 'activist' });
    const named = moved(ten, { studentId: 's3', table: 1, seat: 'copilot', of: 'engineer' });
    expect(placementOf(named.seating, 's3')).toEqual({ kind: 'copilot', table: 1, role: 'engineer' });
  });

  it('a pilot who leaves hands the seat to their co-pilot', () => {
    const withCopilot = moved(ten, { studentId: 's3', table: 1, seat: 'copilot', of: 'smuggler' }).seating;
    const { seating, changed } = moved(withCopilot, { studentId: 's4', table: 3, seat: 'observer' });
    expect(placementOf(seating, 's3')).toEqual({ kind: 'seat', table: 1, role: 'smuggler' });
    expect(placementOf(seating, 's4')).toEqual({ kind: 'observer', table: 3 });
    expect(new Set(changed)).toEqual(new Set(['s3', 's4']));
  });

  it('a co-pilot dropped on their own pilot\'s seat swaps roles with the pilot', () => {
    const withCopilot = moved(ten, { studentId: 's3', table: 1, seat: 'copilot', of: 'smuggler' }).seating;
    const { seating } = moved(withCopilot, { studentId: 's3', table: 1, seat: 'smuggler' });
    expect(placementOf(seating, 's3')).toEqual({ kind: 'seat', table: 1, role: 'smuggler' });
    expect(placementOf(seating, 's4')).toEqual({ kind: 'copilot', table: 1, role: 'smuggler' });
  });

  it('moving a student to where they already are changes nothing', () => {
    const result = moved(ten, { studentId: 's1', table: 1, seat: 'activist' });
    expect(result.seating).toBe(ten);
    expect(result.changed).toEqual([]);
  });

  it.each<[string, MoveTarget, unknown]>([
    ['an unknown student', { studentId: 'nobody', table: 1, seat: 'activist' }, { code: 'unknownStudent', studentId: 'nobody' }],
    ['a table that does not exist', { studentId: 's1', table: 4, seat: 'activist' }, { code: 'unknownTable', table: 4 }],
    ['table 0', { studentId: 's1', table: 0, seat: 'observer' }, { code: 'unknownTable', table: 0 }],
    ['co-piloting an empty seat', { studentId: 's1', table: 2, seat: 'copilot', of: 'engineer' }, { code: 'noCopilotSlot', table: 2, role: 'engineer' }],
    ['co-piloting one\'s own seat', { studentId: 's1', table: 1, seat: 'copilot', of: 'activist' }, { code: 'noCopilotSlot', table: 1, role: 'activist' }],
  ])('refuses %s', (_label, move, error) => {
    expect(moveStudent(ten, move)).toEqual(error);
  });

  it('refuses a co-pilot place at a table whose seated students all have one', () => {
    const full = seatClass(ids(8), 1);
    expect(moveStudent(full, { studentId: 's1', table: 1, seat: 'copilot' })).toEqual({ code: 'noCopilotSlot', table: 1 });
  });

  it('never leaves two students on one seat, over every single move in a class of ten', () => {
    const targets: MoveTarget['seat'][] = ['activist', 'smuggler', 'chemist', 'engineer', 'copilot', 'observer'];
    for (const id of ids(10)) {
      for (let table = 1; table <= 3; table++) {
        for (const seat of targets) {
          const result = moveStudent(ten, { studentId: id, table, seat });
          if ('code' in result) continue;
          for (let t = 1; t <= 3; t++) {
            const places = result.seating.students.filter((s) => s.placement.table === t && s.placement.kind !== 'observer')
              .map((s) => JSON.stringify(s.placement));
            expect(new Set(places).size, `${id} → ${table}/${seat}`).toBe(places.length);
          }
          expect(result.seating.students.map((s) => s.id)).toEqual(ids(10));
        }
      }
    }
  });
});
