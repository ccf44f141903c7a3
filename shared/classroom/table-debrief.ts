/**
 * Everything the debrief shows for one table, in one object: its outcome, the city's trajectory year
 * by year next to the do-nothing ghost baseline (for side-by-side charts across tables), the
 * decisions and the key ones, the luck, the agendas revealed, the tie-backs to real figures and the
 * discussion questions with this table's hints.
 */
import { indicatorsOf, indicatorsOfWorld, initialWorld, type IndicatorId, type World } from '../model/index.ts';
import type { Outcome } from '../rules/types.ts';
import type { PublicWorld } from '../rules/view.ts';
import type { DebriefSource, IndicatorValues } from './counterfactual.ts';
import { agendaResults, decisions, fortunes, rankDecisions, type AgendaResult, type Decision, type Fortune } from './debrief.ts';
import { discussionQuestions, type DiscussionQuestion } from './questions.ts';
import { tieBacks, type TieBack } from './tie-backs.ts';

export type TrajectoryPoint = Readonly<{
  /** 0 = the city before the first year. */
  round: number;
  indicators: IndicatorValues;
  /** The ghost baseline: status-quo levers, same luck (absent when the source does not carry it). */
  baseline: IndicatorValues | null;
}>;

// Indicators never read the hidden β₀, so a public world can be scored as it is.
const scored = (w: PublicWorld): World => ({ ...w, beta0: 0 });

/** The city's indicators after every year, starting from the city before the first. */
export function trajectory(source: DebriefSource): TrajectoryPoint[] {
  const start = indicatorsOfWorld(initialWorld(source.config.scenario));
  const points: TrajectoryPoint[] = [{ round: 0, indicators: start, baseline: start }];
  for (const r of source.rounds) {
    points.push({
      round: r.round,
      indicators: indicatorsOf(scored(r.worldAfter), r.flows),
      baseline: r.baselineAfter ? indicatorsOfWorld(scored(r.baselineAfter)) : null,
    });
  }
  return points;
}

/** One indicator's series per table, for charts that put the tables side by side. */
export function compareTables(
  tables: readonly { table: number; points: readonly TrajectoryPoint[] }[], indicator: IndicatorId,
): { table: number; values: number[] }[] {
  return tables.map((t) => ({ table: t.table, values: t.points.map((p) => p.indicators[indicator]) }));
}

export type TableDebrief = Readonly<{
  outcome: Outcome | null;
  trajectory: readonly TrajectoryPoint[];
  decisions: readonly Decision[];
  /** Proposal ids of the decisions that moved the final sustainability index most, biggest first. */
  keyDecisionIds: readonly string[];
  fortunes: readonly Fortune[];
  agendas: readonly AgendaResult[];
  tieBacks: readonly TieBack[];
  questions: readonly DiscussionQuestion[];
}>;

/** How many decisions count as "key". */
export const KEY_DECISIONS = 3;

export function tableDebrief(source: DebriefSource): TableDebrief {
  const all = decisions(source);
  const key = rankDecisions(all, KEY_DECISIONS);
  return {
    outcome: source.outcome,
    trajectory: trajectory(source),
    decisions: all,
    keyDecisionIds: key.map((d) => d.proposalId),
    fortunes: fortunes(source),
    agendas: agendaResults(source),
    tieBacks: tieBacks(source),
    questions: discussionQuestions(source, key),
  };
}
