/**
 * The class export over real bot-played tables: one CSV row per table and year with the documented
 * columns, every value equal to the replayed game's, CSV escaping that survives a round trip, and a
 * JSON export carrying the same rows plus the revealed agendas, ballots and deals.
 */
import { describe, expect, it } from 'vitest';
import {
  classCsv, classJson, classRows, csvField, EXPORT_COLUMNS, formatCsvNumber, LIST_SEPARATOR, parseCsv, replayTable, toCsv,
} from '@shared/classroom/index.ts';
import { AGENDAS } from '@shared/content/agendas.ts';
import { EVENT_CARDS } from '@shared/content/events.ts';
import { LEVER_IDS, sustainabilityIndex } from '@shared/model/index.ts';
import { ROLES } from '@shared/rules/types.ts';
import { botGame, tableLog } from './games.ts';

// Two tables on different seeds, and a third sharing table 1's seed but played to 5 rounds.
const logs = [tableLog(2, 11), tableLog(1, 7), tableLog(3, 7, 5)];

describe('CSV columns', () => {
  it('are the documented ones, in order, with every stock and every lever', () => {
    expect(EXPORT_COLUMNS.slice(0, 5)).toEqual(['table', 'round', 'eventCard', 'eventCardTitle', 'modelEvents']);
    for (const stock of ['T', 'K', 'L', 'M', 'P', 'H', 'R', 'B', 'N']) expect(EXPORT_COLUMNS).toContain(stock);
    for (const lever of LEVER_IDS) expect(EXPORT_COLUMNS).toContain(lever);
    for (const c of ['c', 'landfillShare', 'smuggledShare', 'householdCost', 'jobs', 'sustainability', 'proposalsTabled', 'proposalsPassed', 'votes', 'dealsSettled']) {
      expect(EXPORT_COLUMNS).toContain(c);
    }
    expect(new Set(EXPORT_COLUMNS).size).toBe(EXPORT_COLUMNS.length);
  });
});

describe('classCsv over replayed bot games', () => {
  const csv = classCsv(logs);
  const [header, ...rows] = parseCsv(csv);

  it('has a header and one row per table and played year, tables in number order', () => {
    expect(header).toEqual([...EXPORT_COLUMNS]);
    const expected = [1, 2, 3].flatMap((t) => {
      const log = logs.find((l) => l.table === t)!;
      return botGame(log.seed, log.config.rounds).state.rounds.map((r) => `${t}:${r.round}`);
    });
    expect(rows.map((r) => `${r[0]}:${r[1]}`)).toEqual(expected);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows.every((r) => r.length === EXPORT_COLUMNS.length)).toBe(true);
  });

  it('matches the replayed games value by value', () => {
    for (const log of logs) {
      const state = botGame(log.seed, log.config.rounds).state;
      for (const record of state.rounds) {
        const row = rows.find((r) => r[0] === String(log.table) && r[1] === String(record.round))!;
        const cell = (c: (typeof EXPORT_COLUMNS)[number]) => row[EXPORT_COLUMNS.indexOf(c)];
        const where = `table ${log.table} round ${record.round}`;
        expect(cell('eventCard'), where).toBe(record.eventCardId ?? '');
        expect(cell('eventCardTitle'), where).toBe(record.eventCardId ? EVENT_CARDS[record.eventCardId].title : '');
        expect(cell('modelEvents'), where).toBe(record.events.join(LIST_SEPARATOR));
        for (const s of ['T', 'K', 'L', 'M', 'P', 'H', 'R', 'B', 'N'] as const) {
          expect(cell(s), `${where} ${s}`).toBe(formatCsvNumber(record.worldAfter[s]));
        }
        expect(cell('c')).toBe(formatCsvNumber(record.worldAfter.c));
        expect(cell('landfillShare')).toBe(formatCsvNumber(record.worldAfter.ell));
        expect(cell('smuggledShare')).toBe(formatCsvNumber(record.flows.smuggledShare));
        expect(cell('householdCost')).toBe(formatCsvNumber(record.flows.HH));
        expect(cell('sustainability')).toBe(formatCsvNumber(sustainabilityIndex(record.worldAfter, record.flows)));
        for (const lever of LEVER_IDS) expect(cell(lever), `${where} ${lever}`).toBe(formatCsvNumber(record.levers[lever]));
        const proposals = state.proposals.filter((p) => p.round === record.round);
        expect(cell('proposalsTabled')).toBe(String(proposals.length));
        expect(cell('proposalsPassed')).toBe(String(proposals.filter((p) => p.status === 'passed').length));
        const settled = state.deals.filter((d) => d.round === record.round && (d.status === 'paid' || d.status === 'refunded'));
        expect(cell('dealsSettled')).toBe(String(settled.length));
      }
    }
  });

  it('writes votes compactly as yes/no/abstain per proposal, and passed policies with their proposer', () => {
    const state = botGame(7).state;
    const round1 = classRows([replayTable(logs[1])]).find((r) => r.round === 1)!;
    const voted = state.proposals.filter((p) => p.round === 1 && p.tally);
    expect(voted.length).toBeGreaterThan(0);
    expect(String(round1.votes).split(LIST_SEPARATOR)).toEqual(voted.map((p) => `${p.id} Y${p.tally!.yes} N${p.tally!.no} A${p.tally!.abstain}`));
    const passed = state.proposals.filter((p) => p.round === 1 && p.status === 'passed');
    expect(String(round1.policiesPassed).split(LIST_SEPARATOR)).toEqual(passed.map((p) => `${p.id} ${p.lever}=${p.value} (${p.by})`));
  });

  it('tables on the same seed face the same briefing cards', () => {
    const cards = (t: number) => rows.filter((r) => r[0] === String(t)).slice(0, 4).map((r) => r[2]);
    expect(cards(3)).toEqual(cards(1));
  });

  it('gives the same text from stored logs as from results already replayed', () => {
    expect(classCsv(logs.map(replayTable))).toBe(csv);
  });
});

describe('CSV escaping', () => {
  it.each<[unknown, string]>([
    ['plain', 'plain'], ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['two\nlines', '"two\nlines"'], ['cr\r\nlf', '"cr\r\nlf"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'], ['+1', "'+1"], ['-x', "'-x"], ['@me', "'@me"], ['', ''],
    [null, ''], [undefined, ''], [true, 'true'], [-3.5, '-3.5'], [0.123456, '0.1235'], [-0.00001, '0'], [1e-9, '0'],
    [12.5, '12.5'], [NaN, ''], [Infinity, ''],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value as never)).toBe(expected);
  });

  it('any text survives a round trip through toCsv and parseCsv', () => {
    const tricky = ['', 'a', 'a,b', '"', '""', 'x\ny', 'x\r\ny', ' lead', 'trail ', 'é ü 漢字', 'a|b', ',,,', '\n'];
    const rows = tricky.map((t, i) => ({ id: i, text: t }));
    const parsed = parseCsv(toCsv(['id', 'text'], rows));
    expect(parsed[0]).toEqual(['id', 'text']);
    expect(parsed.slice(1)).toEqual(rows.map((r) => [String(r.id), r.text]));
  });
});

describe('classJson', () => {
  const json = classJson(logs);

  it('carries the same rows as the CSV, at full precision', () => {
    expect(json.columns).toEqual([...EXPORT_COLUMNS]);
    expect(json.tables.map((t) => t.table)).toEqual([1, 2, 3]);
    const rows = json.tables.flatMap((t) => t.rows);
    expect(rows).toEqual(classRows(logs.map(replayTable)));
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('reveals every seat\'s agenda and whether it was met, every ballot and every deal', () => {
    for (const t of json.tables) {
      const state = botGame(t.seed, t.config.rounds).state;
      expect(t.outcome).toEqual(state.outcome);
      for (const role of ROLES) {
        const agenda = t.debrief.agendas.find((a) => a.role === role)!;
        expect(agenda.agendaId).toBe(state.seats[role].agendaId);
        expect(agenda.text).toBe(AGENDAS[state.seats[role].agendaId].text);
        expect(agenda.met).toBe(state.outcome!.agendaMet[role]);
      }
      for (const p of t.proposals) expect(p.ballots).toEqual(state.ballots[p.id] ?? {});
      expect(t.deals).toEqual(state.deals);
    }
  });
});
