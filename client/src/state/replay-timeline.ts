/**
 * The replay's timeline: a finished match rebuilt state by state from its seed and command log, cut
 * into moments (each phase of each round, and the end) that the scrubber steps through, and shown from
 * a chosen perspective: the public, one seat, or everything.
 */
import { replayStates, viewFor } from '@shared/rules/index.ts';
import type { GameState, Role } from '@shared/rules/types.ts';
import type { MatchView, Viewer } from '@shared/rules/view.ts';
import type { ReplayRecord } from '@shared/protocol/http.ts';

export type Moment = Readonly<{ index: number; round: number; phase: GameState['phase'] }>;
export type Perspective = 'public' | 'all' | Role;

/** All states of the match: states[0] is the fresh match, states[i] follows command i−1. */
export function rebuild(record: Pick<ReplayRecord, 'config' | 'seed' | 'commands'>): GameState[] {
  return replayStates(record.config, record.seed, record.commands);
}

/** One moment per phase of each round (its last state, so the phase's work is visible), then the end. */
export function momentsOf(states: readonly GameState[]): Moment[] {
  const out: Moment[] = [];
  states.forEach((s, index) => {
    if (s.phase === 'lobby') return;
    const next = states[index + 1];
    const isLastOfPhase = !next || next.phase !== s.phase || next.round !== s.round;
    if (isLastOfPhase) out.push({ index, round: s.round, phase: s.phase });
  });
  return out;
}

export function viewerOf(perspective: Perspective): Viewer {
  if (perspective === 'public') return { kind: 'spectator' };
  if (perspective === 'all') return { kind: 'facilitator' };
  return { kind: 'seat', role: perspective };
}

export function viewAt(states: readonly GameState[], moment: Moment, perspective: Perspective): MatchView {
  return viewFor(states[moment.index], viewerOf(perspective));
}
