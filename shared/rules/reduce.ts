/**
 * The single entry point of the game: every change — a seat's intent or a command from the room —
 * goes through `reduce`, which returns the next state and what happened, or why nothing happened.
 * It is pure: it never mutates its input, reads time only from the command and randomness only from
 * the generator inside the state. Every accepted command advances `version` by exactly one.
 */
import type { Intent } from '../protocol/intents.ts';
import type { Command, SystemEvent } from './commands.ts';
import type { RuleError } from './errors.ts';
import type { GameEvent } from './events.ts';
import { endPhase, type Applied } from './flow.ts';
import { INTENT_HANDLERS, type IntentHandler } from './intents/index.ts';
import { isAllowed, VERSION_EXEMPT } from './phases.ts';
import { everyoneReady } from './seat-updates.ts';
import { advancePhase, extendTimer, injectEvent, phaseTimeout, setTimers, startMatch } from './system/host.ts';
import { seatController, seatReleased, seatTaken } from './system/seating.ts';
import { ROLES, type GameState, type Role } from './types.ts';

export type ReduceResult = { ok: true; state: GameState; events: GameEvent[] } | { ok: false; error: RuleError };

function isError(x: Applied | RuleError): x is RuleError {
  return 'code' in x;
}

/**
 * An intent is stale when it was decided on a view older than what it acts on: a view from before the current
 * phase began, or from before the proposal it names was amended. Otherwise other seats' moves in the meantime
 * (chat, their own ballots) do not invalidate it: simultaneous ballots and actions must not race each other.
 */
function isStale(state: GameState, intent: Intent & { expectedVersion: number }): boolean {
  const seen = intent.expectedVersion;
  if (seen > state.version || seen < state.phaseVersion) return true;
  const proposalId = referencedProposal(state, intent);
  const proposal = proposalId ? state.proposals.find((p) => p.id === proposalId) : undefined;
  return proposal?.revisedAt !== undefined && seen < proposal.revisedAt;
}

function referencedProposal(state: GameState, intent: Intent): string | undefined {
  if ('proposalId' in intent) return intent.proposalId;
  if (intent.type === 'offerDeal') return intent.condition.proposalId;
  if (intent.type === 'respondDeal') return state.deals.find((d) => d.id === intent.dealId)?.condition.proposalId;
  if (intent.type === 'roleAction' && intent.action.kind === 'mobilize') return intent.action.proposalId;
  return undefined;
}

function runIntent(state: GameState, actor: Role, intent: Intent): Applied | RuleError {
  if (state.phase === 'gameOver') return { code: 'gameOver' };
  if (!(ROLES as readonly string[]).includes(actor) || state.seats[actor].controller === 'open') return { code: 'notSeated' };
  const known = intent && Object.prototype.hasOwnProperty.call(INTENT_HANDLERS, intent.type);
  if (!known) return { code: 'invalidCommand', reason: `unknown intent ${String(intent?.type)}` };
  const handler = INTENT_HANDLERS[intent.type] as IntentHandler<typeof intent.type>;
  if (!isAllowed(state.phase, intent.type)) return { code: 'notYourPhase', phase: state.phase, intent: intent.type };
  if (!VERSION_EXEMPT.includes(intent.type) && 'expectedVersion' in intent && isStale(state, intent)) {
    return { code: 'staleVersion', expected: state.version, got: intent.expectedVersion };
  }
  const error = handler.check(state, actor, intent as never);
  if (error) return error;
  const applied = handler.apply(state, actor, intent as never);
  // "Everyone ready" ends a phase early (the lobby waits for the host instead).
  if (applied.state.phase !== 'lobby' && applied.state.phase === state.phase && everyoneReady(applied.state)) {
    const ended = endPhase(applied.state);
    return { state: ended.state, events: [...applied.events, ...ended.events] };
  }
  return applied;
}

function runSystem(state: GameState, e: SystemEvent): Applied | RuleError {
  if (state.phase === 'gameOver' && e.type !== 'seatController' && e.type !== 'phaseTimeout') return { code: 'gameOver' };
  switch (e.type) {
    case 'seatTaken': return seatTaken(state, e);
    case 'seatReleased': return seatReleased(state, e);
    case 'seatController': return seatController(state, e);
    case 'startMatch': return startMatch(state);
    case 'phaseTimeout': return phaseTimeout(state, e);
    case 'setTimers': return setTimers(state, e);
    case 'advancePhase': return advancePhase(state);
    case 'extendTimer': return extendTimer(state, e);
    case 'injectEvent': return injectEvent(state, e);
    default: return { code: 'invalidCommand', reason: `unknown system event ${String((e as { type: unknown }).type)}` };
  }
}

/** Applies one command. On refusal the input state is untouched and only the error comes back. */
export function reduce(state: GameState, command: Command): ReduceResult {
  if (!Number.isFinite(command.at)) return { ok: false, error: { code: 'invalidCommand', reason: 'command time is not a number' } };
  if (command.kind !== 'intent' && command.kind !== 'system') {
    return { ok: false, error: { code: 'invalidCommand', reason: 'unknown command kind' } };
  }
  const timed: GameState = { ...state, now: command.at };
  const result = command.kind === 'intent' ? runIntent(timed, command.actor, command.intent) : runSystem(timed, command.event);
  if (isError(result)) return { ok: false, error: result };
  const version = state.version + 1;
  const newPhase = result.state.phase !== state.phase || result.state.round !== state.round;
  const phaseVersion = newPhase ? version : result.state.phaseVersion;
  return { ok: true, state: { ...result.state, version, phaseVersion }, events: result.events };
}
