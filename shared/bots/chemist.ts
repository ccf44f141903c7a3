/**
 * The chemist bot (Dr. Elara Kint). Its lab assay narrows what it knows of the hidden byproduct rate,
 * which sharpens its own forecasts. It publishes when standing is its agenda (publication earns
 * reputation), or when the result is reassuring news for the nanomachines it champions.
 */
import { BETA0_RANGE } from '../model/index.ts';
import type { RoleAction } from '../rules/types.ts';
import type { BotContext } from './context.ts';
import type { RoleBot } from './role-bot.ts';

/** A band whose top sits below this share of the plausible range reassures the public. */
const REASSURING_SHARE = 0.45;

function wantsToPublish(ctx: BotContext, beta0Max: number): boolean {
  if (ctx.goal.agendaId === 'chemistRecognition') return true;
  const reassuring = beta0Max <= BETA0_RANGE.min + REASSURING_SHARE * (BETA0_RANGE.max - BETA0_RANGE.min);
  return reassuring && ctx.goal.agendaId !== 'civic';
}

export const chemistBot: RoleBot = {
  act(ctx: BotContext): RoleAction {
    const assays = (ctx.me.intel ?? []).filter((i) => i.kind === 'assay');
    const published = ctx.view.publishedAssay !== null || assays.some((a) => a.kind === 'assay' && a.published);
    // The first assay is blind: only a seat chasing recognition publishes before it knows the result.
    if (assays.length === 0) return { kind: 'assay', publish: ctx.goal.agendaId === 'chemistRecognition' };
    const last = assays[assays.length - 1];
    if (!published && last.kind === 'assay' && wantsToPublish(ctx, last.beta0Max)) return { kind: 'assay', publish: true };
    return { kind: 'pass' };
  },
};
