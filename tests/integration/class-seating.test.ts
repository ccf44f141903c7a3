/**
 * Classroom seating through the real server: ten students (SDK clients) join a class by code and are
 * dealt to tables; when the teacher starts, every table's match has the students in their seats and
 * bots in the empty ones, co-pilots share a seat (both act, the seat acts once), and a student can only
 * enter the table the class placed them at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEAT_FILL_ORDER } from '@shared/classroom/seating.ts';
import { botName } from '@shared/content/roles.ts';
import { ROLES } from '@shared/rules/types.ts';
import { TestClassClient } from './helpers/class-clients.ts';
import { serverState } from './helpers/server-room.ts';
import { bootTestServer, type TestServer } from './helpers/test-server.ts';

const NAMES = ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jo'];

let server: TestServer;
beforeAll(async () => {
  server = await bootTestServer({ timerScale: 1, botDelayMs: 20 });
});
afterAll(async () => {
  await server?.stop();
});

async function classOf(config: Record<string, unknown>, seed: number) {
  const teacher = await TestClassClient.create(server.url, config, seed);
  const students: TestClassClient[] = [];
  for (const name of NAMES) students.push(await TestClassClient.student(server.url, teacher.code, name));
  return { teacher, students };
}

describe('seating a class', () => {
  it('ten students with "auto" tables and bots make three tables of 4, 3 and 3, seated in fill order', async () => {
    const { teacher, students } = await classOf({ title: 'Year 10 science' }, 101);
    expect(teacher.code).toMatch(/^[A-Z2-9]{6}$/);
    // An auto class gathers until the start: nobody has a place yet.
    expect(students.every((s) => s.welcome!.placement === null && s.welcome!.tableCode === null)).toBe(true);
    expect(new Set(students.map((s) => s.welcome!.studentToken)).size).toBe(10);

    teacher.send('start', { target: 'all' });
    await Promise.all(students.map((s) => s.until(() => s.welcome!.tableCode !== null, 'a table')));
    await teacher.until(() => teacher.dashboard?.tables.length === 3 && teacher.dashboard.tables.every((t) => t.phase === 'briefing'), 'three running tables');

    const placements = students.map((s) => s.welcome!.placement!);
    expect(placements.map((p) => p.table)).toEqual([1, 2, 3, 1, 2, 3, 1, 2, 3, 1]);
    expect(placements.every((p) => p.kind === 'seat')).toBe(true);
    const tableCodes = [1, 2, 3].map((n) => students[n - 1].welcome!.tableCode!);
    expect(new Set(tableCodes).size).toBe(3);
    for (const [i, code] of tableCodes.entries()) {
      const state = serverState(code);
      const seated = students.filter((s) => s.welcome!.placement!.table === i + 1);
      // Students take the seats in fill order (activist, smuggler, chemist, engineer); bots the rest.
      seated.forEach((s, k) => {
        expect(s.welcome!.placement).toEqual({ kind: 'seat', table: i + 1, role: SEAT_FILL_ORDER[k] });
        expect(state.seats[SEAT_FILL_ORDER[k]]).toMatchObject({ controller: 'human', name: s.label });
      });
      for (const role of SEAT_FILL_ORDER.slice(seated.length)) expect(state.seats[role]).toMatchObject({ controller: 'bot', name: botName(role) });
    }
    // Same seed everywhere by default: every table drew the same first briefing card.
    expect(new Set(tableCodes.map((c) => serverState(c).eventCardId)).size).toBe(1);
    const card = teacher.dashboard!.tables[1];
    expect(card.seats.find((s) => s.role === 'activist')!.students).toEqual([students[1].welcome!.studentId]);
    expect(card.students).toBe(3);
  });

  it('with two tables, the ninth and tenth students co-pilot; both act for the seat and the seat acts once', async () => {
    const { teacher, students } = await classOf({ tables: 2 }, 202);
    // A fixed number of tables seats students as they join.
    expect(students.map((s) => s.welcome!.placement)).toEqual([
      ...[0, 1, 2, 3].flatMap((k) => [1, 2].map((table) => ({ kind: 'seat', table, role: SEAT_FILL_ORDER[k] }))),
      { kind: 'copilot', table: 1, role: 'activist' }, { kind: 'copilot', table: 2, role: 'activist' },
    ]);
    teacher.send('start', { target: 'all' });
    const ana = students[0];
    const ivo = students[8];
    await Promise.all([ana, ivo].map((s) => s.until(() => s.welcome!.tableCode !== null, 'a table')));
    const code = ana.welcome!.tableCode!;
    expect(ivo.welcome!.tableCode).toBe(code);
    expect(serverState(code).seats.activist).toMatchObject({ controller: 'human', name: 'Ana & Ivo' });
    expect(ROLES.every((r) => serverState(code).seats[r].controller === 'human')).toBe(true);

    const [pilot, copilot] = await Promise.all([ana.joinTable(server.url), ivo.joinTable(server.url)]);
    expect(pilot.welcome!.role).toBe('activist');
    expect(copilot.welcome!.role).toBe('activist');
    expect(copilot.view!.viewer).toEqual({ kind: 'seat', role: 'activist' });
    expect(copilot.view!.seats.activist.agenda).toEqual(pilot.view!.seats.activist.agenda);

    // Both chat for the seat; both readies count for the one seat.
    pilot.send('chat', { text: 'pilot here' });
    copilot.send('chat', { text: 'copilot here' });
    await pilot.until(() => pilot.view!.chat.filter((m) => m.from === 'activist').length === 2, 'both lines');
    // Both propose on the same view: the first accepted wins, the second is the seat's second proposal.
    await pilot.until(() => pilot.view!.phase === 'briefing', 'briefing');
    teacher.send('advancePhase', { target: { table: 1 } });
    await pilot.until(() => pilot.view!.phase === 'proposals', 'proposals');
    const version = pilot.view!.version;
    pilot.send('proposePolicy', { lever: 'landfillTax', value: 90, expectedVersion: version });
    copilot.send('proposePolicy', { lever: 'enforcement', value: 20, expectedVersion: version });
    await copilot.until(() => copilot.rejected.length + pilot.rejected.length === 1, 'one refusal');
    const mine = serverState(code).proposals.filter((p) => p.by === 'activist');
    expect(mine).toHaveLength(1);
    expect([...pilot.rejected, ...copilot.rejected][0].error.code).toMatch(/alreadyProposed|staleVersion/);
    await Promise.all([pilot.leave(), copilot.leave()]);
  });

  it('a student can only enter the table the class placed them at', async () => {
    const { teacher, students } = await classOf({ tables: 2 }, 303);
    teacher.send('start', { target: 'all' });
    await Promise.all(students.slice(0, 2).map((s) => s.until(() => s.welcome!.tableCode !== null, 'a table')));
    const [ana, ben] = students;
    const otherTable = ben.welcome!.tableCode!;
    await expect(ana.joinTable(server.url, otherTable)).rejects.toMatchObject({ message: 'badSeatToken' });
    const { TestPlayer } = await import('./helpers/test-player.ts');
    await expect(TestPlayer.join(server.url, otherTable, { name: 'Intruder' })).rejects.toMatchObject({ message: 'badSeatToken' });
    await expect(TestPlayer.join(server.url, otherTable, { hostToken: 'x'.repeat(43) })).rejects.toMatchObject({ message: 'badHostToken' });
    const watcher = await teacher.joinTable(server.url, otherTable);
    expect(watcher.view!.viewer).toEqual({ kind: 'facilitator' });
    // The facilitator sees every seat's agenda.
    expect(ROLES.every((r) => watcher.view!.seats[r].agenda !== undefined)).toBe(true);
    await watcher.leave();
  });
});
