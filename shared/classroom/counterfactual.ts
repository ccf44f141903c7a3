/**
 * What if…? The city is re-run from a past year to the end with one thing undone — a passed policy,
 * a year's events, the smuggler's diversion — and everything else as it happened: the same levers and
 * the same luck (each year's recorded draws and hidden modifiers). The final indicators of that run,
 * against the same re-run with nothing undone, say how far that one thing moved the city's outcome.
 * Works on a final game state or a revealed match view (both carry every year's exact inputs), so the
 * class debrief (server) and the results screen (browser) share it. A view that does not reveal the
 * inputs gets a public approximation (see `recordedPlans`), never a guess at hidden facts.
 */
import { EVENT_CARDS } from '../content/events.ts';
import {
  EVENT_DRAW_KEYS, indicatorsOf, INDICATOR_IDS, initialWorld, step,
  type Attribution, type Flows, type IndicatorId, type Levers, type ModelEventId, type StepModifiers, type World, type YearDraws,
} from '../model/index.ts';
import { SMUGGLING_SCALE, smugglingScaleFor } from '../rules/resolve-round.ts';
import type { CovertRecord, MatchConfig, Outcome, Proposal, Role, YearInputs } from '../rules/types.ts';
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
  /** The year's exact luck and hidden modifiers (a game state always; a view once revealed). */
  inputs?: YearInputs;
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
export type YearPlan = Readonly<{ levers: Levers; draws: YearDraws; modifiers: Partial<StepModifiers> }>;

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

/** The smuggling scale the network would have run at in a year without the smuggler's diversion. */
export function idleScale(modifiers: Partial<StepModifiers>, diverted: boolean): number {
  const scale = modifiers.smugglingScale ?? SMUGGLING_SCALE.idle.min;
  if (!diverted) return scale;
  const activity = (scale - SMUGGLING_SCALE.diverting.min) / SMUGGLING_SCALE.diverting.span;
  return smugglingScaleFor(false, activity);
}

// Without the recorded inputs, both sides of a comparison assume the network's average idle activity.
const PUBLIC_SCALE = smugglingScaleFor(false, 0.5);

/**
 * The model inputs of every year as they happened: the recorded levers with the year's exact draws and
 * modifiers. Where a view hides them (before the reveal), the public approximation: the recorded events
 * fire again (draws of 0 and 1), the briefing card's shocks apply, no retrofit, an average network.
 */
export function recordedPlans(source: DebriefSource): YearPlan[] {
  return source.rounds.map((r) => {
    if (r.inputs) return { levers: r.levers, draws: r.inputs.draws, modifiers: r.inputs.modifiers };
    const shocks = (r.eventCardId ? EVENT_CARDS[r.eventCardId]?.shocks : undefined) ?? {};
    return { levers: r.levers, draws: drawsFiring(r.events), modifiers: { smugglingScale: PUBLIC_SCALE, shocks } };
  });
}

function runToEnd(start: World, years: readonly YearPlan[]): IndicatorValues {
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
  source: DebriefSource, fromRound: number, alter: (year: YearPlan, round: number) => YearPlan,
  plans: readonly YearPlan[] = recordedPlans(source),
): IndicatorValues {
  const years = plans.slice(fromRound - 1);
  const start = worldBefore(source, fromRound);
  const actual = runToEnd(start, years);
  const whatIf = runToEnd(start, years.map((y, i) => alter(y, fromRound + i)));
  return Object.fromEntries(INDICATOR_IDS.map((id) => [id, actual[id] - whatIf[id]])) as IndicatorValues;
}
