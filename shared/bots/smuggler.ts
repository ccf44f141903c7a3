/**
 * The smuggler bot (Jax). With the Fortune agenda it diverts waste to the black market when the risk
 * looks low — not exposed, few recent investigations (years the activist did not mobilize), little
 * enforcement, a small smuggled share the press could notice — and when it still needs the money. It
 * bribes now and then when rich and safe. With the Reform agenda it goes straight early and then
 * plays for the city. Once exposed, it lies low.
 */
import { BALANCE } from '../content/balance.ts';
import { paramsFor } from '../model/index.ts';
import type { RoleAction } from '../rules/types.ts';
import type { MatchView } from '../rules/view.ts';
import { dice, type BotContext } from './context.ts';
import { detection, lastFlows, roundsLeft } from './projections.ts';
import type { RoleBot } from './role-bot.ts';

/** Share of past years in which the activist probably investigated (did not mobilize), with a prior. */
export function investigationRate(view: MatchView): number {
  const past = view.rounds.map((r) => r.round);
  const mobilized = past.filter((round) =>
    view.proposals.some((p) => p.round === round && (p.tally?.mobilized ?? 0) > 0),
  ).length;
  return (past.length - mobilized + 1) / (past.length + 2);
}

/** A rough chance of being caught if the smuggler takes a covert action this year. */
export function exposureRisk(view: MatchView): number {
  const p = paramsFor(view.world.scenario);
  const share = lastFlows(view)?.smuggledShare ?? 0.12;
  const press = p.scandalBase + p.scandalSlope * share;
  const activist = view.seats.activist.wentStraight ? 0 : 0.5 * investigationRate(view);
  return press + activist + 0.5 * detection(view, view.levers.enforcement);
}

function needsMoney(ctx: BotContext): boolean {
  const safeIncome = roundsLeft(ctx.view) * BALANCE.creditsPerRound.smuggler;
  return (ctx.me.credits ?? 0) + safeIncome < BALANCE.agendas.fortuneMinCredits;
}

function fortuneAction(ctx: BotContext): RoleAction {
  const risk = exposureRisk(ctx.view);
  const rand = dice(ctx, 'covert');
  const boldness = needsMoney(ctx) ? 1 : 0.25;
  if (rand() < boldness * Math.max(0, Math.min(1, 1.5 - 2.2 * risk))) return { kind: 'divert' };
  const rich = (ctx.me.credits ?? 0) >= BALANCE.agendas.fortuneMinCredits + 15;
  if (rich && risk < 0.35 && rand() < 0.3) return { kind: 'bribe', target: 'activist', credits: 5 };
  return { kind: 'pass' };
}

export const smugglerBot: RoleBot = {
  act(ctx: BotContext): RoleAction {
    if (ctx.me.wentStraight) return { kind: 'pass' };
    if (ctx.goal.agendaId === 'smugglerReform') {
      // Going straight early keeps the record clean; a year of waiting is a coin toss.
      return ctx.view.round >= 2 || dice(ctx, 'straight')() < 0.5 ? { kind: 'goStraight' } : { kind: 'pass' };
    }
    if (ctx.me.exposed) return { kind: 'pass' };
    return fortuneAction(ctx);
  },
};
