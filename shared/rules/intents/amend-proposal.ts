/**
 * Amending a proposal (negotiation): only its proposer may change the value, to another value of the
 * same lever within range. Co-sponsors and deals stay attached to the amended proposal.
 */
import { event } from '../seat-updates.ts';
import { defineIntent } from './handler.ts';
import { proposableValue } from './lever-value.ts';
import { replaceProposal, tabledThisRound } from './proposals.ts';

export const amendProposal = defineIntent('amendProposal', {
  check(state, actor, intent) {
    const p = tabledThisRound(state, intent.proposalId);
    if (!p) return { code: 'unknownProposal', proposalId: intent.proposalId };
    if (p.by !== actor) return { code: 'notProposer' };
    const v = proposableValue(state, p.lever, intent.value);
    if ('error' in v) return v.error;
    if (v.value === p.value) return { code: 'noChange', lever: p.lever, value: v.value };
    return null;
  },
  apply(state, _actor, intent) {
    const p = tabledThisRound(state, intent.proposalId)!;
    const v = proposableValue(state, p.lever, intent.value);
    if ('error' in v) throw new Error('apply after a failed check');
    return {
      state: replaceProposal(state, { ...p, value: v.value, revisedAt: state.version + 1 }),
      events: [event({ type: 'proposalAmended', proposalId: p.id, value: v.value })],
    };
  },
});
