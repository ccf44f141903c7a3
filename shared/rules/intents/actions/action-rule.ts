/**
 * The shape of one role action: who may take it, in which phase, whether it is covert (hidden from
 * everyone, recorded server-side for investigations and the end-of-match reveal), and its own check
 * and effect. role-action.ts runs the checks all actions share.
 */
import type { RuleError } from '../../errors.ts';
import type { Applied } from '../handler.ts';
import type { GameState, Role, RoleAction } from '../../types.ts';

export type ActionKind = RoleAction['kind'];
export type ActionOf<K extends ActionKind> = Extract<RoleAction, { kind: K }>;

export type ActionRule<K extends ActionKind> = Readonly<{
  roles: readonly Role[];
  phase: 'vote' | 'actions';
  covert: boolean;
  check: (state: GameState, actor: Role, action: ActionOf<K>) => RuleError | null;
  apply: (state: GameState, actor: Role, action: ActionOf<K>) => Applied;
}>;

export const noCheck = () => null;
