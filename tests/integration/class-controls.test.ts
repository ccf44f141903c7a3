/**
 * The facilitator's controls through the real server: pausing stops every table's clock and its bots
 * (students are told, their moves wait) and resuming gives each table back the time it had; advance,
 * extend and inject act on the chosen table only; and a student who sends any facilitator command,
 * or a host command at their table, is refused with nothing changed — nor do tokens ever reach them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchMaker } from '@colyseus/core';
import { FACILITATOR_COMMAND_TYPES, type ClassConfigInput, type FacilitatorCommandType } from '@shared/protocol/class-messages.ts';
import { ROOM_MESSAGE_SCHEMAS } from '@shared/protocol/room-messages.ts';
import { TestClassClient } from './helpers/class-clients.ts';
import { serverState } from './helpers/server-room.ts';
import { bootTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  // Phase timers run at a tenth of their length; bots answer at once.
  server = await bootTestServer({ timerScale: 0.1, botDelayMs: 5 });
});
afterAll(async () => {
  await server?.stop();
});

const LONG = { briefing: 600, proposals: 900, negotiation: 1800, vote: 600, actions: 600, resolution: 600 };

async function startedClass(config: ClassConfigInput, names: string[], seed: number) {
  const teacher = await TestClassClient.create(server.url, config, seed);
  const students: TestClassClient[] = [];
  for (const name of names) students.push(await TestClassClient.student(server.url, teacher.code, name));
  teacher.send('start', { target: 'all' });
  await Promise.all(students.map((s) => s.until(() => s.welcome!.tableCode !== null, 'a table')));
  await teacher.until(() => !!teacher.dashboard && teacher.dashboard.tables.every((t) => t.phase === 'briefing'), 'every table in its briefing');
  const codes = teacher.dashboard!.tables.map((t) => t.code!);
  return { teacher, students, codes };
}

/** A table's own clock (room-clock ms), which keeps running while the table is paused. */
function tableClock(code: string): number {
  return (matchMaker.getLocalRoomById(code) as unknown as { table: { now(): number } }).table.now();
}

/** The class as the store has it (what a restart would reopen). */
function storedSession(code: string) {
  const stored = server.server.classroom.context.classes.listOpen().find((c) => c.code === code);
  if (!stored) throw new Error(`class ${code} not stored`);
  return stored.snapshot.session;
}

describe('pause and resume', () => {
  it('pause stops every timer and every bot; resume restarts each table with the time it had left', async () => {
    const { teacher, students, codes } = await startedClass({ tables: 2, timers: { briefing: 10, proposals: 25 } }, ['Ana', 'Ben', 'Cleo'], 11);
    await teacher.until(() => teacher.dashboard!.tables.every((t) => t.phase === 'proposals'), 'proposals everywhere', 10_000);
    const ana = await students[0].joinTable(server.url);
    teacher.send('pause', { target: 'all' });
    await teacher.until(() => teacher.dashboard!.tables.every((t) => t.paused), 'both tables paused');
    await Promise.all(students.map((s) => s.until(() => s.pauses.length > 0 && s.welcome!.paused === false, 'the pause notice')));
    const frozen = teacher.dashboard!.tables.map((t) => t.timeLeftMs!);
    const before = codes.map((c) => serverState(c));
    expect(frozen.every((ms) => ms > 0 && ms <= 2_500)).toBe(true);

    // Wait (on the dashboard's once-a-second pushes) until more time has passed on each table's own
    // clock than the time it had left: unpaused, every timer would have fired by then.
    const pausedAt = codes.map((c) => tableClock(c));
    const waited = () => Math.min(...codes.map((c, i) => tableClock(c) - pausedAt[i] - frozen[i]));
    await teacher.until(() => waited() > 500, 'the time left to run out twice over', 10_000);
    const during = codes.map((c) => serverState(c));
    expect(during.map((s) => [s.phase, s.version, s.phaseEndsAt])).toEqual(before.map((s) => [s.phase, s.version, s.phaseEndsAt]));
    expect(teacher.dashboard!.tables.map((t) => t.timeLeftMs)).toEqual(frozen);
    // A student's move waits while the table is paused.
    ana.send('ready', { ready: true });
    await ana.until(() => ana.rejected.length > 0, 'the refusal');
    expect(ana.rejected[0].error).toEqual({ code: 'tablePaused', table: 1 });
    expect(serverState(codes[0]).version).toBe(before[0].version);

    teacher.send('resume', { target: 'all' });
    await teacher.until(() => teacher.dashboard!.tables.every((t) => !t.paused), 'both tables running');
    const after = codes.map((c) => serverState(c));
    after.forEach((s, i) => {
      const left = s.phaseEndsAt! - s.now;
      expect(Math.abs(left - frozen[i])).toBeLessThan(400); // the time it had, give or take a tick
      expect(s.phaseEndsAt!).toBeGreaterThan(before[i].phaseEndsAt! + frozen[i]); // moved by the whole pause
    });
    await teacher.until(() => teacher.dashboard!.tables.every((t) => t.phase !== 'proposals'), 'the timers running out again', 10_000);
    await ana.leave();
  });

  it('a pause can hold one table while the others play on', async () => {
    const { teacher, codes } = await startedClass({ tables: 2, timers: { briefing: 10, proposals: 20, negotiation: 20 } }, ['Dev', 'Eli'], 12);
    teacher.send('pause', { target: { table: 1 } });
    await teacher.until(() => teacher.dashboard!.tables[0].paused, 'table 1 paused');
    const held = serverState(codes[0]);
    await teacher.until(() => teacher.dashboard!.tables[1].phase === 'negotiation', 'table 2 playing on', 15_000);
    expect(serverState(codes[0]).version).toBe(held.version);
    teacher.send('pause', { target: { table: 1 } });
    await teacher.until(() => teacher.rejected.length > 0, 'the refusal');
    expect(teacher.rejected[0].error).toEqual({ code: 'alreadyPaused', table: 1 });
  });
});

describe('controls aimed at one table', () => {
  it('advance, extend and inject act on the chosen table only', async () => {
    const { teacher, codes } = await startedClass({ tables: 3, timers: LONG }, ['Fay', 'Gus', 'Hana', 'Ivo', 'Jo', 'Kai'], 21);
    const start = codes.map((c) => serverState(c));
    teacher.send('advancePhase', { target: { table: 2 } });
    await teacher.until(() => teacher.dashboard!.tables[1].phase === 'proposals', 'table 2 in proposals');
    expect(codes.map((c) => serverState(c).phase)).toEqual(['briefing', 'proposals', 'briefing']);

    teacher.send('extendTimer', { target: { table: 1 }, seconds: 120 });
    await teacher.until(() => serverState(codes[0]).phaseEndsAt === start[0].phaseEndsAt! + 120_000, 'table 1 extended');
    expect(serverState(codes[2]).phaseEndsAt).toBe(start[2].phaseEndsAt);

    const card = teacher.dashboard!.injectable.find((id) => id !== start[2].eventCardId)!;
    teacher.send('injectEvent', { target: { table: 3 }, cardId: card });
    await teacher.until(() => serverState(codes[2]).pendingCardId === card, 'the card waiting at table 3');
    expect([serverState(codes[0]).pendingCardId, serverState(codes[1]).pendingCardId]).toEqual([null, null]);
    // The injected card opens table 3's next year.
    for (let i = 0; i < 6; i++) teacher.send('advancePhase', { target: { table: 3 } });
    await teacher.until(() => serverState(codes[2]).round === 2 && serverState(codes[2]).phase === 'briefing', 'table 3 in year 2', 15_000);
    expect(serverState(codes[2]).eventCardId).toBe(card);
    expect(codes.slice(0, 2).map((c) => serverState(c).round)).toEqual([1, 1]);

    teacher.send('advancePhase', { target: { table: 9 } });
    teacher.send('injectEvent', { target: 'all', cardId: 'notACard' });
    await teacher.until(() => teacher.rejected.length >= 2, 'two refusals');
    expect(teacher.rejected.find((r) => r.type === 'advancePhase')!.error).toEqual({ code: 'unknownTable', table: 9 });
    expect(teacher.rejected.find((r) => r.type === 'injectEvent')!.error.code).toBe('invalidMessage');
  });
});

/** A valid payload for every facilitator command, aimed at a class of one table. */
function payloadFor(type: FacilitatorCommandType, otherStudent: string, card: string): unknown {
  switch (type) {
    case 'extendTimer': return { target: 'all', seconds: 60 };
    case 'broadcast': return { target: 'all', text: 'I am the teacher now' };
    case 'injectEvent': return { target: 'all', cardId: card };
    case 'muteStudent': return { studentId: otherStudent, muted: true };
    case 'moveStudent': return { studentId: otherStudent, table: 1, seat: 'observer' };
    default: return { target: 'all' };
  }
}

describe('facilitator rights', () => {
  it('a student who sends any facilitator command is refused and nothing changes; tokens never reach students', async () => {
    const { teacher, students, codes } = await startedClass({ tables: 1, timers: LONG }, ['Lia', 'Max', 'Noa'], 31);
    const [lia, max] = students;
    teacher.send('pause', { target: 'all' }); // nothing moves by itself: any change would be the student's doing
    await teacher.until(() => teacher.dashboard!.tables[0].paused, 'paused');
    const table = await lia.joinTable(server.url);
    const session = storedSession(teacher.code);
    const state = serverState(codes[0]);

    const card = teacher.dashboard!.injectable[0];
    for (const type of FACILITATOR_COMMAND_TYPES) lia.send(type, payloadFor(type, max.welcome!.studentId, card));
    await lia.until(() => lia.rejected.length === FACILITATOR_COMMAND_TYPES.length, 'every command refused');
    expect(lia.rejected.map((r) => r.type)).toEqual(FACILITATOR_COMMAND_TYPES);
    expect(lia.rejected.every((r) => r.error.code === 'notFacilitator')).toBe(true);

    // At the table, the host's and the seating's messages are refused too.
    const tableMessages: [string, unknown][] = [
      ['hostStart', {}], ['hostKick', { role: 'smuggler' }], ['hostSetTimers', { timers: { vote: 5 } }],
      ['claimSeat', { role: 'engineer', name: 'Lia' }], ['releaseSeat', {}], ['setName', { name: 'Boss' }], ['rematch', {}],
    ];
    for (const [type, payload] of tableMessages) table.send(type, payload);
    await table.until(() => table.rejected.length === tableMessages.length, 'every table message refused');
    expect(table.rejected.map((r) => r.error.code)).toEqual(['notHost', 'notHost', 'notHost', 'notFacilitator', 'notFacilitator', 'notFacilitator', 'notFacilitator']);
    expect(Object.keys(ROOM_MESSAGE_SCHEMAS)).toContain('spectatorChat'); // the only one left to observers

    // One more round trip through each room, so anything the refused messages might have done has happened.
    teacher.send('broadcast', { target: 'all', text: 'still here' });
    await max.until(() => max.broadcasts.some((b) => b.text === 'still here'), 'the real broadcast');
    expect(max.broadcasts.map((b) => b.text)).toEqual(['still here']);
    expect(storedSession(teacher.code)).toEqual(session);
    expect(serverState(codes[0])).toEqual(state);
    expect(max.welcome!.muted).toBe(false);

    const secrets = [teacher.facilitator!.hostToken, ...students.map((s) => s.welcome!.studentToken)];
    for (const s of students) {
      const bytes = Buffer.concat(s.frames()).toString('latin1');
      for (const secret of secrets) if (secret !== s.welcome!.studentToken) expect(bytes).not.toContain(secret);
    }
    const tableBytes = Buffer.concat(table.frames()).toString('latin1');
    for (const secret of secrets) expect(tableBytes).not.toContain(secret);
    await table.leave();
  });

  it('a wrong host token opens nothing; the right one opens the controls from any device', async () => {
    const teacher = await TestClassClient.create(server.url, { tables: 1 }, 41);
    await expect(TestClassClient.join(server.url, teacher.code, { hostToken: 'y'.repeat(43) }, 'guess')).rejects.toMatchObject({ message: 'badHostToken' });
    const laptop = await TestClassClient.join(server.url, teacher.code, { hostToken: teacher.facilitator!.hostToken }, 'laptop');
    await laptop.until(() => laptop.facilitator !== null && laptop.dashboard !== null, 'the controls');
    expect(laptop.facilitator!.code).toBe(teacher.code);
    expect(teacher.facilitator!.hostToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
