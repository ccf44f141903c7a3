/**
 * Finding this year's tabled proposals, which co-sponsoring, amending, deals, votes and mobilizing
 * all need: a proposal from an earlier year, or one already decided, no longer counts.
 */
import type { GameState, Proposal } from '../types.ts';

/** A proposal tabled this year and not yet decided, if `id` names one. */
export function tabledThisRound(state: GameState, id: string): Proposal | undefined {
  return state.proposals.find((p) => p.id === id && p.round === state.round && p.status === 'tabled');
}

export function replaceProposal(state: GameState, proposal: Proposal): GameState {
  return { ...state, proposals: state.proposals.map((p) => (p.id === proposal.id ? proposal : p)) };
}
