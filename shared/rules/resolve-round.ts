/**
 * The year resolves: the city model steps once with the levers in force, this year's luck, the briefing
 * card's shocks, the engineer's retrofit and the smuggler's diversion (the network runs at half strength
 * when the smuggler is not diverting). The ghost baseline steps with the scenario's starting levers and
 * the same luck. Then exposures land, incomes are paid, a protest may freeze a lever, every indicator's
 * change is attributed, headlines are written and the year is recorded.
 */
import { EVENT_CARDS } from '../content/events.ts';
import { writeHeadlines } from '../content/headlines.ts';
import { attribute, NO_EVENTS, scenarioLevers, step } from '../model/index.ts';
import type { LeverId, Levers, StepModifiers } from '../model/types.ts';
import { LEVER_IDS } from '../model/types.ts';
import type { GameEvent } from './events.ts';
import { publicFlows, refreshPublicRounds } from './public-model.ts';
import { applyProtest, landExposures, payIncomes } from './round-consequences.ts';
import { event } from './seat-updates.ts';
import type { GameState, RoundRecord } from './types.ts';

/**
 * The smuggling scale (model.md §3.6: 0.5–1.0 of the computed flow). The network's own activity varies from
 * year to year (a hidden draw), and the smuggler's diversion pushes it up: the two ranges overlap, so the
 * public smuggled tonnage hints at diversion but never proves it — investigations stay worth making.
 * Counterfactuals (debriefs) must not guess the hidden inputs: every RoundRecord keeps its exact `inputs`
 * (draws + modifiers), shown in revealed views as RoundView.inputs.
 */
export const SMUGGLING_SCALE = { idle: { min: 0.5, span: 0.35 }, diverting: { min: 0.65, span: 0.35 } } as const;

export function smugglingScaleFor(diverting: boolean, activity: number): number {
  const range = diverting ? SMUGGLING_SCALE.diverting : SMUGGLING_SCALE.idle;
  return range.min + range.span * activity;
}

/** The levers in force before this year's vote (the previous year's, or the scenario's at first). */
export function leversBefore(state: GameState): Levers {
  const last = state.rounds[state.rounds.length - 1];
  return last ? last.levers : scenarioLevers(state.config.scenario);
}

/** The non-lever inputs of the year: covert diversion, retrofit and the card's one-off shocks. */
export function modifiersFor(state: GameState): StepModifiers {
  const smuggler = state.actions.smuggler;
  const engineer = state.actions.engineer;
  const card = state.eventCardId ? EVENT_CARDS[state.eventCardId] : undefined;
  return {
    smugglingScale: smugglingScaleFor(smuggler?.kind === 'divert', state.networkActivity),
    scandalExposesNetwork: false, // the model cuts the network itself when a scandal fires
    retrofit: engineer?.kind === 'retrofit' ? engineer.lever : null,
    shocks: card?.shocks ?? {},
  };
}

function enactedChanges(before: Levers, after: Levers): { lever: LeverId; from: number; to: number }[] {
  return LEVER_IDS.filter((id) => before[id] !== after[id]).map((id) => ({ lever: id, from: before[id], to: after[id] }));
}

/** Resolves the current round; the caller enters the resolution phase around it. */
export function resolveRound(state: GameState): { state: GameState; events: GameEvent[] } {
  const draws = state.draws ?? NO_EVENTS;
  const modifiers = modifiersFor(state);
  const before = leversBefore(state);
  const { world, flows } = step(state.world, state.levers, draws, modifiers);
  const ghost = step(state.baseline, scenarioLevers(state.config.scenario), draws, {
    smugglingScale: smugglingScaleFor(false, state.networkActivity),
    shocks: modifiers.shocks,
  });
  const attribution = attribute(state.world, before, state.levers, draws, modifiers, smugglingScaleFor(false, state.networkActivity));
  const exposed = landExposures(state, flows);
  const protest = applyProtest(payIncomes(exposed.state, flows), flows);
  const headlines = writeHeadlines({
    before: state.world,
    after: world,
    flows,
    enacted: enactedChanges(before, state.levers),
    exposures: exposed.found.exposures,
    wrongAccusations: exposed.found.wrongAccusations,
    wentStraight: state.actions.smuggler?.kind === 'goStraight',
    frozenLever: protest.state.frozenLever,
  });
  const record: RoundRecord = {
    round: state.round,
    eventCardId: state.eventCardId,
    levers: state.levers,
    flows,
    worldAfter: world,
    events: flows.events,
    attribution,
    headlines,
    baselineAfter: ghost.world,
    inputs: { draws, modifiers },
  };
  const recorded: GameState = { ...protest.state, world, baseline: ghost.world, rounds: [...state.rounds, record] };
  const next = refreshPublicRounds(recorded, state.seats.smuggler.exposedRound);
  const resolved = event({ type: 'roundResolved', round: state.round, flows: publicFlows(flows), modelEvents: flows.events, headlines });
  return { state: next, events: [...exposed.events, ...protest.events, resolved] };
}
