/**
 * The chemist's lab assay: a private measurement of the hidden toxic-byproduct intensity, a band about
 * ±10 % wide that contains the true value (where inside is fixed per match, so the band never gives the
 * value away). Publishing it makes the band everyone's knowledge; the first publication earns standing.
 */
import { BALANCE } from '../../../content/balance.ts';
import { BETA0_RANGE } from '../../../model/index.ts';
import { adjustResources, event, updateSeat } from '../../seat-updates.ts';
import type { Beta0Band, GameState, Intel } from '../../types.ts';
import type { ActionRule } from './action-rule.ts';
import { noCheck } from './action-rule.ts';

/** The band an assay shows; rounded outwards to 3 decimals so it still contains β₀. */
export function assayBand(state: GameState): Beta0Band {
  const beta0 = state.world.beta0;
  const width = BALANCE.assayBandShare * beta0;
  const lo = Math.max(BETA0_RANGE.min, beta0 - width * state.assayOffset);
  const hi = Math.min(BETA0_RANGE.max, lo + width);
  return { beta0Min: Math.floor(lo * 1000) / 1000, beta0Max: Math.ceil(hi * 1000) / 1000 };
}

export const assay: ActionRule<'assay'> = {
  roles: ['chemist'],
  phase: 'actions',
  covert: false,
  check: noCheck,
  apply(state, actor, action) {
    const band = assayBand(state);
    const intel: Intel = { kind: 'assay', round: state.round, ...band, published: action.publish };
    let s = updateSeat(state, actor, { intel: [...state.seats[actor].intel, intel] });
    const events = [event({ type: 'intelGained', by: actor }, [actor])];
    if (action.publish) {
      if (!state.publishedAssay) s = adjustResources(s, actor, { reputation: BALANCE.reputation.assayPublished });
      s = { ...s, publishedAssay: band };
      events.push(event({ type: 'assayPublished', ...band }));
    }
    return { state: s, events };
  },
};
