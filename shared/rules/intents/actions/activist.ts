/**
 * The activist's abilities. Investigate: learn privately whether a seat took a covert action last
 * year; with `expose` the accusation lands at resolution — right, the target is exposed; wrong, the
 * activist loses standing. Mobilize (during the vote): one extra public vote, paid in influence.
 */
import { BALANCE } from '../../../content/balance.ts';
import { tookCovertAction } from '../../round-consequences.ts';
import { adjustResources, event, updateSeat } from '../../seat-updates.ts';
import type { Intel } from '../../types.ts';
import { needFunds } from '../handler.ts';
import { tabledThisRound } from '../proposals.ts';
import type { ActionRule } from './action-rule.ts';

export const investigate: ActionRule<'investigate'> = {
  roles: ['activist'],
  phase: 'actions',
  covert: false,
  check: (_state, actor, action) => (action.target === actor ? { code: 'selfTarget' } : null),
  apply(state, actor, action) {
    const intel: Intel = {
      kind: 'investigation', round: state.round, target: action.target,
      tookCovertAction: tookCovertAction(state, action.target, state.round - 1),
    };
    return {
      state: updateSeat(state, actor, { intel: [...state.seats[actor].intel, intel] }),
      events: [event({ type: 'intelGained', by: actor }, [actor])],
    };
  },
};

export const mobilize: ActionRule<'mobilize'> = {
  roles: ['activist'],
  phase: 'vote',
  covert: false,
  check(state, actor, action) {
    if (!tabledThisRound(state, action.proposalId)) return { code: 'unknownProposal', proposalId: action.proposalId };
    return needFunds('influence', BALANCE.mobilizeCost, state.seats[actor].resources.influence);
  },
  apply: (state, actor) => ({ state: adjustResources(state, actor, { influence: -BALANCE.mobilizeCost }), events: [] }),
};
