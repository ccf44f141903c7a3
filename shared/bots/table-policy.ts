/**
 * The proposals phase: a bot tables at most one policy a year, the one its forecasts rate best among a
 * few that serve its agenda (and, when it needs the city, a civic one). It weighs only what it can
 * afford and what the rules allow: a lever not frozen, not already on the table, and actually changed.
 */
import { BALANCE } from '../content/balance.ts';
import { clampLever, LEVERS } from '../model/index.ts';
import type { LeverId } from '../model/types.ts';
import type { Intent } from '../protocol/intents.ts';
import { dice, valueChange, type BotContext } from './context.ts';
import { budgetWishes, CIVIC_WISHES, type Wish } from './goals.ts';
import { budgetAlarm, roundsLeft } from './projections.ts';
import { BOT_TUNING } from './tuning.ts';

/** Proposals a bot forecasts before choosing (the cost of thinking). */
export const TABLING_CANDIDATES = 3;

type Option = Readonly<{ lever: LeverId; value: number }>;

function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The value a wish asks for now: its target, or a sizeable step in its direction. */
function wishedValue(ctx: BotContext, wish: Wish, rand: () => number): number {
  const spec = LEVERS[wish.lever];
  const current = ctx.view.levers[wish.lever];
  const stride = (0.2 + 0.25 * rand()) * (spec.max - spec.min);
  const raw = wish.target ?? current + wish.dir * stride;
  const value = clampLever(wish.lever, raw);
  return (value - current) * wish.dir > 0 ? value : current;
}

function isOpen(ctx: BotContext, lever: LeverId): boolean {
  const { view, me } = ctx;
  if (view.frozenLever === lever) return false;
  if (view.proposals.some((p) => p.round === view.round && p.lever === lever)) return false;
  return BALANCE.policyCost[lever] <= (me.influence ?? 0);
}

/** A few options: the agenda's wishes first, then one civic wish for seats that need the city. */
export function tablingOptions(ctx: BotContext): Option[] {
  const rand = dice(ctx, 'table');
  // A treasury heading for bankruptcy ends the match for everyone: revenue comes first then.
  const rescue = budgetAlarm(ctx.view) && ctx.goal.needsCity ? budgetWishes(ctx.view.levers) : [];
  const own = [...rescue, ...shuffled(ctx.goal.wishes, rand)];
  const civic = ctx.goal.needsCity ? shuffled(CIVIC_WISHES, rand).slice(0, 2) : [];
  const out: Option[] = [];
  for (const wish of [...own, ...civic]) {
    if (out.length >= TABLING_CANDIDATES) break;
    if (out.some((o) => o.lever === wish.lever) || !isOpen(ctx, wish.lever)) continue;
    const value = wishedValue(ctx, wish, rand);
    if (value !== ctx.view.levers[wish.lever]) out.push({ lever: wish.lever, value });
  }
  return out;
}

/**
 * What the influence a policy uses up is worth to this seat, in utility: relative to its stake, and
 * less as influence piles up or the match nears its end (influence left over at the end is worth nothing).
 */
export function influencePrice(ctx: BotContext, lever: LeverId, base: number): number {
  const cost = BALANCE.policyCost[lever];
  const scarcity = Math.min(1, (cost * roundsLeft(ctx.view)) / Math.max(1, ctx.me.influence ?? 0));
  return cost * BOT_TUNING.tablingPrice * (base + 0.05) * scarcity;
}

/** The policy to table now, or null when the bot has tabled one or finds nothing worth it. */
export function tablePolicy(ctx: BotContext): Intent | null {
  const { view, role, me } = ctx;
  if (me.ready || view.proposals.some((p) => p.round === view.round && p.by === role)) return null;
  let best: Option | null = null;
  let bestSurplus = 0;
  for (const option of tablingOptions(ctx)) {
    const { gain, base } = valueChange(ctx, option.lever, option.value);
    const surplus = gain - Math.max(BOT_TUNING.minTablingGain, influencePrice(ctx, option.lever, base));
    if (surplus > bestSurplus) [best, bestSurplus] = [option, surplus];
  }
  return best ? { type: 'proposePolicy', lever: best.lever, value: best.value, expectedVersion: view.version } : null;
}
