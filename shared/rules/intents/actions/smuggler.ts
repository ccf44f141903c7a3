/**
 * The smuggler's actions. Divert (covert): run the black market hard this year for credits. Bribe
 * (covert): slip credits to another seat. Sabotage (covert): the next Value Vault demonstration fails
 * on stage. Go straight (public, once): leave the trade; no covert action is possible afterwards.
 */
import { BALANCE } from '../../../content/balance.ts';
import { adjustResources, event, updateSeat } from '../../seat-updates.ts';
import type { CovertRecord, GameState, Role } from '../../types.ts';
import { needFunds } from '../handler.ts';
import type { ActionRule } from './action-rule.ts';
import { noCheck } from './action-rule.ts';

function logCovert(state: GameState, actor: Role, record: CovertRecord): GameState {
  return updateSeat(state, actor, { covertLog: [...state.seats[actor].covertLog, record] });
}

export const divert: ActionRule<'divert'> = {
  roles: ['smuggler'],
  phase: 'actions',
  covert: true,
  check: noCheck,
  apply: (state, actor) => ({ state: logCovert(state, actor, { round: state.round, kind: 'divert' }), events: [] }),
};

export const bribe: ActionRule<'bribe'> = {
  roles: ['smuggler'],
  phase: 'actions',
  covert: true,
  check(state, actor, action) {
    if (action.target === actor) return { code: 'selfTarget' };
    if (!Number.isInteger(action.credits) || action.credits < 1) {
      return { code: 'outOfRange', field: 'credits', min: 1, max: 1000, got: action.credits };
    }
    return needFunds('credits', action.credits, state.seats[actor].resources.credits);
  },
  apply(state, actor, action) {
    let s = adjustResources(state, actor, { credits: -action.credits });
    s = adjustResources(s, action.target, { credits: action.credits });
    s = logCovert(s, actor, { round: state.round, kind: 'bribe', target: action.target, amount: action.credits });
    return { state: s, events: [event({ type: 'bribeReceived', from: actor, credits: action.credits }, [action.target])] };
  },
};

export const sabotage: ActionRule<'sabotage'> = {
  roles: ['smuggler'],
  phase: 'actions',
  covert: true,
  check: noCheck,
  apply: (state, actor) => ({
    state: { ...logCovert(state, actor, { round: state.round, kind: 'sabotage' }), sabotageArmed: true },
    events: [],
  }),
};

export const goStraight: ActionRule<'goStraight'> = {
  roles: ['smuggler'],
  phase: 'actions',
  covert: false,
  check: (state, actor) =>
    state.seats[actor].wentStraight ? { code: 'actionUnavailable', action: 'goStraight', reason: 'already went straight' } : null,
  apply(state, actor) {
    const s = adjustResources(updateSeat(state, actor, { wentStraight: true }), actor, {
      reputation: BALANCE.reputation.wentStraight,
    });
    return { state: s, events: [event({ type: 'wentStraight', by: actor })] };
  },
};
