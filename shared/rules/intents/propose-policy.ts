/**
 * Tabling a policy (proposals phase): a seat names one lever and a new value within the lever's range,
 * paying the policy's influence cost. Each seat tables at most one policy a year, each lever is tabled
 * at most once a year, and a lever frozen by protests cannot be tabled at all.
 */
import { isPolicyLever, POLICIES } from '../../content/policies.ts';
import type { Proposal } from '../types.ts';
import { adjustResources, event, nextId } from '../seat-updates.ts';
import { defineIntent, needFunds } from './handler.ts';
import { proposableValue } from './lever-value.ts';

export const proposePolicy = defineIntent('proposePolicy', {
  check(state, actor, intent) {
    if (!isPolicyLever(intent.lever)) return { code: 'unknownPolicy', lever: String(intent.lever) };
    if (state.frozenLever === intent.lever) return { code: 'leverFrozen', lever: intent.lever };
    const thisYear = state.proposals.filter((p) => p.round === state.round);
    if (thisYear.some((p) => p.by === actor)) return { code: 'alreadyProposed' };
    const same = thisYear.find((p) => p.lever === intent.lever);
    if (same) return { code: 'leverAlreadyTabled', lever: intent.lever, proposalId: same.id };
    const v = proposableValue(state, intent.lever, intent.value);
    if ('error' in v) return v.error;
    return needFunds('influence', POLICIES[intent.lever].influenceCost, state.seats[actor].resources.influence);
  },
  apply(state, actor, intent) {
    const v = proposableValue(state, intent.lever, intent.value);
    if ('error' in v) throw new Error('apply after a failed check');
    const [id, s] = nextId(state, 'p');
    const proposal: Proposal = {
      id, round: state.round, by: actor, lever: intent.lever, value: v.value, cosponsors: [], status: 'tabled',
    };
    const paid = adjustResources(s, actor, { influence: -POLICIES[intent.lever].influenceCost });
    return {
      state: { ...paid, proposals: [...paid.proposals, proposal] },
      events: [event({ type: 'policyProposed', proposalId: id, by: actor, lever: intent.lever, value: v.value })],
    };
  },
});
