/**
 * The game engine's public API: create a match, reduce commands, project views per viewer, replay a
 * log. Servers, clients, bots and simulations import from here (or from @shared/rules/...).
 */
export { createGame, defaultConfig, DEFAULT_TIMERS, DEFAULT_ROUNDS, MIN_ROUNDS, MAX_ROUNDS } from './create-game.ts';
export { reduce, type ReduceResult } from './reduce.ts';
export { eventsFor } from './visibility.ts';
export { viewFor, ViewProjector } from './view-projector.ts';
export { replay, replayStates, ReplayError } from './replay.ts';
export {
  PHASE_INTENTS, ROUND_PHASES, VERSION_EXEMPT, allowedIntents, isAllowed, isTimed, nextPhaseInRound, phaseDeadline, phasesAccepting,
} from './phases.ts';
export { ACTION_RULES, actionsFor, INTENT_HANDLERS, type ActionKind, type IntentHandler } from './intents/index.ts';
export { assayBand } from './intents/actions/chemist.ts';
export { decide } from './vote-reveal.ts';
export { computeOutcome, matchEnds } from './outcome.ts';
export { leversBefore, modifiersFor, SMUGGLING_SCALE, smugglingScaleFor } from './resolve-round.ts';
export { covertPublic, publicFlows, publicWorld, roundView } from './public-model.ts';
export type { Command, SystemEvent } from './commands.ts';
export type { RuleError, RuleErrorCode } from './errors.ts';
export type { Audience, GameEvent, GameEventBody } from './events.ts';
export type { AgendaView, BallotView, MatchView, PublicFlows, PublicWorld, RoundView, SeatView, Viewer } from './view.ts';
export * from './types.ts';
