/**
 * What a bot knows when it decides: its seat's view (never the game state), its agenda read as a goal,
 * its dice, and how much any lever change is worth to it. A change is worth the difference in the
 * bot's utility — its chance of winning, roughly "the city succeeds and my agenda is met" — between
 * the forecast with the change and the forecast without it.
 */
import { BALANCE } from '../content/balance.ts';
import { COLLAPSE_FLOORS, SUSTAINABILITY_THRESHOLD } from '../model/index.ts';
import type { Band, IndicatorId, LeverId } from '../model/types.ts';
import type { Proposal, Role } from '../rules/types.ts';
import type { MatchView, SeatView } from '../rules/view.ts';
import { makeSampler } from '../random/rng.ts';
import { labelCode, mixSeed, phaseCode } from './decision-seed.ts';
import { goalOf, type Goal, type Side } from './goals.ts';
import { chanceAbove, outlookFor, type BotMemo } from './outlook.ts';
import { BOT_TUNING } from './tuning.ts';

export type BotContext = Readonly<{
  view: MatchView;
  role: Role;
  me: SeatView;
  goal: Goal;
  seed: number;
  memo?: BotMemo;
}>;

export function makeContext(view: MatchView, seed: number, memo?: BotMemo): BotContext | null {
  if (view.viewer.kind !== 'seat') return null;
  const role = view.viewer.role;
  const me = view.seats[role];
  return { view, role, me, goal: goalOf(me.agenda?.id), seed, memo };
}

/** Dice for one decision: the same seat, moment and label always roll the same numbers. */
export function dice(ctx: BotContext, label: string): () => number {
  const { view } = ctx;
  return makeSampler(mixSeed(ctx.seed, labelCode(ctx.role), view.round, phaseCode(view.phase), labelCode(label)));
}

/** Chance the city ends sustainable and without collapse, read from the bands at the horizon. */
export function cityChance(bands: Readonly<Record<IndicatorId, Band>>): number {
  const sustainable = chanceAbove(bands.sustainability, SUSTAINABILITY_THRESHOLD, 1.5);
  const standing = chanceAbove(bands.H, COLLAPSE_FLOORS.H, 1)
    * chanceAbove(bands.R, COLLAPSE_FLOORS.R, 1.5)
    * chanceAbove(bands.T, COLLAPSE_FLOORS.T, 5);
  // Hope: even far from the threshold, a better city is worth striving for (keeps bots trying).
  const progress = (bands.sustainability.median - SUSTAINABILITY_THRESHOLD + 25) / 50;
  const hope = Math.min(1, Math.max(0, progress));
  return ((1 - BOT_TUNING.hope) * sustainable + BOT_TUNING.hope * hope) * standing;
}

export function utility(ctx: BotContext, side: Side): number {
  const city = cityChance(side.bands);
  const agenda = ctx.goal.chance(side, ctx.view, ctx.role);
  return ctx.goal.needsCity ? city * (BOT_TUNING.civicShare + agenda) : agenda + 0.05 * city;
}

export type Valuation = Readonly<{ gain: number; base: number }>;

/**
 * How much setting `lever` to `value` (from this round's resolution on) is worth to this seat
 * (`gain`), and its utility if nothing changes (`base`).
 */
export function valueChange(ctx: BotContext, lever: LeverId, value: number): Valuation {
  const o = outlookFor(ctx.view, lever, value, ctx.seed, ctx.memo);
  const network = Math.max(0.1, ctx.view.world.B);
  const withChange: Side = { bands: o.withChange, levers: o.leversWith, networkRatio: o.withChange.B.median / network };
  const noChange: Side = { bands: o.noChange, levers: o.leversWithout, networkRatio: o.noChange.B.median / network };
  const base = utility(ctx, noChange);
  return { gain: utility(ctx, withChange) - base, base };
}

export function changeGain(ctx: BotContext, lever: LeverId, value: number): number {
  return valueChange(ctx, lever, value).gain;
}

/** A proposal's worth to this seat, including the standing it earns if it passes. */
export function proposalGain(ctx: BotContext, p: Proposal): number {
  const { reputation } = BALANCE;
  const bonus = p.by === ctx.role ? reputation.proposalPassed : p.cosponsors.includes(ctx.role) ? reputation.cosponsorPassed : 0;
  return changeGain(ctx, p.lever, p.value) + bonus * ctx.goal.reputationValue;
}

export function proposalsThisRound(view: MatchView): readonly Proposal[] {
  return view.proposals.filter((p) => p.round === view.round && p.status === 'tabled');
}
