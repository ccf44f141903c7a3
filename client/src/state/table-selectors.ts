/**
 * What the table shows this phase, read from the viewer's view: the phase track, the timer, who is
 * ready, this round's proposals, deals and messages. Display only; the server decides legality.
 */
import type { IntentType } from '@shared/protocol/intents.ts';
import { allowedIntents } from '@shared/rules/phases.ts';
import type { Proposal, Role, TimedPhase } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';
import type { SessionState } from './session-state.ts';

export const TIMED_PHASES: readonly TimedPhase[] = ['briefing', 'proposals', 'negotiation', 'vote', 'actions', 'resolution'];

/** Local epoch ms at which the current phase times out, or null when it has no timer. */
export function phaseDeadline(session: SessionState): number | null {
  const view = session.view;
  if (!view || view.phaseEndsAt === null) return null;
  const live = session.lobby;
  if (session.mode === 'player' && live && live.deadline > 0 && live.phase === view.phase) return live.deadline;
  // Spectators may see a delayed view: map its room-clock deadline through the offset measured on it.
  return view.phaseEndsAt - session.clockOffset;
}

export function readyCount(view: MatchView): { ready: number; total: number } {
  const seats = Object.values(view.seats);
  return { ready: seats.filter((s) => s.ready).length, total: seats.length };
}

export function isReady(view: MatchView, role: Role | null): boolean {
  return role ? view.seats[role].ready : false;
}

export function roundProposals(view: Pick<MatchView, 'proposals' | 'round'>): readonly Proposal[] {
  return view.proposals.filter((p) => p.round === view.round);
}

export function hasProposedThisRound(view: MatchView, role: Role | null): boolean {
  return role !== null && roundProposals(view).some((p) => p.by === role);
}

/** The phase accepts this intent (the engine's own phase table); seats only, never spectators. */
export function phaseAllows(view: Pick<MatchView, 'phase'>, me: Role | null, intent: IntentType): me is Role {
  return me !== null && allowedIntents(view.phase).includes(intent);
}

/** Show the "table a policy" form: the phase takes proposals and this seat has not tabled one yet. */
export function canPropose(view: MatchView, me: Role | null): me is Role {
  return phaseAllows(view, me, 'proposePolicy') && !hasProposedThisRound(view, me);
}

/** Offer "co-sponsor" on someone else's tabled proposal this seat does not back yet. */
export function canCosponsor(view: MatchView, me: Role | null, p: Proposal): boolean {
  return phaseAllows(view, me, 'cosponsor') && p.status === 'tabled' && p.by !== me && !p.cosponsors.includes(me);
}

export function canAmend(view: MatchView, me: Role | null, p: Proposal): boolean {
  return phaseAllows(view, me, 'amendProposal') && p.status === 'tabled' && p.by === me;
}

export function hasVoted(view: MatchView, proposalId: string, role: Role | null): boolean {
  return role !== null && (view.ballots[proposalId]?.voted ?? []).includes(role);
}

export function roundDeals(view: MatchView) {
  return view.deals.filter((d) => d.round === view.round);
}

export function visibleChat(view: MatchView, limit = 80) {
  return view.chat.slice(-limit);
}

export function otherRoles(view: MatchView, me: Role | null): Role[] {
  return (Object.keys(view.seats) as Role[]).filter((r) => r !== me);
}

export function seatLabel(view: Pick<MatchView, 'seats'>, role: Role): string {
  return view.seats[role]?.name ?? role;
}
