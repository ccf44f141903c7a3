/**
 * Host and facilitator controls, and the room clock. Start the match (every seat taken, or bots fill
 * the empty ones when the host allowed it); change timers in the lobby; advance a phase or extend its
 * timer; inject a briefing card for the next year. A timeout ends the phase it was set for — one
 * arriving for another phase or round, or before the deadline, is refused and changes nothing.
 */
import { isEventCard } from '../../content/events.ts';
import { botName } from '../../content/roles.ts';
import type { SystemEvent } from '../commands.ts';
import type { RuleError } from '../errors.ts';
import { endPhase, startRound, type Applied } from '../flow.ts';
import { isTimed } from '../phases.ts';
import { event, updateSeat } from '../seat-updates.ts';
import { ROLES, type GameState, type TimedPhase } from '../types.ts';

type Of<T extends SystemEvent['type']> = Extract<SystemEvent, { type: T }>;

export function startMatch(state: GameState): Applied | RuleError {
  if (state.phase !== 'lobby') return { code: 'notYourPhase', phase: state.phase, intent: 'startMatch' };
  const open = ROLES.filter((r) => state.seats[r].controller === 'open');
  if (open.length > 0 && !state.config.botsFillEmptySeats) return { code: 'seatsNotFilled' };
  let s = state;
  const events = [];
  for (const role of open) {
    s = updateSeat(s, role, { controller: 'bot', name: botName(role) });
    events.push(event({ type: 'seatChanged', role, name: botName(role), controller: 'bot' }));
  }
  const started = startRound(s);
  return { state: started.state, events: [...events, ...started.events] };
}

export function setTimers(state: GameState, e: Of<'setTimers'>): Applied | RuleError {
  if (state.phase !== 'lobby') return { code: 'notYourPhase', phase: state.phase, intent: 'setTimers' };
  const timers: Record<TimedPhase, number> = { ...state.config.timers };
  for (const [phase, secs] of Object.entries(e.timers)) {
    if (secs === undefined) continue;
    if (!isTimed(phase as TimedPhase) || !(phase in timers)) return { code: 'invalidCommand', reason: `no timer for ${phase}` };
    if (!Number.isFinite(secs) || secs <= 0) return { code: 'outOfRange', field: phase, min: 1, max: Infinity, got: secs };
    timers[phase as TimedPhase] = secs;
  }
  return { state: { ...state, config: { ...state.config, timers } }, events: [] };
}

export function phaseTimeout(state: GameState, e: Of<'phaseTimeout'>): Applied | RuleError {
  if (e.phase !== state.phase || e.round !== state.round || state.phaseEndsAt === null) {
    return { code: 'invalidCommand', reason: `timeout for ${e.phase} of round ${e.round} is not current` };
  }
  if (state.now < state.phaseEndsAt) return { code: 'invalidCommand', reason: 'the phase has not timed out yet' };
  return endPhase(state);
}

export function advancePhase(state: GameState): Applied | RuleError {
  if (state.phase === 'lobby') return startMatch(state);
  return endPhase(state);
}

export function extendTimer(state: GameState, e: Of<'extendTimer'>): Applied | RuleError {
  if (state.phaseEndsAt === null) return { code: 'invalidCommand', reason: 'this phase has no timer' };
  if (!Number.isFinite(e.seconds) || e.seconds <= 0) {
    return { code: 'outOfRange', field: 'seconds', min: 1, max: Infinity, got: e.seconds };
  }
  const endsAt = state.phaseEndsAt + e.seconds * 1000;
  return { state: { ...state, phaseEndsAt: endsAt }, events: [event({ type: 'timerChanged', endsAt })] };
}

export function injectEvent(state: GameState, e: Of<'injectEvent'>): Applied | RuleError {
  if (!isEventCard(e.cardId)) return { code: 'invalidCommand', reason: `unknown event card ${e.cardId}` };
  return { state: { ...state, pendingCardId: e.cardId }, events: [event({ type: 'cardInjected', cardId: e.cardId }, [])] };
}
