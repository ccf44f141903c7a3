/**
 * Many bot matches of one scenario, summed up for balance: how often each role wins, how often the
 * city succeeds or collapses, how long matches last and where the city ends on average. Each match
 * gets its own seed derived from the run's seed, so a run is reproducible game by game.
 */
import { mixSeed } from '../bots/decision-seed.ts';
import { indicatorsOfWorld } from '../model/index.ts';
import { INDICATOR_IDS, type IndicatorId, type ScenarioId } from '../model/types.ts';
import { ROLES, type GameState, type Role } from '../rules/types.ts';
import { runMatch } from './run-match.ts';

export type SimOptions = Readonly<{
  games: number;
  scenario: ScenarioId;
  seed: number;
  rounds?: number;
  onProgress?: (done: number, total: number) => void;
}>;

export type SimSummary = Readonly<{
  games: number;
  scenario: ScenarioId;
  roleWinRate: Readonly<Record<Role, number>>;
  citySuccessRate: number;
  collapseRate: number;
  meanRounds: number;
  meanFinal: Readonly<Record<IndicatorId, number>>;
  /** Win rate of each agenda among the matches where it was dealt, and how often it was dealt. */
  agendaWinRate: Readonly<Record<string, { dealt: number; winRate: number }>>;
  /** Bot intents the engine refused, over all matches (should be zero). */
  rejectedIntents: number;
}>;

/** The seed of match `index` in a run seeded with `seed`. */
export function matchSeed(seed: number, index: number): number {
  return mixSeed(seed, index, 0x5eed);
}

/** The city's indicators at the end of a match (after its last resolved year). */
export function finalIndicators(state: GameState): Record<IndicatorId, number> {
  // The world remembers its last year's landfill life, jobs and smuggled share.
  return indicatorsOfWorld(state.world);
}

type Tally = {
  wins: Record<Role, number>; success: number; collapse: number; rounds: number; rejected: number;
  final: Record<IndicatorId, number>; agendas: Record<string, { dealt: number; won: number }>;
};

function emptyTally(): Tally {
  return {
    wins: { chemist: 0, engineer: 0, activist: 0, smuggler: 0 }, success: 0, collapse: 0, rounds: 0, rejected: 0,
    final: Object.fromEntries(INDICATOR_IDS.map((id) => [id, 0])) as Record<IndicatorId, number>, agendas: {},
  };
}

function count(t: Tally, state: GameState, rejected: number): void {
  const outcome = state.outcome;
  if (!outcome) throw new Error('a simulated match ended without an outcome');
  for (const role of ROLES) {
    const won = outcome.winners.includes(role);
    if (won) t.wins[role] += 1;
    const a = (t.agendas[state.seats[role].agendaId] ??= { dealt: 0, won: 0 });
    a.dealt += 1;
    if (won) a.won += 1;
  }
  if (outcome.citySucceeded) t.success += 1;
  if (outcome.reason === 'collapse') t.collapse += 1;
  t.rounds += state.rounds.length;
  t.rejected += rejected;
  const final = finalIndicators(state);
  for (const id of INDICATOR_IDS) t.final[id] += final[id];
}

function summarise(t: Tally, games: number, scenario: ScenarioId): SimSummary {
  const rate = (n: number) => (games > 0 ? n / games : 0);
  const agendaWinRate: Record<string, { dealt: number; winRate: number }> = {};
  for (const [id, a] of Object.entries(t.agendas).sort(([x], [y]) => x.localeCompare(y))) {
    agendaWinRate[id] = { dealt: a.dealt, winRate: a.dealt > 0 ? a.won / a.dealt : 0 };
  }
  return {
    games,
    scenario,
    roleWinRate: { chemist: rate(t.wins.chemist), engineer: rate(t.wins.engineer), activist: rate(t.wins.activist), smuggler: rate(t.wins.smuggler) },
    citySuccessRate: rate(t.success),
    collapseRate: rate(t.collapse),
    meanRounds: rate(t.rounds),
    meanFinal: Object.fromEntries(INDICATOR_IDS.map((id) => [id, rate(t.final[id])])) as Record<IndicatorId, number>,
    agendaWinRate,
    rejectedIntents: t.rejected,
  };
}

/** Plays `games` bot matches of a scenario and summarises them. */
export function simulate(options: SimOptions): SimSummary {
  const t = emptyTally();
  for (let i = 0; i < options.games; i++) {
    const run = runMatch({ seed: matchSeed(options.seed, i), scenario: options.scenario, rounds: options.rounds });
    count(t, run.state, run.rejections.length);
    options.onProgress?.(i + 1, options.games);
  }
  return summarise(t, options.games, options.scenario);
}
