/**
 * The negotiation phase: a bot answers offers made to it, co-sponsors a proposal it really wants, and
 * may buy one vote a year with credits — to pass a proposal it wants or sink one it fears. An offer
 * for a vote is accepted only when the credits are worth more to the bot than what voting against its
 * own judgement would cost it; once accepted, the bot keeps its word (the server pays only if it does).
 */
import { BALANCE } from '../content/balance.ts';
import { LEVERS } from '../model/index.ts';
import type { Intent } from '../protocol/intents.ts';
import type { Ballot, Deal, Proposal, Role } from '../rules/types.ts';
import { ROLES } from '../rules/types.ts';
import { dice, proposalGain, proposalsThisRound, type BotContext } from './context.ts';
import { BOT_TUNING } from './tuning.ts';

/** How likely one vote is to decide a proposal, as bots price a promise. */
const PIVOTAL = 0.4;
const CREDIT_RESERVE = 2;
const INFLUENCE_RESERVE = 2;

export function preferredBallot(gain: number): Ballot {
  if (gain > BOT_TUNING.ballotIndifference) return 'yes';
  if (gain < -BOT_TUNING.ballotIndifference) return 'no';
  return 'abstain';
}

/** What keeping a promise to cast `ballot` costs this seat, in utility. */
function promiseCost(gain: number, ballot: Ballot): number {
  const sign = ballot === 'yes' ? 1 : ballot === 'no' ? -1 : 0;
  return Math.max(0, PIVOTAL * (Math.abs(gain) - sign * gain) * (sign === 0 ? 0.5 : 1));
}

/** Utility of one point of influence received: scarce political capital, worth a slice of a policy. */
const INFLUENCE_VALUE = 0.01;

function dealWorth(ctx: BotContext, deal: Deal): number {
  return deal.credits * ctx.goal.creditValue + deal.influence * INFLUENCE_VALUE;
}

/** Whether to accept an offer: free money for "if it passes", a priced promise for a vote. */
export function acceptsDeal(ctx: BotContext, deal: Deal): boolean {
  const p = ctx.view.proposals.find((q) => q.id === deal.condition.proposalId);
  if (!p || p.status !== 'tabled') return false;
  if (deal.condition.kind === 'proposalPasses') return true;
  return dealWorth(ctx, deal) >= promiseCost(proposalGain(ctx, p), deal.condition.ballot);
}

function answerOffers(ctx: BotContext): Intent | null {
  const { view, role } = ctx;
  const offer = view.deals.find((d) => d.to === role && d.status === 'offered' && d.round === view.round);
  if (!offer) return null;
  return { type: 'respondDeal', dealId: offer.id, accept: acceptsDeal(ctx, offer), expectedVersion: view.version };
}

function cosponsorOne(ctx: BotContext): Intent | null {
  const { view, role, me } = ctx;
  if ((me.influence ?? 0) < BALANCE.cosponsorCost + INFLUENCE_RESERVE) return null;
  const want = proposalsThisRound(view).find(
    (p) => p.by !== role && !p.cosponsors.includes(role) && proposalGain(ctx, p) > BOT_TUNING.cosponsorGain,
  );
  return want ? { type: 'cosponsor', proposalId: want.id, expectedVersion: view.version } : null;
}

/** Seats worth courting for a ballot on `p`: not the proposer, and first those unlikely to champion it. */
function courtedSeat(ctx: BotContext, p: Proposal, ballot: Ballot): Role | null {
  const champions: readonly string[] = LEVERS[p.lever].champion;
  const others = ROLES.filter((r) => r !== ctx.role && r !== p.by && !ctx.view.seats[r].exposed);
  const doubtful = others.filter((r) => (ballot === 'yes') !== champions.includes(r));
  const pool = doubtful.length > 0 ? doubtful : others;
  return pool.length > 0 ? pool[Math.floor(dice(ctx, `court:${p.id}`)() * pool.length)] : null;
}

function offerOne(ctx: BotContext): Intent | null {
  const { view, role, me } = ctx;
  if (view.deals.some((d) => d.from === role && d.round === view.round)) return null;
  const spare = (me.credits ?? 0) - CREDIT_RESERVE;
  if (spare < 1) return null;
  let best: { p: Proposal; gain: number } | null = null;
  for (const p of proposalsThisRound(view)) {
    const gain = proposalGain(ctx, p);
    if (Math.abs(gain) > BOT_TUNING.dealGain && (!best || Math.abs(gain) > Math.abs(best.gain))) best = { p, gain };
  }
  if (!best) return null;
  const ballot: Ballot = best.gain > 0 ? 'yes' : 'no';
  const to = courtedSeat(ctx, best.p, ballot);
  // Pay up to a third of what the outcome is worth, a few credits at least, and never the last ones.
  const credits = Math.min(spare, 12, Math.max(2, Math.round((Math.abs(best.gain) * PIVOTAL) / ctx.goal.creditValue / 3)));
  if (!to) return null;
  return {
    type: 'offerDeal', to, credits, influence: 0,
    condition: { kind: 'votes', proposalId: best.p.id, ballot }, expectedVersion: view.version,
  };
}

/** One negotiation move, or null when the bot has nothing more to say this phase. */
export function negotiate(ctx: BotContext): Intent | null {
  return answerOffers(ctx) ?? cosponsorOne(ctx) ?? (ctx.me.ready ? null : offerOne(ctx));
}

/** The ballot a seat promised in an accepted deal on this proposal, if any. */
export function promisedBallot(ctx: BotContext, proposalId: string): Ballot | null {
  const deal = ctx.view.deals.find(
    (d) => d.to === ctx.role && d.status === 'accepted' && d.condition.kind === 'votes' && d.condition.proposalId === proposalId,
  );
  return deal && deal.condition.kind === 'votes' ? deal.condition.ballot : null;
}
