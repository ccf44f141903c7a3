/**
 * A class session driven like the room will drive it, with real table engines: ten students join an
 * "auto" class, the teacher starts it (three tables, students in their seats, bots in the empty ones),
 * pauses and resumes (every clock gets back its time), advances and injects on one table only, moves a
 * student between rounds, mutes one, and ends the session.
 */
import { describe, expect, it } from 'vitest';
import {
  addStudent, checkTableOpen, createSession, facilitate, formTables, placementIn, seatName, seatSync, tableConfig, tableRoster,
  tableSeeds, wantedSeats, type ClassSession, type Facilitation, type StudentPresence, type TableInfo,
} from '@shared/classroom/index.ts';
import { botName } from '@shared/content/roles.ts';
import { CLASS_CONFIG, type ClassError, type FacilitatorCommand } from '@shared/protocol/class-messages.ts';
import { MAX_NAME_LENGTH } from '@shared/protocol/room-messages.ts';
import { createGame, reduce, type GameState, type SystemEvent } from '@shared/rules/index.ts';
import { ROLES } from '@shared/rules/types.ts';

const NAMES = ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jo'];

/** The class plus one engine per table, as the room holds them. */
type World = { session: ClassSession; tables: GameState[]; clock: number };

function system(state: GameState, event: SystemEvent, at: number): GameState {
  const r = reduce(state, { kind: 'system', at, event });
  if (!r.ok) throw new Error(`${event.type} refused: ${JSON.stringify(r.error)}`);
  return r.state;
}

const info = (w: World) => (table: number): TableInfo | undefined => {
  const s = w.tables[table - 1];
  return s ? { phase: s.phase, phaseEndsAt: s.phaseEndsAt } : undefined;
};

function presence(session: ClassSession, offline: readonly string[] = []): Map<string, StudentPresence> {
  return new Map(session.students.map((s) => [s.id, { name: s.name, connected: !offline.includes(s.id) }]));
}

/** Brings every table's seats in line with the seating plan, as the room does after any change. */
function syncSeats(w: World, offline: readonly string[] = []): void {
  w.tables = w.tables.map((state, i) => {
    const inLobby = state.phase === 'lobby';
    const wanted = wantedSeats(tableRoster(w.session.seating!, i + 1), presence(w.session, offline), inLobby);
    return seatSync(state.seats, wanted, inLobby).reduce((s, e) => system(s, e, w.clock), state);
  });
}

function command(w: World, cmd: FacilitatorCommand): Facilitation {
  const result = facilitate(w.session, cmd, info(w), w.clock);
  if ('code' in result) throw new Error(`${cmd.type} refused: ${JSON.stringify(result)}`);
  w.session = result.session;
  // Tables are created when the class is formed; their seats are synced before they start.
  const seeds = tableSeeds(w.session.seed, w.session.tables.length, w.session.config.sameSeed);
  while (w.tables.length < w.session.tables.length) w.tables.push(createGame(tableConfig(w.session.config), seeds[w.tables.length]));
  syncSeats(w);
  for (const o of result.orders) w.tables[o.table - 1] = system(w.tables[o.table - 1], o.event, w.clock);
  return result;
}

function refused(w: World, cmd: FacilitatorCommand): ClassError {
  const result = facilitate(w.session, cmd, info(w), w.clock);
  if (!('code' in result)) throw new Error(`${cmd.type} was accepted`);
  return result;
}

function classOfTen(config = CLASS_CONFIG.parse({})): World {
  let session = createSession(config, 4242);
  NAMES.forEach((name, i) => {
    const next = addStudent(session, `st${i + 1}`, name);
    if ('code' in next) throw new Error(next.code);
    session = next;
  });
  return { session, tables: [], clock: 1_000 };
}

describe('a class of ten, "auto" tables', () => {
  it('gathers without tables, then starts as three tables with students in their seats and bots in the rest', () => {
    const w = classOfTen();
    expect(w.session.seating).toBeNull();
    expect(placementIn(w.session, 'st1')).toBeNull();
    command(w, { type: 'start', target: 'all' });
    expect(w.session.status).toBe('running');
    expect(w.tables.map((t) => t.phase)).toEqual(['briefing', 'briefing', 'briefing']);
    expect(ROLES.map((r) => [r, w.tables[0].seats[r].name, w.tables[0].seats[r].controller])).toEqual([
      ['chemist', 'Gus', 'human'], ['engineer', 'Jo', 'human'], ['activist', 'Ana', 'human'], ['smuggler', 'Dev', 'human'],
    ]);
    expect(w.tables[1].seats.engineer).toMatchObject({ controller: 'bot', name: botName('engineer') });
    expect(w.tables[2].seats.activist).toMatchObject({ controller: 'human', name: 'Cleo' });
    // Same seed everywhere: the same briefing card at every table.
    expect(new Set(w.tables.map((t) => t.eventCardId)).size).toBe(1);
  });

  it('pause stops every clock and resume gives every table back exactly the time it had', () => {
    const w = classOfTen();
    command(w, { type: 'start', target: 'all' });
    const endsAt = w.tables.map((t) => t.phaseEndsAt!);
    w.clock += 5_000;
    command(w, { type: 'pause', target: 'all' });
    expect(w.session.tables.every((t) => t.pausedAt === 6_000)).toBe(true);
    expect(checkTableOpen(w.session, 2)).toEqual({ code: 'tablePaused', table: 2 });
    expect(refused(w, { type: 'pause', target: { table: 2 } })).toEqual({ code: 'alreadyPaused', table: 2 });
    w.clock += 30_000;
    const resumed = command(w, { type: 'resume', target: 'all' });
    expect(resumed.orders).toEqual([1, 2, 3].map((table) => ({ table, event: { type: 'extendTimer', seconds: 30 } })));
    expect(w.tables.map((t) => t.phaseEndsAt)).toEqual(endsAt.map((e) => e + 30_000));
    expect(checkTableOpen(w.session, 2)).toBeNull();
    expect(refused(w, { type: 'resume', target: { table: 1 } })).toEqual({ code: 'notPaused', table: 1 });
  });

  it('advance, extend and inject act on the chosen table only', () => {
    const w = classOfTen();
    command(w, { type: 'start', target: 'all' });
    const before = w.tables.map((t) => ({ phase: t.phase, endsAt: t.phaseEndsAt, card: t.pendingCardId }));
    command(w, { type: 'advancePhase', target: { table: 2 } });
    expect(w.tables.map((t) => t.phase)).toEqual(['briefing', 'proposals', 'briefing']);
    command(w, { type: 'extendTimer', target: { table: 1 }, seconds: 60 });
    expect(w.tables[0].phaseEndsAt).toBe(before[0].endsAt! + 60_000);
    expect(w.tables[2].phaseEndsAt).toBe(before[2].endsAt);
    command(w, { type: 'injectEvent', target: { table: 3 }, cardId: 'stockpileFire' });
    expect(w.tables.map((t) => t.pendingCardId)).toEqual([null, null, 'stockpileFire']);
    expect(refused(w, { type: 'injectEvent', target: 'all', cardId: 'nope' })).toEqual({ code: 'cardNotInDeck', cardId: 'nope' });
    expect(refused(w, { type: 'advancePhase', target: { table: 4 } })).toEqual({ code: 'unknownTable', table: 4 });
  });

  it('a paused table that is advanced stays paused, with the new phase\'s full time kept for the resume', () => {
    const w = classOfTen();
    command(w, { type: 'start', target: 'all' });
    command(w, { type: 'pause', target: { table: 1 } });
    w.clock += 10_000;
    command(w, { type: 'advancePhase', target: { table: 1 } });
    const full = w.tables[0].phaseEndsAt! - w.clock;
    expect(w.session.tables[0].pausedAt).toBe(w.clock);
    w.clock += 20_000;
    command(w, { type: 'resume', target: { table: 1 } });
    expect(w.tables[0].phaseEndsAt! - w.clock).toBe(full);
  });

  it('moves a student only between rounds, and the seats follow', () => {
    const w = classOfTen();
    command(w, { type: 'start', target: 'all' });
    command(w, { type: 'moveStudent', studentId: 'st10', table: 2, seat: 'engineer' });
    expect(w.tables[1].seats.engineer).toMatchObject({ controller: 'human', name: 'Jo' });
    expect(w.tables[0].seats.engineer).toMatchObject({ controller: 'bot', name: botName('engineer') });
    command(w, { type: 'advancePhase', target: { table: 1 } });
    expect(refused(w, { type: 'moveStudent', studentId: 'st1', table: 2, seat: 'observer' })).toEqual({ code: 'notBetweenRounds', table: 1, phase: 'proposals' });
    expect(refused(w, { type: 'moveStudent', studentId: 'st3', table: 1, seat: 'copilot' })).toEqual({ code: 'notBetweenRounds', table: 1, phase: 'proposals' });
    command(w, { type: 'moveStudent', studentId: 'st3', table: 2, seat: 'copilot', of: 'chemist' });
    expect(w.tables[1].seats.chemist.name).toBe('Hana & Cleo');
  });

  it('a dropped student\'s seat goes to a bot under their name, and comes back when they do', () => {
    const w = classOfTen();
    command(w, { type: 'start', target: 'all' });
    syncSeats(w, ['st1']);
    expect(w.tables[0].seats.activist).toMatchObject({ controller: 'bot', name: 'Ana' });
    syncSeats(w);
    expect(w.tables[0].seats.activist).toMatchObject({ controller: 'human', name: 'Ana' });
  });

  it('mutes a student, broadcasts, and ends the session for good', () => {
    const w = classOfTen();
    command(w, { type: 'start', target: 'all' });
    const muted = command(w, { type: 'muteStudent', studentId: 'st4', muted: true });
    expect(muted.changed).toEqual(['st4']);
    expect(w.session.students.find((s) => s.id === 'st4')!.muted).toBe(true);
    expect(command(w, { type: 'broadcast', target: { table: 2 }, text: 'Two minutes' }).broadcast).toEqual({ tables: [2], text: 'Two minutes' });
    command(w, { type: 'endSession', target: { table: 3 } });
    expect(w.session.status).toBe('running');
    expect(checkTableOpen(w.session, 3)).toEqual({ code: 'sessionEnded' });
    command(w, { type: 'endSession', target: 'all' });
    expect(w.session.status).toBe('ended');
    expect(refused(w, { type: 'pause', target: 'all' })).toEqual({ code: 'sessionEnded' });
    expect(addStudent(w.session, 'late', 'Late')).toEqual({ code: 'sessionEnded' });
  });
});

describe('fixed tables and joining', () => {
  it('seats students as they join, and a student who comes back keeps their place and name', () => {
    let session = createSession(CLASS_CONFIG.parse({ tables: 2 }), 1);
    for (const [i, name] of ['Ana', 'Ben', 'Cleo'].entries()) session = addStudent(session, `st${i}`, name) as ClassSession;
    expect(placementIn(session, 'st2')).toEqual({ kind: 'seat', table: 1, role: 'smuggler' });
    expect(addStudent(session, 'st2', 'Other')).toBe(session);
    expect(formTables(session)).toBe(session);
  });

  it('an auto class without bots forms full tables with co-pilots', () => {
    const w = classOfTen(CLASS_CONFIG.parse({ bots: false }));
    command(w, { type: 'start', target: 'all' });
    expect(w.tables).toHaveLength(2);
    expect(w.tables.every((t) => ROLES.every((r) => t.seats[r].controller === 'human'))).toBe(true);
    expect(w.tables[0].seats.activist.name).toBe('Ana & Ivo');
  });
});

describe('seatName', () => {
  it('shortens two long names to fit a seat card', () => {
    expect(seatName('Ana', null)).toBe('Ana');
    expect(seatName('Ana', 'Ben')).toBe('Ana & Ben');
    const long = seatName('Maximiliana Rosalind', 'Bartholomew Quentin');
    expect(long.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(long).toMatch(/^Maximilian & Bartholome/);
  });
});
