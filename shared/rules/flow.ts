/**
 * Moving from one phase to the next. Entering a phase starts its timer and clears everyone's "ready";
 * leaving a phase does its closing work: offers lapse when the vote opens, ballots are revealed and
 * deals settle when the vote closes, idle seats pass and the year resolves when actions close, and
 * after the resolution either the next year begins or the match ends.
 */
import { expireOffers } from './deals.ts';
import { runBriefing } from './briefing.ts';
import type { GameEvent } from './events.ts';
import { computeOutcome, matchEnds } from './outcome.ts';
import { nextPhaseInRound, phaseDeadline } from './phases.ts';
import { resolveRound } from './resolve-round.ts';
import { event, setAllReady } from './seat-updates.ts';
import { ROLES, type GameState, type Phase, type RoleAction } from './types.ts';
import { revealVotes } from './vote-reveal.ts';

export type Applied = { state: GameState; events: GameEvent[] };

/** Enters a phase at state.now and runs its opening work (briefing draws, resolution resolves). */
export function enterPhase(state: GameState, phase: Phase): Applied {
  const endsAt = phaseDeadline(phase, state.now, state.config.timers);
  let s: GameState = setAllReady({ ...state, phase, phaseEndsAt: endsAt }, false);
  const events: GameEvent[] = [event({ type: 'phaseStarted', phase, round: s.round, endsAt })];
  if (phase === 'briefing') {
    const b = runBriefing(s);
    s = b.state;
    events.push(...b.events);
  } else if (phase === 'resolution') {
    const r = resolveRound(s);
    s = r.state;
    events.push(...r.events);
  }
  return { state: s, events };
}

/** A new year: clear last year's actions and open its briefing. */
export function startRound(state: GameState): Applied {
  return enterPhase({ ...state, round: state.round + 1, actions: {}, draws: null }, 'briefing');
}

function finishGame(state: GameState): Applied {
  const outcome = computeOutcome(state);
  const s: GameState = setAllReady({ ...state, phase: 'gameOver', phaseEndsAt: null, outcome }, false);
  return {
    state: s,
    events: [event({ type: 'phaseStarted', phase: 'gameOver', round: s.round, endsAt: null }), event({ type: 'gameEnded', outcome })],
  };
}

/** Seats that took no action this year pass. */
function fillPasses(state: GameState): GameState {
  const actions: Partial<Record<(typeof ROLES)[number], RoleAction>> = { ...state.actions };
  for (const r of ROLES) actions[r] ??= { kind: 'pass' };
  return { ...state, actions };
}

/** The closing work of a phase, before the next one opens. */
function closePhase(state: GameState): Applied {
  if (state.phase === 'negotiation') return { state: expireOffers(state), events: [] };
  if (state.phase === 'vote') return revealVotes(state);
  if (state.phase === 'actions') return { state: fillPasses(state), events: [] };
  return { state, events: [] };
}

/** Closes the current phase and opens the next one. Not called in the lobby or after the end. */
export function endPhase(state: GameState): Applied {
  const closed = closePhase(state);
  let opened: Applied;
  if (state.phase === 'resolution') {
    opened = matchEnds(closed.state) ? finishGame(closed.state) : startRound(closed.state);
  } else {
    const next = nextPhaseInRound(state.phase);
    if (!next) throw new Error(`endPhase called in ${state.phase}`);
    opened = enterPhase(closed.state, next);
  }
  return { state: opened.state, events: [...closed.events, ...opened.events] };
}
