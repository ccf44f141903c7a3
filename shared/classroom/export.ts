/**
 * The class's data export: one row per table and year, with the year's briefing card and model
 * events, every stock, the main flows and indicators, every lever in force, what was tabled and
 * passed, how each proposal was voted, and the deals settled. Each table is rebuilt from what the
 * store keeps — its configuration, seed and command log — so the export is exactly the games played.
 * docs/classroom.md documents every column.
 */
import { EVENT_CARDS } from '../content/events.ts';
import { LEVER_IDS, sustainabilityIndex, type LeverId } from '../model/index.ts';
import type { Command } from '../rules/commands.ts';
import { replay } from '../rules/replay.ts';
import type { GameState, MatchConfig, Proposal, RoundRecord } from '../rules/types.ts';
import { toCsv, type CsvValue } from './csv.ts';

/** What the store keeps of a table: enough to replay it exactly. */
export type TableLog = Readonly<{ table: number; config: MatchConfig; seed: number; commands: readonly Command[] }>;
/** A table's final state, replayed from its log (or the live state a room holds). */
export type TableResult = Readonly<{ table: number; seed: number; state: GameState }>;

export const STOCK_COLUMNS = ['T', 'K', 'L', 'M', 'P', 'H', 'R', 'B', 'N'] as const;

export const EXPORT_COLUMNS = [
  'table', 'round', 'eventCard', 'eventCardTitle', 'modelEvents',
  ...STOCK_COLUMNS,
  'c', 'landfillShare', 'smuggledShare', 'householdCost', 'jobs', 'yearsLeft', 'sustainability',
  'collected', 'smuggled', 'processed', 'landfilled', 'incinerated',
  ...LEVER_IDS,
  'proposalsTabled', 'proposalsPassed', 'policiesPassed', 'votes', 'dealsSettled', 'dealsPaid',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportRow = Readonly<Record<ExportColumn, string | number>>;

/** Lists inside one field are joined with this (no comma, so most fields need no quoting). */
export const LIST_SEPARATOR = '|';

export function replayTable(log: TableLog): TableResult {
  return { table: log.table, seed: log.seed, state: replay(log.config, log.seed, log.commands) };
}

function proposalCells(proposals: readonly Proposal[]): Pick<ExportRow, 'proposalsTabled' | 'proposalsPassed' | 'policiesPassed' | 'votes'> {
  const passed = proposals.filter((p) => p.status === 'passed');
  return {
    proposalsTabled: proposals.length,
    proposalsPassed: passed.length,
    policiesPassed: passed.map((p) => `${p.id} ${p.lever}=${p.value} (${p.by})`).join(LIST_SEPARATOR),
    // Yes / no / abstain as counted, mobilized votes included; a proposal never voted on has no tally.
    votes: proposals.filter((p) => p.tally).map((p) => `${p.id} Y${p.tally!.yes} N${p.tally!.no} A${p.tally!.abstain}`).join(LIST_SEPARATOR),
  };
}

function leverCells(record: RoundRecord): Record<LeverId, number> {
  return Object.fromEntries(LEVER_IDS.map((id) => [id, record.levers[id]])) as Record<LeverId, number>;
}

/** One table's rows, one per resolved year. */
export function tableRows(result: TableResult): ExportRow[] {
  const { state } = result;
  return state.rounds.map((record) => {
    const w = record.worldAfter;
    const f = record.flows;
    const deals = state.deals.filter((d) => d.round === record.round);
    return {
      table: result.table, round: record.round,
      eventCard: record.eventCardId ?? '', eventCardTitle: record.eventCardId ? EVENT_CARDS[record.eventCardId]?.title ?? '' : '',
      modelEvents: record.events.join(LIST_SEPARATOR),
      T: w.T, K: w.K, L: w.L, M: w.M, P: w.P, H: w.H, R: w.R, B: w.B, N: w.N,
      c: w.c, landfillShare: w.ell, smuggledShare: f.smuggledShare, householdCost: f.HH, jobs: f.jobs,
      yearsLeft: f.yearsLeft, sustainability: sustainabilityIndex(w, f),
      collected: f.C, smuggled: f.S, processed: f.Q, landfilled: f.LF, incinerated: f.INC,
      ...leverCells(record),
      ...proposalCells(state.proposals.filter((p) => p.round === record.round)),
      dealsSettled: deals.filter((d) => d.status === 'paid' || d.status === 'refunded').length,
      dealsPaid: deals.filter((d) => d.status === 'paid').length,
    };
  });
}

/** Every table's rows, tables in number order. */
export function classRows(results: readonly TableResult[]): ExportRow[] {
  return [...results].sort((a, b) => a.table - b.table).flatMap(tableRows);
}

/** The class's CSV, from stored logs (replayed here) or from results already at hand. */
export function classCsv(tables: readonly (TableLog | TableResult)[]): string {
  const results = tables.map((t) => ('state' in t ? t : replayTable(t)));
  return toCsv(EXPORT_COLUMNS, classRows(results) as Readonly<Record<ExportColumn, CsvValue>>[]);
}
