/**
 * The engineer's retrofit: pick one build or containment policy (capacity grant, safety standard,
 * remediation, enforcement, recovery subsidy); this year it costs less or works better.
 */
import { POLICIES } from '../../../content/policies.ts';
import type { ActionRule } from './action-rule.ts';

export const retrofit: ActionRule<'retrofit'> = {
  roles: ['engineer'],
  phase: 'actions',
  covert: false,
  check: (_state, _actor, action) =>
    POLICIES[action.lever]?.retrofittable
      ? null
      : { code: 'actionUnavailable', action: 'retrofit', reason: 'only build or containment policies can be retrofitted' },
  apply: (state) => ({ state, events: [] }), // read at resolution from state.actions
};
