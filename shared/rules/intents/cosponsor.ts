/**
 * Co-sponsoring another seat's proposal (proposals or negotiation): a public show of support that
 * costs one influence and earns a little standing if the proposal passes. Not your own proposal, and
 * only once per proposal.
 */
import { BALANCE } from '../../content/balance.ts';
import { adjustResources, event } from '../seat-updates.ts';
import { defineIntent, needFunds } from './handler.ts';
import { replaceProposal, tabledThisRound } from './proposals.ts';

export const cosponsor = defineIntent('cosponsor', {
  check(state, actor, intent) {
    const p = tabledThisRound(state, intent.proposalId);
    if (!p) return { code: 'unknownProposal', proposalId: intent.proposalId };
    if (p.by === actor) return { code: 'selfTarget' };
    if (p.cosponsors.includes(actor)) return { code: 'alreadyCosponsored' };
    return needFunds('influence', BALANCE.cosponsorCost, state.seats[actor].resources.influence);
  },
  apply(state, actor, intent) {
    const p = tabledThisRound(state, intent.proposalId)!;
    const s = adjustResources(state, actor, { influence: -BALANCE.cosponsorCost });
    return {
      state: replaceProposal(s, { ...p, cosponsors: [...p.cosponsors, actor] }),
      events: [event({ type: 'proposalCosponsored', proposalId: p.id, by: actor })],
    };
  },
});
