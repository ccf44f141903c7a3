/**
 * The debrief, rebuilt in the browser from the class report: every table's log replayed with the
 * shared engine, then its debrief (shared/classroom): trajectory, decisions and the key ones, agendas
 * revealed, questions. Also the side-by-side series that put every table on the same chart.
 */
import { compareTables, replayTable, tableDebrief, type TableDebrief } from '@shared/classroom/index.ts';
import type { IndicatorId } from '@shared/model/types.ts';
import type { ClassReport } from '@shared/protocol/class-report.ts';
import type { GameState } from '@shared/rules/types.ts';
import type { ChartRow } from '../../charts/chart-types.ts';

export type DebriefTable = Readonly<{ table: number; code: string; matchId: string; state: GameState; debrief: TableDebrief }>;

export const COMPARE_INDICATORS: readonly IndicatorId[] = ['sustainability', 'H', 'R', 'P', 'T', 'B', 'c'];

export function buildDebrief(report: ClassReport): DebriefTable[] {
  return report.tables.map((t) => {
    const { state } = replayTable({ table: t.table, config: t.config, seed: t.seed, commands: t.commands });
    return { table: t.table, code: t.code, matchId: t.matchId, state, debrief: tableDebrief(state) };
  });
}

/** One row per year, one column per table (`t1`, `t2`…), for the side-by-side chart. */
export function comparisonRows(tables: readonly DebriefTable[], indicator: IndicatorId): ChartRow[] {
  const series = compareTables(tables.map((t) => ({ table: t.table, points: t.debrief.trajectory })), indicator);
  const years = Math.max(0, ...series.map((s) => s.values.length));
  const scale = indicator === 'c' ? 100 : 1;
  return Array.from({ length: years }, (_, round) => {
    const row: ChartRow = { round };
    for (const s of series) row[`t${s.table}`] = s.values[round] === undefined ? null : s.values[round] * scale;
    return row;
  });
}

/** The decisions of a table, the key ones first (largest effect on the final sustainability index). */
export function orderedDecisions(t: DebriefTable) {
  const key = new Set(t.debrief.keyDecisionIds);
  return [...t.debrief.decisions].sort((a, b) => Number(key.has(b.proposalId)) - Number(key.has(a.proposalId)) || a.round - b.round);
}
