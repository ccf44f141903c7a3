/**
 * The class's report and exports through the real HTTP API: only the host token opens them; the CSV
 * has one row per table and year with the documented columns, and it is exactly the CSV of the logs
 * the match store kept — which themselves replay to the states the tables reached.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classCsv, EXPORT_COLUMNS, parseCsv, type ClassExport } from '@shared/classroom/index.ts';
import { CLASS_CSV_PATH, CLASS_JSON_PATH, CLASS_REPORT_PATH, type ClassReport } from '@shared/protocol/class-report.ts';
import { replay } from '@shared/rules/index.ts';
import { autoplay } from './helpers/autoplay.ts';
import { TestClassClient } from './helpers/class-clients.ts';
import { serverState } from './helpers/server-room.ts';
import { bootTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await bootTestServer({ timerScale: 0.01, botDelayMs: 0 });
});
afterAll(async () => {
  await server?.stop();
});

function get(path: string, token?: string): Promise<Response> {
  return fetch(`${server.http}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
}

describe('the class export', () => {
  it('one CSV row per table and year, the documented columns, exactly the stored logs', async () => {
    const teacher = await TestClassClient.create(server.url, { tables: 2, rounds: 4, title: 'Export test' }, 61);
    const names = ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana'];
    const students: TestClassClient[] = [];
    for (const name of names) students.push(await TestClassClient.student(server.url, teacher.code, name));
    teacher.send('start', { target: 'all' });
    await Promise.all(students.map((s) => s.until(() => s.welcome!.tableCode !== null, 'a table')));
    // One student per table plays through the network; the others go home and bots take their seats.
    const players = await Promise.all([students[0], students[1]].map((s) => s.joinTable(server.url)));
    const stops = players.map((p, i) => autoplay(p, 700 + i));
    await Promise.all(students.slice(2).map((s) => s.leave()));
    await teacher.until(() => !!teacher.dashboard && teacher.dashboard.tables.every((t) => t.phase === 'gameOver'), 'both tables finished', 60_000);
    stops.forEach((stop) => stop());
    const token = teacher.facilitator!.hostToken;

    expect((await get(CLASS_CSV_PATH)).status).toBe(401);
    expect((await get(CLASS_REPORT_PATH, 'z'.repeat(43))).status).toBe(401);
    expect((await get(CLASS_JSON_PATH, students[0].welcome!.studentToken)).status).toBe(401);

    const report = (await (await get(CLASS_REPORT_PATH, token)).json()) as ClassReport;
    expect(report).toMatchObject({ code: teacher.code, title: 'Export test', status: 'running' });
    expect(report.students.map((s) => s.name)).toEqual(names);
    expect(report.tables.map((t) => [t.table, t.status])).toEqual([[1, 'finished'], [2, 'finished']]);

    const res = await get(CLASS_CSV_PATH, token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="neo-terra-class-${teacher.code}.csv"`);
    const csv = await res.text();
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...EXPORT_COLUMNS]);
    const at = (row: string[], column: string) => row[EXPORT_COLUMNS.indexOf(column as (typeof EXPORT_COLUMNS)[number])];

    // The stored logs (the match store, read directly) replay to the tables' final states…
    const logs = await Promise.all(report.tables.map(async (t) => ({
      table: t.table, config: t.config, seed: t.seed, commands: await server.store.getCommands(t.matchId),
    })));
    const states = logs.map((log) => replay(log.config, log.seed, log.commands));
    states.forEach((state, i) => expect(state).toEqual(serverState(report.tables[i].code)));
    // …and the CSV is theirs: one row per table and resolved year, in order.
    expect(csv).toBe(classCsv(logs));
    const expected = states.flatMap((s, i) => s.rounds.map((r) => [String(i + 1), String(r.round)]));
    expect(rows.map((r) => [at(r, 'table'), at(r, 'round')])).toEqual(expected);
    expect(rows).toHaveLength(states.reduce((n, s) => n + s.rounds.length, 0));
    rows.forEach((row, i) => {
      const record = states[Number(at(row, 'table')) - 1].rounds[Number(at(row, 'round')) - 1];
      expect(row).toHaveLength(EXPORT_COLUMNS.length);
      expect(at(row, 'eventCard')).toBe(record.eventCardId ?? '');
      expect(Number(at(row, 'landfillTax'))).toBeCloseTo(record.levers.landfillTax, 3);
      expect(Number(at(row, 'H'))).toBeCloseTo(record.worldAfter.H, 3);
      expect(i).toBeLessThan(rows.length);
    });

    const json = (await (await get(CLASS_JSON_PATH, token)).json()) as ClassExport;
    expect(json.columns).toEqual([...EXPORT_COLUMNS]);
    expect(json.tables.map((t) => t.rows.length)).toEqual(states.map((s) => s.rounds.length));
    expect(json.tables.every((t) => t.debrief.agendas.length === 4)).toBe(true);
    await Promise.all(players.map((p) => p.leave()));
  });
});
