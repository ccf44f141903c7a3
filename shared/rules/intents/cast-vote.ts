/**
 * Casting a secret ballot (vote): yes, no or abstain on one proposal tabled this year, once per
 * proposal — a second ballot is refused. Everyone learns that the seat voted; what it voted stays
 * server-side until the reveal at the end of the phase.
 */
import { event } from '../seat-updates.ts';
import { defineIntent } from './handler.ts';
import { tabledThisRound } from './proposals.ts';

export const castVote = defineIntent('castVote', {
  check(state, actor, intent) {
    if (!tabledThisRound(state, intent.proposalId)) return { code: 'unknownProposal', proposalId: intent.proposalId };
    if (state.ballots[intent.proposalId]?.[actor]) return { code: 'alreadyVoted', proposalId: intent.proposalId };
    return null;
  },
  apply(state, actor, intent) {
    const cast = { ...state.ballots[intent.proposalId], [actor]: intent.ballot };
    return {
      state: { ...state, ballots: { ...state.ballots, [intent.proposalId]: cast } },
      events: [event({ type: 'voteCast', proposalId: intent.proposalId, by: actor })],
    };
  },
});
