/**
 * A class survives its server: killed mid-session (SIGKILL), the server reopens the class under its
 * code with its tables rebuilt from their logs; students come back with their tokens to the same
 * places and the teacher with the host link. Once the session has ended, a restart no longer reopens
 * it, but the report and the CSV are still there for the host token — the next day's debrief.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLASS_CSV_PATH, CLASS_REPORT_PATH, type ClassReport } from '@shared/protocol/class-report.ts';
import { replay } from '@shared/rules/index.ts';
import { TestClassClient } from './helpers/class-clients.ts';
import { freePort, startServerProcess, type ServerProcess } from './helpers/server-process.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'neo-terra-class-restart-'));
let server: ServerProcess | null = null;

afterAll(async () => {
  await server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

async function report(http: string, token: string): Promise<ClassReport> {
  const res = await fetch(`${http}${CLASS_REPORT_PATH}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as ClassReport;
}

describe('a class and its server', () => {
  it('reopens after a crash with its tables; after the end, only its debrief stays', async () => {
    const port = await freePort();
    const env = { PORT: String(port), DATA_DIR: dataDir, BOT_DELAY_MS: '0', PATCH_RATE_MS: '20', RECONNECT_GRACE_SEC: '30', TIMER_SCALE: '0.01' };
    const url = `ws://127.0.0.1:${port}`;
    const http = `http://127.0.0.1:${port}`;
    server = await startServerProcess(env);

    const teacher = await TestClassClient.create(url, { tables: 2, rounds: 12, timers: { negotiation: 1800 } }, 77);
    const students = await Promise.all(['Ana', 'Ben', 'Cleo'].map((n) => TestClassClient.student(url, teacher.code, n)));
    teacher.send('start', { target: 'all' });
    await Promise.all(students.map((s) => s.until(() => s.welcome!.tableCode !== null, 'a table')));
    await teacher.until(() => !!teacher.dashboard && teacher.dashboard.tables.every((t) => t.phase === 'negotiation'), 'negotiations', 20_000);
    const token = teacher.facilitator!.hostToken;
    const before = await report(http, token);
    [teacher, ...students].forEach((c) => (c.room.reconnection.enabled = false));

    await server.kill();
    server = await startServerProcess(env);
    expect(server.output()).toMatch(new RegExp(`reopened classes ${teacher.code}`));

    const back = await Promise.all(students.map((s) => TestClassClient.join(url, teacher.code, { code: teacher.code, studentToken: s.welcome!.studentToken }, `${s.label} again`)));
    for (const [i, s] of back.entries()) {
      await s.until(() => s.welcome !== null, 'the welcome');
      expect(s.welcome).toMatchObject({ name: students[i].label, placement: students[i].welcome!.placement, tableCode: students[i].welcome!.tableCode });
    }
    const ana = await back[0].joinTable(url);
    expect(ana.welcome!.role).toBe('activist');
    expect(ana.view!.phase).toBe('negotiation');
    const laptop = await TestClassClient.join(url, teacher.code, { hostToken: token }, 'teacher again');
    await laptop.until(() => !!laptop.dashboard && laptop.dashboard.tables.every((t) => t.code !== null), 'the dashboard');
    const after = await report(http, token);
    after.tables.forEach((t, i) => {
      expect(t.code).toBe(before.tables[i].code);
      expect(t.commands.slice(0, before.tables[i].commands.length)).toEqual(before.tables[i].commands);
    });

    laptop.send('endSession', { target: 'all' });
    await back[1].until(() => back[1].ended !== null, 'the end');
    const ended = await report(http, token);
    expect(ended.status).toBe('ended');
    await ana.leave();

    await server.kill();
    server = await startServerProcess(env);
    expect(server.output()).not.toMatch(/reopened classes/);
    await expect(TestClassClient.join(url, teacher.code, { hostToken: token }, 'next day')).rejects.toMatchObject({ code: 522 });
    const nextDay = await report(http, token);
    expect(nextDay).toEqual(ended);
    for (const t of nextDay.tables) expect(replay(t.config, t.seed, [...t.commands]).round).toBeGreaterThanOrEqual(1);
    const csv = await fetch(`${http}${CLASS_CSV_PATH}`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.status).toBe(200);
    expect((await csv.text()).split('\r\n')[0]).toMatch(/^table,round,eventCard/);
  });
});
