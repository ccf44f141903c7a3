/**
 * What if…? The city is re-run from a past year to the end with one thing undone — a passed policy,
 * a year's events, the smuggler's diversion — and everything else as it happened: the same levers,
 * the same events in the same years, the same briefing-card shocks. The final indicators of that run,
 * against the same re-run with nothing undone, say how far that one thing moved the city's outcome.
 * The few inputs a year's record does not keep (the engineer's retrofit; covert diversion in a view
 * that hides it) are recovered as those that reproduce the recorded year. Works on a final game state
 * or on a match view, so the class debrief (server) and the results screen (browser) share it.
 */
import { EVENT_CARDS } from '../content/events.ts';
import {
  EVENT_DRAW_KEYS, indicatorsOf, INDICATOR_IDS, initialWorld, LEVER_IDS, step,
  type Attribution, type Flows, type IndicatorId, type LeverId, type Levers, type ModelEventId, type StepModifiers, type World, type YearDraws,
} from '../model/index.ts';
import { POLICIES } from '../content/policies.ts';
import { SMUGGLING_SCALE } from '../rules/resolve-round.ts';
import type { CovertRecord, MatchConfig, Outcome, Proposal, Role } from '../rules/types.ts';
import type { AgendaView, PublicWorld } from '../rules/view.ts';

/** A year as recorded: a GameState's RoundRecord and a MatchView's RoundView both fit. */
export type DebriefRound = Readonly<{
  round: number;
  eventCardId: string | null;
  levers: Levers;
  flows: Flows;
  worldAfter: PublicWorld;
  /** The ghost baseline after the year (status-quo levers, same luck), for charts. */
  baselineAfter?: PublicWorld;
  events: readonly ModelEventId[];
  attribution: readonly Attribution[];
}>;

/** A seat as the debrief needs it: a GameState seat (agendaId) or a revealed SeatView (agenda). */
export type DebriefSeat = Readonly<{
  name: string;
  exposed: boolean;
  agendaId?: string;
  agenda?: AgendaView;
  covertLog?: readonly CovertRecord[];
}>;

/** A finished (or stopped) match: a final GameState, or the revealed MatchView a client holds. */
export type DebriefSource = Readonly<{
  config: MatchConfig;
  world: PublicWorld & { beta0?: number };
  levers: Levers;
  proposals: readonly Proposal[];
  rounds: readonly DebriefRound[];
  outcome: Outcome | null;
  seats: Readonly<Record<Role, DebriefSeat>>;
  knowledge?: Readonly<{ beta0Min: number; beta0Max: number }>;
}>;

/** One year's inputs to the model, as they happened or as a what-if changes them. */
export type YearInputs = Readonly<{ levers: Levers; draws: YearDraws; modifiers: Partial<StepModifiers> }>;

export type IndicatorValues = Record<IndicatorId, number>;

/** Draws that make exactly the recorded events fire again: 0 fires whenever possible, 1 never. */
export function drawsFiring(events: readonly ModelEventId[]): YearDraws {
  return Object.fromEntries(EVENT_DRAW_KEYS.map((k) => [k, events.includes(k) ? 0 : 1])) as YearDraws;
}

/** The hidden β₀: exact in a game state or a revealed view; the middle of the known band otherwise. */
export function beta0Of(source: DebriefSource): number {
  if (typeof source.world.beta0 === 'number') return source.world.beta0;
  const k = source.knowledge;
  return k ? (k.beta0Min + k.beta0Max) / 2 : initialWorld(source.config.scenario).beta0;
}

/** The city at the start of round `round` (1-based), as recorded. */
export function worldBefore(source: DebriefSource, round: number): World {
  const beta0 = beta0Of(source);
  if (round <= 1) return initialWorld(source.config.scenario, beta0);
  return { ...source.rounds[round - 2].worldAfter, beta0 };
}

/** Rounds the smuggler diverted in, or null where the view does not reveal covert actions. */
function divertedRounds(source: DebriefSource): Set<number> | null {
  const log = source.seats.smuggler.covertLog;
  return log ? new Set(log.filter((c) => c.kind === 'divert').map((c) => c.round)) : null;
}

// The engineer's retrofit is not kept in the year's record; it can only touch these levers.
const RETROFITTABLE: readonly (LeverId | null)[] = [null, ...LEVER_IDS.filter((id) => POLICIES[id]?.retrofittable)];
const FIT_STOCKS = ['T', 'K', 'P', 'H', 'R', 'B', 'N', 'M', 'L'] as const;

function misfit(a: World, b: PublicWorld): number {
  let sum = 0;
  for (const k of FIT_STOCKS) sum += Math.abs(a[k] - b[k]) / (1 + Math.abs(b[k]));
  return sum;
}

/**
 * The year's hidden inputs — the engineer's retrofit, and the smuggler's diversion where the source
 * does not reveal it — are the ones that reproduce the recorded year best (exactly, from a game state).
 */
function fitHiddenInputs(start: World, r: DebriefRound, known: YearInputs, diverted: boolean | null): YearInputs {
  const scales = diverted === null ? [SMUGGLING_SCALE.idle, SMUGGLING_SCALE.diverting] : [diverted ? SMUGGLING_SCALE.diverting : SMUGGLING_SCALE.idle];
  let best = known;
  let bestMisfit = Infinity;
  for (const smugglingScale of scales) {
    for (const retrofit of RETROFITTABLE) {
      const candidate = { ...known, modifiers: { ...known.modifiers, smugglingScale, retrofit } };
      const m = misfit(step(start, candidate.levers, candidate.draws, candidate.modifiers).world, r.worldAfter);
      if (m < bestMisfit - 1e-12) { best = candidate; bestMisfit = m; }
    }
  }
  return best;
}

/** The inputs of every year as they happened: recorded levers, events and card shocks, fitted hidden inputs. */
export function recordedInputs(source: DebriefSource): YearInputs[] {
  const diverted = divertedRounds(source);
  return source.rounds.map((r) => {
    const known: YearInputs = {
      levers: r.levers,
      draws: drawsFiring(r.events),
      modifiers: { shocks: (r.eventCardId ? EVENT_CARDS[r.eventCardId]?.shocks : undefined) ?? {} },
    };
    return fitHiddenInputs(worldBefore(source, r.round), r, known, diverted ? diverted.has(r.round) : null);
  });
}

function runToEnd(start: World, years: readonly YearInputs[]): IndicatorValues {
  let world = start;
  let flows: Flows | null = null;
  for (const y of years) {
    const r = step(world, y.levers, y.draws, y.modifiers);
    world = r.world;
    flows = r.flows;
  }
  return flows ? indicatorsOf(world, flows) : indicatorsOf(world, world);
}

/**
 * How much the recorded history beats the what-if at the end of the match, per indicator: final value
 * as it happened (re-run) minus final value with `alter` applied from round `fromRound` on.
 */
export function effectOnFinal(
  source: DebriefSource, fromRound: number, alter: (year: YearInputs, round: number) => YearInputs,
  inputs: readonly YearInputs[] = recordedInputs(source),
): IndicatorValues {
  const years = inputs.slice(fromRound - 1);
  const start = worldBefore(source, fromRound);
  const actual = runToEnd(start, years);
  const whatIf = runToEnd(start, years.map((y, i) => alter(y, fromRound + i)));
  return Object.fromEntries(INDICATOR_IDS.map((id) => [id, actual[id] - whatIf[id]])) as IndicatorValues;
}
