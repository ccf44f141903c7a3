/**
 * The shape every role's bot shares: its once-a-year role action, and for the activist a move it
 * can make during the vote instead (mobilize). Everything else a bot does — tabling, negotiating,
 * voting — is common to all roles and driven by the seat's agenda.
 */
import type { RoleAction } from '../rules/types.ts';
import type { BotContext } from './context.ts';

export type RoleBot = Readonly<{
  /** The year's role action in the actions phase. */
  act: (ctx: BotContext) => RoleAction;
  /** A role action taken during the vote instead (counts as the year's action), or null. */
  actDuringVote?: (ctx: BotContext) => RoleAction | null;
}>;
