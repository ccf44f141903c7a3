/**
 * The vote: a bot casts one secret ballot per tabled proposal — yes when its forecast says the change
 * helps it, no when it hurts, abstain when it hardly matters — and keeps any vote it sold in a deal.
 */
import type { Intent } from '../protocol/intents.ts';
import { proposalGain, proposalsThisRound, type BotContext } from './context.ts';
import { preferredBallot, promisedBallot } from './negotiate.ts';

/** The next ballot to cast, or null when every proposal has the bot's vote. */
export function castBallot(ctx: BotContext): Intent | null {
  const { view } = ctx;
  const open = proposalsThisRound(view).find((p) => view.ballots[p.id]?.mine === undefined);
  if (!open) return null;
  const ballot = promisedBallot(ctx, open.id) ?? preferredBallot(proposalGain(ctx, open));
  return { type: 'castVote', proposalId: open.id, ballot, expectedVersion: view.version };
}
