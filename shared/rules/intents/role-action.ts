/**
 * A seat's role action: one per year, only the actions of its role, taken privately during the actions
 * phase — except the activist's mobilize, used during the vote, which counts as that year's action.
 * A smuggler who went straight can take no covert action. Everyone sees only that a seat has acted.
 */
import type { RuleError } from '../errors.ts';
import { event } from '../seat-updates.ts';
import type { GameState, Role, RoleAction } from '../types.ts';
import type { ActionKind, ActionRule } from './actions/action-rule.ts';
import { noCheck } from './actions/action-rule.ts';
import { investigate, mobilize } from './actions/activist.ts';
import { assay } from './actions/chemist.ts';
import { retrofit } from './actions/engineer.ts';
import { bribe, divert, goStraight, sabotage } from './actions/smuggler.ts';
import { defineIntent } from './handler.ts';

const pass: ActionRule<'pass'> = {
  roles: ['chemist', 'engineer', 'activist', 'smuggler'],
  phase: 'actions',
  covert: false,
  check: noCheck,
  apply: (state) => ({ state, events: [] }),
};

export const ACTION_RULES: { readonly [K in ActionKind]: ActionRule<K> } = {
  assay, retrofit, investigate, mobilize, divert, bribe, sabotage, goStraight, pass,
};

function ruleOf(action: RoleAction): ActionRule<ActionKind> | undefined {
  const known = Object.prototype.hasOwnProperty.call(ACTION_RULES, action.kind);
  return known ? (ACTION_RULES[action.kind] as unknown as ActionRule<ActionKind>) : undefined;
}

function commonCheck(state: GameState, actor: Role, action: RoleAction): RuleError | null {
  const rule = action && typeof action === 'object' ? ruleOf(action) : undefined;
  if (!rule) return { code: 'invalidCommand', reason: `unknown action ${String(action?.kind)}` };
  if (!rule.roles.includes(actor)) return { code: 'actionNotOfRole', action: action.kind, role: actor };
  if (state.phase !== rule.phase) {
    return { code: 'actionUnavailable', action: action.kind, reason: `only during the ${rule.phase} phase` };
  }
  if (state.actions[actor]) return { code: 'alreadyActed' };
  if (rule.covert && state.seats[actor].wentStraight) {
    return { code: 'actionUnavailable', action: action.kind, reason: 'you went straight' };
  }
  return null;
}

/** The kinds of action a seat could take in a phase, ignoring funds (for clients and bots). */
export function actionsFor(role: Role, phase: 'vote' | 'actions'): ActionKind[] {
  return (Object.keys(ACTION_RULES) as ActionKind[]).filter(
    (k) => ACTION_RULES[k].roles.includes(role) && ACTION_RULES[k].phase === phase,
  );
}

export const roleAction = defineIntent('roleAction', {
  check: (state, actor, intent) => commonCheck(state, actor, intent.action) ?? ruleOf(intent.action)!.check(state, actor, intent.action),
  apply(state, actor, intent) {
    const action = { ...intent.action } as RoleAction;
    const recorded: GameState = { ...state, actions: { ...state.actions, [actor]: action } };
    const applied = ruleOf(action)!.apply(recorded, actor, action);
    return { state: applied.state, events: [event({ type: 'actionTaken', by: actor }), ...applied.events] };
  },
});
