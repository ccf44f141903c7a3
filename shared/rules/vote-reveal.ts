/**
 * The reveal at the end of the vote. Every ballot is shown at once; a seat that did not vote abstained.
 * A proposal passes with more yes than no, counting the activist's mobilized vote; a tie is broken by
 * the higher total reputation of the yes voters against the no voters (an even tie keeps the status
 * quo). A passed proposal sets its lever from this year's resolution on and earns its sponsors standing.
 */
import { BALANCE } from '../content/balance.ts';
import { settleDeals } from './deals.ts';
import type { GameEvent } from './events.ts';
import { adjustResources, event } from './seat-updates.ts';
import { ROLES, type Ballot, type GameState, type Proposal, type Role } from './types.ts';

type Tally = NonNullable<Proposal['tally']>;

function mobilizedBallot(state: GameState, proposalId: string): 'yes' | 'no' | null {
  const a = state.actions.activist;
  return a && a.kind === 'mobilize' && a.proposalId === proposalId ? a.ballot : null;
}

/** Counts one proposal's ballots (missing ones are abstentions) and decides it. */
export function decide(state: GameState, p: Proposal, ballots: Record<Role, Ballot>): { tally: Tally; passed: boolean } {
  const mob = mobilizedBallot(state, p.id);
  const count = (b: Ballot) => ROLES.filter((r) => ballots[r] === b).length;
  const reputationOf = (b: Ballot) =>
    ROLES.filter((r) => ballots[r] === b).reduce((sum, r) => sum + state.seats[r].resources.reputation, 0);
  const yes = count('yes') + (mob === 'yes' ? 1 : 0);
  const no = count('no') + (mob === 'no' ? 1 : 0);
  const tally: Tally = { yes, no, abstain: count('abstain'), mobilized: mob ? 1 : 0 };
  const passed = yes > no || (yes === no && yes > 0 && reputationOf('yes') > reputationOf('no'));
  return { tally, passed };
}

function completeBallots(state: GameState, proposalId: string): Record<Role, Ballot> {
  const cast = state.ballots[proposalId] ?? {};
  return Object.fromEntries(ROLES.map((r) => [r, cast[r] ?? 'abstain'])) as Record<Role, Ballot>;
}

function rewardSponsors(state: GameState, p: Proposal): GameState {
  let s = adjustResources(state, p.by, { reputation: BALANCE.reputation.proposalPassed });
  for (const r of p.cosponsors) s = adjustResources(s, r, { reputation: BALANCE.reputation.cosponsorPassed });
  return s;
}

/** Reveals and applies this round's vote, then settles the deals that hung on it. */
export function revealVotes(state: GameState): { state: GameState; events: GameEvent[] } {
  let s = state;
  const results: { proposalId: string; passed: boolean; ballots: Partial<Record<Role, Ballot>> }[] = [];
  const decided: Proposal[] = [];
  for (const p of state.proposals) {
    if (p.round !== state.round || p.status !== 'tabled') continue;
    const ballots = completeBallots(state, p.id);
    // Reputation for ties is read before this vote's rewards, in proposal order: no proposal helps another.
    const { tally, passed } = decide(state, p, ballots);
    decided.push({ ...p, status: passed ? 'passed' : 'failed', tally });
    results.push({ proposalId: p.id, passed, ballots });
    s = { ...s, ballots: { ...s.ballots, [p.id]: ballots } };
  }
  const byId = new Map(decided.map((p) => [p.id, p]));
  s = { ...s, proposals: s.proposals.map((p) => byId.get(p.id) ?? p) };
  for (const p of decided) {
    if (p.status !== 'passed') continue;
    s = { ...s, levers: { ...s.levers, [p.lever]: p.value } };
    s = rewardSponsors(s, p);
  }
  const settled = settleDeals(s);
  return { state: settled.state, events: [event({ type: 'votesRevealed', results }), ...settled.events] };
}
