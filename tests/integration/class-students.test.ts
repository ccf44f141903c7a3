/**
 * Students in class mode through the real server: names pass the profanity filter (and, by default,
 * refuse contact details and staff names), generated names are friendly and unique, chat follows the
 * class's chat mode, mute and filter and is rate-limited, a student who comes back keeps their place,
 * and the teacher moves a student between tables between rounds (not in the middle of one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAME_ADJECTIVES, NAME_ANIMALS } from '@shared/classroom/names.ts';
import { PRESET_PHRASES } from '@shared/classroom/presets.ts';
import { botName } from '@shared/content/roles.ts';
import type { ClassConfigInput } from '@shared/protocol/class-messages.ts';
import { TestClassClient } from './helpers/class-clients.ts';
import { serverState } from './helpers/server-room.ts';
import { bootTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await bootTestServer({ timerScale: 0.1, botDelayMs: 5 });
});
afterAll(async () => {
  await server?.stop();
});

const LONG = { briefing: 600, proposals: 900, negotiation: 1800, vote: 600, actions: 600, resolution: 600 };

async function started(config: ClassConfigInput, names: string[], seed: number) {
  const teacher = await TestClassClient.create(server.url, { timers: LONG, ...config }, seed);
  const students: TestClassClient[] = [];
  for (const name of names) students.push(await TestClassClient.student(server.url, teacher.code, name));
  teacher.send('start', { target: 'all' });
  await Promise.all(students.map((s) => s.until(() => s.welcome!.tableCode !== null, 'a table')));
  await teacher.until(() => !!teacher.dashboard && teacher.dashboard.tables.every((t) => t.phase === 'briefing'), 'briefings');
  return { teacher, students };
}

describe('names in class mode', () => {
  it('refuses profane names, contact details and staff names; numbers a second "Ana"', async () => {
    const teacher = await TestClassClient.create(server.url, { tables: 1 }, 71);
    const tryName = (name: string) => TestClassClient.student(server.url, teacher.code, name);
    for (const bad of ['fuck', 'sh1t head', 'ana@school.org', 'Mr Teacher', 'call 5551234']) {
      await expect(tryName(bad)).rejects.toMatchObject({ code: 422, message: 'nameRejected' });
    }
    const first = await tryName('Ana');
    const second = await tryName('  ana ');
    expect([first.welcome!.name, second.welcome!.name]).toEqual(['Ana', 'ana 2']);
    const blank = await tryName('   ');
    expect(blank.welcome!.name).toMatch(/^\w+ \w+$/); // no name typed: a friendly one is drawn
  });

  it('in "generated" mode every student gets a friendly, unique name whatever they type', async () => {
    const teacher = await TestClassClient.create(server.url, { tables: 1, names: 'generated' }, 72);
    const students = await Promise.all(['Zed', 'Zed', 'Yan'].map((n) => TestClassClient.student(server.url, teacher.code, n)));
    const names = students.map((s) => s.welcome!.name);
    expect(new Set(names).size).toBe(3);
    for (const name of names) {
      const [adjective, animal] = name.split(' ');
      expect(NAME_ADJECTIVES).toContain(adjective);
      expect(NAME_ANIMALS).toContain(animal);
    }
  });

  it('a student back with their token keeps their name and place; a forged token is refused', async () => {
    const teacher = await TestClassClient.create(server.url, { tables: 2 }, 73);
    const ana = await TestClassClient.student(server.url, teacher.code, 'Ana');
    const ben = await TestClassClient.student(server.url, teacher.code, 'Ben');
    await ana.leave();
    const again = await TestClassClient.join(server.url, teacher.code, { code: teacher.code, studentToken: ana.welcome!.studentToken }, 'Ana again');
    await again.until(() => again.welcome !== null, 'the welcome');
    expect(again.welcome).toMatchObject({ studentId: ana.welcome!.studentId, name: 'Ana', placement: ana.welcome!.placement });
    expect(ben.welcome!.placement).toEqual({ kind: 'seat', table: 2, role: 'activist' });
    await expect(TestClassClient.join(server.url, teacher.code, { code: teacher.code, studentToken: 'q'.repeat(43) }, 'forger'))
      .rejects.toMatchObject({ code: 401, message: 'badStudentToken' });
  });
});

describe('chat in class mode', () => {
  it('open chat stars out profanity, a muted student is refused, and a flood is rate-limited', async () => {
    const { teacher, students } = await started({ tables: 1 }, ['Ana', 'Ben'], 81);
    const [ana, ben] = await Promise.all(students.map((s) => s.joinTable(server.url)));
    ana.send('chat', { text: 'this tax is shit' });
    await ben.until(() => ben.view!.chat.length === 1, 'the line');
    expect(ben.view!.chat[0].text).toBe('this tax is ****');

    teacher.send('muteStudent', { studentId: students[0].welcome!.studentId });
    await students[0].until(() => students[0].welcome!.muted, 'the mute');
    ana.send('chat', { text: 'hello?' });
    await ana.until(() => ana.rejected.length === 1, 'the refusal');
    expect(ana.rejected[0].error).toEqual({ code: 'muted' });

    for (let i = 0; i < 8; i++) ben.send('chat', { text: `line ${i}` });
    await ben.until(() => ben.rejected.length > 0, 'a rate limit');
    expect(ben.rejected[0].error.code).toBe('rateLimited');
    await ben.until(() => ben.view!.chat.filter((m) => m.from === 'smuggler').length === 5, 'the burst');
  });

  it('in "presets" mode typed chat is refused and phrases are said as the seat; "off" refuses both', async () => {
    const { students } = await started({ tables: 1, chatMode: 'presets' }, ['Cleo', 'Dev'], 82);
    expect(students[0].welcome!.chatMode).toBe('presets');
    const cleo = await students[0].joinTable(server.url);
    cleo.send('chat', { text: 'typed' });
    await cleo.until(() => cleo.rejected.length === 1, 'the refusal');
    expect(cleo.rejected[0].error).toEqual({ code: 'presetsOnly' });
    const phrase = PRESET_PHRASES.find((p) => p.id === 'whoPays')!;
    students[0].send('sayPreset', { phraseId: 'whoPays', to: 'all' });
    students[0].send('sayPreset', { phraseId: 'thanks', to: 'smuggler' });
    await cleo.until(() => cleo.view!.chat.length === 2, 'the phrases');
    expect(cleo.view!.chat.map((m) => [m.from, m.to, m.text])).toEqual([['activist', 'all', phrase.text], ['activist', 'smuggler', 'Thank you!']]);
    students[0].send('sayPreset', { phraseId: 'notAPhrase', to: 'all' });
    await students[0].until(() => students[0].rejected.length === 1, 'the refusal');
    expect(students[0].rejected[0].error.code).toBe('invalidMessage');

    const off = await started({ tables: 1, chatMode: 'off' }, ['Eli'], 83);
    const eli = await off.students[0].joinTable(server.url);
    eli.send('whisper', { to: 'chemist', text: 'psst' });
    off.students[0].send('sayPreset', { phraseId: 'agree', to: 'all' });
    await eli.until(() => eli.rejected.length === 1, 'the refusal');
    await off.students[0].until(() => off.students[0].rejected.length === 1, 'the refusal');
    expect([eli.rejected[0].error, off.students[0].rejected[0].error]).toEqual([{ code: 'chatOff' }, { code: 'chatOff' }]);
  });
});

describe('moving students', () => {
  it('between rounds a student moves to another table; their old seat goes to a bot and their new one is theirs', async () => {
    const { teacher, students } = await started({ tables: 2 }, ['Ana', 'Ben', 'Cleo', 'Dev'], 91);
    const [ana] = students; // table 1 activist; Cleo is table 1's smuggler
    const anaTable = await ana.joinTable(server.url);
    const [from, to] = [ana.welcome!.tableCode!, students[1].welcome!.tableCode!];
    teacher.send('moveStudent', { studentId: ana.welcome!.studentId, table: 2, seat: 'chemist' });
    await ana.until(() => ana.welcome!.placement?.table === 2, 'the move');
    expect(ana.welcome).toMatchObject({ placement: { kind: 'seat', table: 2, role: 'chemist' }, tableCode: to });
    await anaTable.until(() => anaTable.left !== null, 'the old table closing');
    expect(serverState(from).seats.activist).toMatchObject({ controller: 'bot', name: botName('activist') });
    expect(serverState(to).seats.chemist).toMatchObject({ controller: 'human', name: 'Ana' });
    const atNew = await ana.joinTable(server.url);
    expect(atNew.welcome!.role).toBe('chemist');

    // In the middle of a round, moves wait.
    teacher.send('advancePhase', { target: 'all' });
    await teacher.until(() => teacher.dashboard!.tables.every((t) => t.phase === 'proposals'), 'proposals');
    teacher.send('moveStudent', { studentId: ana.welcome!.studentId, table: 1, seat: 'observer' });
    await teacher.until(() => teacher.rejected.length === 1, 'the refusal');
    expect(teacher.rejected[0].error).toEqual({ code: 'notBetweenRounds', table: 2, phase: 'proposals' });
    await atNew.leave();
  });
});
