/**
 * The phase machine in one table. A year runs briefing → proposals → negotiation → vote → actions →
 * resolution; the match is the lobby, then that year once per round, then game over. Each phase lists
 * the intents it accepts; everything else is refused with notYourPhase. A phase ends when its timer
 * runs out, when every seat is ready, or when the facilitator advances it — so no phase can stall.
 */
import type { IntentType } from '../protocol/intents.ts';
import type { Phase, TimedPhase } from './types.ts';

/** The year, in order. */
export const ROUND_PHASES = ['briefing', 'proposals', 'negotiation', 'vote', 'actions', 'resolution'] as const;

const TALK: readonly IntentType[] = ['chat', 'whisper', 'ready'];

/** Which intents each phase accepts. This is the only place that decides it. */
export const PHASE_INTENTS: Readonly<Record<Phase, readonly IntentType[]>> = {
  lobby: TALK,
  briefing: TALK,
  proposals: [...TALK, 'proposePolicy', 'cosponsor'],
  negotiation: [...TALK, 'cosponsor', 'amendProposal', 'offerDeal', 'respondDeal', 'withdrawDeal'],
  // roleAction in the vote is the activist's mobilize (it counts as the year's action).
  vote: [...TALK, 'castVote', 'roleAction'],
  actions: [...TALK, 'roleAction'],
  resolution: TALK,
  gameOver: [],
};

/** Intents that carry no expectedVersion: idempotent or harmless whenever they arrive. */
export const VERSION_EXEMPT: readonly IntentType[] = ['chat', 'whisper', 'ready'];

/** The intents a seat may send in a phase (clients use this to enable controls). */
export function allowedIntents(phase: Phase): readonly IntentType[] {
  return PHASE_INTENTS[phase];
}

export function isAllowed(phase: Phase, intent: IntentType): boolean {
  return PHASE_INTENTS[phase].includes(intent);
}

/** The phases that accept an intent (intent modules declare their phases from this table). */
export function phasesAccepting(intent: IntentType): readonly Phase[] {
  return (Object.keys(PHASE_INTENTS) as Phase[]).filter((p) => PHASE_INTENTS[p].includes(intent));
}

export function isTimed(phase: Phase): phase is TimedPhase {
  return phase !== 'lobby' && phase !== 'gameOver';
}

/**
 * The phase after `phase` in a round; null after resolution (the next round's briefing, or game over,
 * is decided by the round flow).
 */
export function nextPhaseInRound(phase: Phase): TimedPhase | null {
  const i = (ROUND_PHASES as readonly Phase[]).indexOf(phase);
  return i >= 0 && i < ROUND_PHASES.length - 1 ? ROUND_PHASES[i + 1] : null;
}

/** When a phase entered at `at` times out (room-clock ms), or null for untimed phases. */
export function phaseDeadline(phase: Phase, at: number, timers: Readonly<Record<TimedPhase, number>>): number | null {
  return isTimed(phase) ? at + timers[phase] * 1000 : null;
}
