/**
 * Binding deals. An offer names credits and/or influence and a condition on a proposal tabled this
 * year. When the recipient accepts, the server takes the amount from the offerer into escrow; after
 * the vote is revealed every escrowed deal settles exactly once: paid to the recipient if the
 * condition held, refunded to the offerer if not. Offers nobody answered expire when the vote opens.
 */
import type { GameEvent } from './events.ts';
import { adjustResources, event } from './seat-updates.ts';
import type { Ballot, Deal, DealId, GameState } from './types.ts';

export function findDeal(state: GameState, id: DealId): Deal | undefined {
  return state.deals.find((d) => d.id === id);
}

export function replaceDeal(state: GameState, deal: Deal): GameState {
  return { ...state, deals: state.deals.map((d) => (d.id === deal.id ? deal : d)) };
}

/** Whether a settled deal's condition held, judged on revealed ballots and proposal results. */
export function conditionHolds(state: GameState, deal: Deal): boolean {
  const c = deal.condition;
  const proposal = state.proposals.find((p) => p.id === c.proposalId);
  if (!proposal) return false;
  if (c.kind === 'proposalPasses') return proposal.status === 'passed';
  const ballot: Ballot = state.ballots[c.proposalId]?.[deal.to] ?? 'abstain';
  return ballot === c.ballot;
}

/** Settles every escrowed deal of the current round (call after the reveal). */
export function settleDeals(state: GameState): { state: GameState; events: GameEvent[] } {
  let s = state;
  const events: GameEvent[] = [];
  for (const deal of state.deals) {
    if (deal.round !== state.round || deal.status !== 'accepted') continue;
    const paid = conditionHolds(s, deal);
    const payee = paid ? deal.to : deal.from;
    s = adjustResources(s, payee, { credits: deal.credits, influence: deal.influence });
    s = replaceDeal(s, { ...deal, status: paid ? 'paid' : 'refunded' });
    events.push(
      event({ type: 'dealSettled', dealId: deal.id, from: deal.from, to: deal.to, paid, credits: deal.credits, influence: deal.influence }),
    );
  }
  return { state: s, events };
}

/** Unanswered offers of the current round lapse (no money ever moved for them). */
export function expireOffers(state: GameState): GameState {
  const open = state.deals.some((d) => d.round === state.round && d.status === 'offered');
  if (!open) return state;
  return {
    ...state,
    deals: state.deals.map((d) => (d.round === state.round && d.status === 'offered' ? { ...d, status: 'expired' } : d)),
  };
}
