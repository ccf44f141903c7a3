/**
 * Withdrawing a deal (negotiation, the offerer only) while it is still an unanswered offer; once
 * accepted it is in escrow and only the vote can settle it.
 */
import { findDeal, replaceDeal } from '../deals.ts';
import { event } from '../seat-updates.ts';
import { defineIntent } from './handler.ts';

export const withdrawDeal = defineIntent('withdrawDeal', {
  check(state, actor, intent) {
    const deal = findDeal(state, intent.dealId);
    if (!deal) return { code: 'unknownDeal', dealId: intent.dealId };
    if (deal.from !== actor) return { code: 'notYourSeat' };
    if (deal.status !== 'offered') return { code: 'dealNotOpen', dealId: deal.id };
    return null;
  },
  apply(state, _actor, intent) {
    const deal = findDeal(state, intent.dealId)!;
    return {
      state: replaceDeal(state, { ...deal, status: 'withdrawn' }),
      events: [event({ type: 'dealWithdrawn', dealId: deal.id }, [deal.from, deal.to])],
    };
  },
});
