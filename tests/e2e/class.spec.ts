/**
 * A class period in Chromium: a teacher creates a class, eight students join in their own browsers
 * with the projected code and their names, and are seated at two tables; they play two years, with
 * the teacher pausing every table in the middle (the students' tables freeze under a veil and show
 * the teacher's message); then the teacher ends the session, opens the debrief and downloads the CSV.
 * Screenshots of the teacher's screens (and the students') at desktop and phone width.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, parseCsv } from '@shared/classroom/index.ts';
import type { LeverId } from '@shared/model/types.ts';
import { ClassConsolePage } from './pages/ClassConsolePage.ts';
import { ClassStudentPage } from './pages/ClassStudentPage.ts';
import { describeViolations, seriousViolations } from './support/axe.ts';
import { newPlayer, PHONE, uncaughtErrors } from './support/browser.ts';
import { shoot } from './support/screenshots.ts';
import { HAS_CHROMIUM, useSuite } from './support/suite.ts';

const NAMES = ['Amara', 'Bilal', 'Chen', 'Dana', 'Eitan', 'Farah', 'Gwen', 'Hugo'];

async function noSeriousViolations(page: ClassConsolePage['page'], where: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(where, violations)).toEqual([]);
}

/** One year at every table: ready through the briefing, the activists table a policy they can afford, everyone votes yes and passes. */
async function playYear(students: readonly ClassStudentPage[], round: number, lever: LeverId, value: number, midNegotiation?: () => Promise<void>) {
  const tables = students.map((s) => s.table);
  await Promise.all(tables.map((t) => t.waitForPhase('briefing', round)));
  await Promise.all(tables.map((t) => t.ready()));
  await Promise.all(tables.map((t) => t.waitForPhase('proposals', round)));
  const activists = [];
  for (const t of tables) if ((await t.role()) === 'activist') activists.push(t);
  expect(activists).toHaveLength(2);
  await Promise.all(activists.map((t) => t.propose(lever, value)));
  await Promise.all(tables.map((t) => t.ready()));
  await Promise.all(tables.map((t) => t.waitForPhase('negotiation', round)));
  if (midNegotiation) await midNegotiation();
  await Promise.all(tables.map((t) => t.ready()));
  await Promise.all(tables.map((t) => t.waitForPhase('vote', round)));
  await Promise.all(tables.map((t) => t.voteOnAll('yes')));
  await Promise.all(tables.map((t) => t.ready()));
  await Promise.all(tables.map((t) => t.waitForPhase('actions', round)));
  await Promise.all(tables.map((t) => t.takeAction('pass')));
  await Promise.all(tables.map((t) => t.ready()));
  await Promise.all(tables.map((t) => t.waitForPhase('resolution', round)));
}

describe.skipIf(!HAS_CHROMIUM)('a class period', () => {
  // Phase timers at half length: "everyone ready" ends each phase well before its timer anyway.
  const suite = useSuite({ TIMER_SCALE: '0.5' });

  it('teacher creates a class, eight students join and play two years at two tables with a pause; debrief and CSV', async () => {
    const { page: teacherPage } = await newPlayer(suite.browser, suite.server.url);
    const teacher = new ClassConsolePage(teacherPage);
    await teacher.gotoCreate(5150);
    await noSeriousViolations(teacherPage, 'create class');
    await shoot(teacherPage, 'class-create');
    const code = await teacher.createClass({ title: 'Year 10 science', rounds: 4, pace: 'quick' });
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    expect(teacherPage.url()).not.toContain('#'); // the host token never stays in the address bar

    const students: ClassStudentPage[] = [];
    for (const name of NAMES) {
      const { page } = await newPlayer(suite.browser, suite.server.url, PHONE);
      const student = new ClassStudentPage(page, name);
      if (students.length === 0) {
        await student.open(code);
        await noSeriousViolations(page, 'join class');
        await shoot(page, 'class-join');
      }
      await student.join(code);
      students.push(student);
    }
    await noSeriousViolations(students[0].page, 'student waiting');
    await shoot(students[0].page, 'class-student-waiting');
    await teacher.waitForStudents(8);
    await shoot(teacherPage, 'class-console-gathering');

    await teacher.start();
    await teacher.waitForTables(2);
    await Promise.all(students.map((s) => s.waitForTable()));
    expect(await Promise.all(students.map((s) => s.place()))).toEqual([
      'Activist at table 1', 'Activist at table 2', 'Smuggler at table 1', 'Smuggler at table 2',
      'Chemist at table 1', 'Chemist at table 2', 'Engineer at table 1', 'Engineer at table 2',
    ]);
    await playYear(students, 1, 'campaign', 1);
    await shoot(students[0].page, 'class-student-table');
    await noSeriousViolations(teacherPage, 'console');
    await shoot(teacherPage, 'class-console-running');

    await playYear(students, 2, 'rnd', 1, async () => {
      // The pause in the middle of the second year's negotiation.
      await teacher.click('class-pause-all');
      await teacher.waitForTables(2, { 'data-paused': 'true', 'data-phase': 'negotiation' });
      await teacher.broadcast('Pens down: who pays for the fee?');
      await Promise.all(students.map((s) => s.page.getByTestId('class-paused').waitFor()));
      await students[3].page.locator('[data-testid=class-broadcast]', { hasText: 'who pays' }).waitFor();
      await shoot(students[3].page, 'class-student-paused');
      await shoot(teacherPage, 'class-console-paused');
      expect(await Promise.all(students.map((s) => s.table.phase()))).toEqual(Array(8).fill('negotiation'));
      await teacher.click('class-resume-all');
      await teacher.waitForTables(2, { 'data-paused': 'false' });
      await Promise.all(students.map((s) => s.page.getByTestId('class-paused').waitFor({ state: 'detached' })));
    });
    await teacher.waitForTables(2, { 'data-round': '2', 'data-phase': 'resolution' });

    await teacher.click('table-1-watch');
    await teacherPage.getByTestId('oversight-seat-smuggler').waitFor();
    expect(await teacherPage.getByTestId('oversight-seat-smuggler').textContent()).toMatch(/credits/);
    await shoot(teacherPage, 'class-oversight');
    await teacher.click('oversight-back');
    await teacher.tab('students');
    await shoot(teacherPage, 'class-students');
    await teacher.tab('tables');

    await teacher.endSession();
    await Promise.all(students.map((s) => s.page.getByTestId('class-ended').waitFor()));
    await teacher.openDebrief(2);
    await teacherPage.getByTestId('table-debrief-2').waitFor();
    await teacherPage.getByTestId('debrief-chart').waitFor();
    await noSeriousViolations(teacherPage, 'debrief');
    await shoot(teacherPage, 'class-debrief');

    const download = await teacher.downloadCsv();
    expect(download.suggestedFilename()).toBe(`neo-terra-class-${code}.csv`);
    const [header, ...rows] = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(header).toEqual([...EXPORT_COLUMNS]);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([['1', '1'], ['1', '2'], ['2', '1'], ['2', '2']]);
    const passed = rows.map((r) => r[EXPORT_COLUMNS.indexOf('policiesPassed')]);
    expect(passed.filter((p) => p.includes('campaign=1 (activist)'))).toHaveLength(2); // both tables passed the year-1 campaign

    for (const page of [teacherPage, ...students.map((s) => s.page)]) expect(uncaughtErrors(page)).toEqual([]);
  });
});
