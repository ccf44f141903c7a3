/**
 * Answering a deal (negotiation, the recipient only). Accepting moves the amount from the offerer into
 * escrow at once — refused if the offerer can no longer cover it; declining just closes the offer.
 */
import { findDeal, replaceDeal } from '../deals.ts';
import { adjustResources, event } from '../seat-updates.ts';
import { defineIntent } from './handler.ts';
import { coverDeal } from './offer-deal.ts';

export const respondDeal = defineIntent('respondDeal', {
  check(state, actor, intent) {
    const deal = findDeal(state, intent.dealId);
    if (!deal) return { code: 'unknownDeal', dealId: intent.dealId };
    if (deal.to !== actor) return { code: 'notYourSeat' };
    if (deal.status !== 'offered') return { code: 'dealNotOpen', dealId: deal.id };
    return intent.accept ? coverDeal(state, deal.from, deal.credits, deal.influence) : null;
  },
  apply(state, _actor, intent) {
    const deal = findDeal(state, intent.dealId)!;
    const audience = [deal.from, deal.to];
    const answered = event({ type: 'dealAnswered', dealId: deal.id, accepted: intent.accept }, audience);
    if (!intent.accept) return { state: replaceDeal(state, { ...deal, status: 'declined' }), events: [answered] };
    const escrowed = adjustResources(state, deal.from, { credits: -deal.credits, influence: -deal.influence });
    return { state: replaceDeal(escrowed, { ...deal, status: 'accepted' }), events: [answered] };
  },
});
