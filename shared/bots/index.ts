/**
 * Bot players: a pure function from one seat's view to the next thing that seat does. Each role has
 * its own bot for its role action; all of them table, negotiate and vote for their secret agenda
 * using the forecast every player sees. A bot never reads the game state, only its seat's view, and
 * the same view and seed always give the same intent. When a bot has nothing more to do in a phase it
 * says it is ready, then returns null.
 */
import type { Intent } from '../protocol/intents.ts';
import type { Role } from '../rules/types.ts';
import type { MatchView } from '../rules/view.ts';
import { activistBot } from './activist.ts';
import { castBallot } from './cast-ballots.ts';
import { chemistBot } from './chemist.ts';
import { makeContext, type BotContext } from './context.ts';
import { engineerBot } from './engineer.ts';
import { negotiate } from './negotiate.ts';
import type { BotMemo } from './outlook.ts';
import type { RoleBot } from './role-bot.ts';
import { smugglerBot } from './smuggler.ts';
import { tablePolicy } from './table-policy.ts';

export type { BotMemo } from './outlook.ts';
export { goalOf, type Goal } from './goals.ts';

export const ROLE_BOTS: Readonly<Record<Role, RoleBot>> = {
  chemist: chemistBot,
  engineer: engineerBot,
  activist: activistBot,
  smuggler: smugglerBot,
};

function roleAction(ctx: BotContext, bot: RoleBot, during: 'vote' | 'actions'): Intent | null {
  if (ctx.me.hasActed || ctx.view.myAction) return null;
  const action = during === 'vote' ? bot.actDuringVote?.(ctx) ?? null : bot.act(ctx);
  return action ? { type: 'roleAction', action, expectedVersion: ctx.view.version } : null;
}

function phaseIntent(ctx: BotContext): Intent | null {
  const bot = ROLE_BOTS[ctx.role];
  switch (ctx.view.phase) {
    case 'proposals':
      return tablePolicy(ctx);
    case 'negotiation':
      return negotiate(ctx);
    case 'vote':
      return castBallot(ctx) ?? (ctx.me.ready ? null : roleAction(ctx, bot, 'vote'));
    case 'actions':
      return roleAction(ctx, bot, 'actions');
    default:
      return null;
  }
}

/**
 * The next intent of the seat whose view this is, or null when it has nothing more to do in this
 * phase (after saying it is ready). `seed` makes the bot's choices reproducible; `memo` is an optional
 * forecast cache the caller keeps per match — it changes speed, never decisions.
 */
export function botIntent(view: MatchView, seed: number, memo?: BotMemo): Intent | null {
  if (view.phase === 'lobby' || view.phase === 'gameOver') return null;
  const ctx = makeContext(view, seed, memo);
  if (!ctx) return null;
  const intent = phaseIntent(ctx);
  if (intent) return intent;
  return ctx.me.ready ? null : { type: 'ready', ready: true };
}
