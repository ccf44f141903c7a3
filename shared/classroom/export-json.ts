/**
 * The class's JSON export: the same rows as the CSV (numbers at full precision) plus, per table, its
 * seed and settings, every seat with its revealed agenda, every proposal with each seat's ballot,
 * every deal, and the debrief (key decisions, luck, tie-backs, questions). Meant for teachers who
 * build their own analyses, and for reopening a debrief without replaying.
 */
import type { Ballot, Deal, MatchConfig, Outcome, Proposal, Role } from '../rules/types.ts';
import { LIST_SEPARATOR, EXPORT_COLUMNS, replayTable, tableRows, type ExportRow, type TableLog, type TableResult } from './export.ts';
import { tableDebrief, type TableDebrief } from './table-debrief.ts';

/** Bumped when the shape of the export changes, so scripts reading old files can tell. */
export const EXPORT_VERSION = 1;

export type ExportedProposal = Proposal & Readonly<{ ballots: Partial<Record<Role, Ballot>> }>;

export type TableExport = Readonly<{
  table: number;
  seed: number;
  config: MatchConfig;
  outcome: Outcome | null;
  seats: Readonly<Record<Role, { name: string; controller: 'open' | 'human' | 'bot' }>>;
  rows: readonly ExportRow[];
  proposals: readonly ExportedProposal[];
  deals: readonly Deal[];
  debrief: TableDebrief;
}>;

export type ClassExport = Readonly<{
  exportVersion: number;
  columns: readonly string[];
  listSeparator: string;
  tables: readonly TableExport[];
}>;

function tableExport(result: TableResult): TableExport {
  const { state } = result;
  const seats = Object.fromEntries(
    Object.entries(state.seats).map(([role, seat]) => [role, { name: seat.name, controller: seat.controller }]),
  ) as Record<Role, { name: string; controller: 'open' | 'human' | 'bot' }>;
  return {
    table: result.table,
    seed: result.seed,
    config: state.config,
    outcome: state.outcome,
    seats,
    rows: tableRows(result),
    proposals: state.proposals.map((p) => ({ ...p, ballots: { ...(state.ballots[p.id] ?? {}) } })),
    deals: state.deals,
    debrief: tableDebrief(state),
  };
}

/** The class's JSON export (an object: the server serialises it), tables in number order. */
export function classJson(tables: readonly (TableLog | TableResult)[]): ClassExport {
  const results = tables.map((t) => ('state' in t ? t : replayTable(t))).sort((a, b) => a.table - b.table);
  return { exportVersion: EXPORT_VERSION, columns: EXPORT_COLUMNS, listSeparator: LIST_SEPARATOR, tables: results.map(tableExport) };
}
