/**
 * Offering a binding deal (negotiation): credits and/or influence to another seat if a proposal tabled
 * this year passes, or if that seat votes a named way on it. The offerer must hold the amount now;
 * nothing moves until the recipient accepts (respond-deal.ts) and the vote settles it (deals.ts).
 */
import type { RuleError } from '../errors.ts';
import type { Deal, GameState, Role } from '../types.ts';
import { event, nextId } from '../seat-updates.ts';
import { defineIntent, needFunds } from './handler.ts';
import { tabledThisRound } from './proposals.ts';

const isAmount = (x: number) => Number.isInteger(x) && x >= 0;

/** The offerer can cover the deal right now (checked at offer and again at acceptance). */
export function coverDeal(state: GameState, from: Role, credits: number, influence: number): RuleError | null {
  const r = state.seats[from].resources;
  return needFunds('credits', credits, r.credits) ?? needFunds('influence', influence, r.influence);
}

export const offerDeal = defineIntent('offerDeal', {
  check(state, actor, intent) {
    if (intent.to === actor) return { code: 'selfTarget' };
    if (!tabledThisRound(state, intent.condition.proposalId)) {
      return { code: 'unknownProposal', proposalId: intent.condition.proposalId };
    }
    if (!isAmount(intent.credits)) return { code: 'outOfRange', field: 'credits', min: 0, max: 1000, got: intent.credits };
    if (!isAmount(intent.influence)) return { code: 'outOfRange', field: 'influence', min: 0, max: 1000, got: intent.influence };
    if (intent.credits + intent.influence === 0) return { code: 'invalidCommand', reason: 'a deal must offer something' };
    return coverDeal(state, actor, intent.credits, intent.influence);
  },
  apply(state, actor, intent) {
    const [id, s] = nextId(state, 'd');
    const deal: Deal = {
      id, round: state.round, from: actor, to: intent.to, credits: intent.credits, influence: intent.influence,
      condition: { ...intent.condition }, status: 'offered',
    };
    return {
      state: { ...s, deals: [...s.deals, deal] },
      events: [event({ type: 'dealOffered', dealId: id, from: actor, to: intent.to }, [actor, intent.to])],
    };
  },
});
