/**
 * Builds what one viewer may know about the match (the rules are in visibility.ts). A projector
 * follows one viewer through a match: whatever part of the view a move did not touch is handed back
 * as the very same object as last time, so the server can tell what changed by identity and never
 * serialises an unchanged part again. `viewFor` is the one-off form; both give equal views.
 */
import { ROLES, type Ballot, type GameState, type Proposal, type Role, type Seat } from './types.ts';
import type { BallotView, MatchView, SeatView, Viewer } from './view.ts';
import {
  actionView, bandView, cardView, chatView, configView, dealView, fullRoundView, leversView, privateSeatView,
  proposalView, publicSeatView, worldView,
} from './view-parts.ts';
import { ballotView, chatVisible, dealVisible, knowledgeOf, seesSeat, sightOf, type Sight } from './visibility.ts';

/** `next` if it differs from `last` item by item, else `last` (so unchanged parts keep their identity). */
function keep<T>(last: readonly T[] | undefined, next: readonly T[]): readonly T[] {
  if (!last || last.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (last[i] !== next[i]) return next;
  return last;
}

function keepRecord<T>(last: Readonly<Record<string, T>> | undefined, next: Record<string, T>): Readonly<Record<string, T>> {
  if (!last) return next;
  const keys = Object.keys(next);
  if (keys.length !== Object.keys(last).length) return next;
  return keys.every((k) => last[k] === next[k]) ? last : next;
}

type Inputs = Pick<GameState, 'proposals' | 'ballots' | 'deals' | 'chat' | 'rounds' | 'seats' | 'actions' | 'outcome'> & { full: boolean };

/** A seat as this viewer last saw it privately, and what it was built from. */
type SeatMemo = Readonly<{ seat: Seat; hasActed: boolean; full: boolean; met: boolean | undefined; view: SeatView }>;
/** A proposal's ballots as this viewer last saw them, and what they were built from. */
type BallotMemo = Readonly<{ id: string; cast: Readonly<Partial<Record<Role, Ballot>>>; proposal: Proposal; full: boolean; view: BallotView }>;

export class ViewProjector {
  private last: MatchView | null = null;
  private inputs: Inputs | null = null;
  // Plain records and lists, not Maps: five projectors per match, a handful of entries each.
  private readonly ownSeats: Partial<Record<Role, SeatMemo>> = {};
  /** In the order of the state's proposals, as of the last projection. */
  private ballotMemo: readonly BallotMemo[] = [];

  constructor(readonly viewer: Viewer) {}

  project(state: GameState): MatchView {
    const sight = sightOf(state, this.viewer);
    const last = this.last;
    const was = this.inputs;
    const same = <K extends keyof Inputs>(key: K) => was !== null && was[key] === state[key as keyof GameState] && was.full === sight.full;
    const action = sight.me ? state.actions[sight.me] : undefined;
    const knowledge = knowledgeOf(state, sight);
    const view: MatchView = {
      viewer: this.viewer, revealed: sight.revealed, version: state.version,
      config: configView(state.config),
      phase: state.phase, round: state.round, phaseEndsAt: state.phaseEndsAt, now: state.now,
      world: worldView(state.world), levers: leversView(state.levers), baseline: worldView(state.baseline),
      eventCardId: state.eventCardId, eventCard: state.eventCard ? cardView(state.eventCard) : null,
      publishedAssay: state.publishedAssay ? bandView(state.publishedAssay) : null, frozenLever: state.frozenLever,
      seats: last && same('seats') && same('actions') && same('outcome') ? last.seats : this.seats(state, sight),
      proposals: last && same('proposals') ? last.proposals : keep(last?.proposals, state.proposals.map(proposalView)),
      ballots: last && same('ballots') && same('proposals') ? last.ballots : this.ballots(state, sight),
      deals: last && same('deals') ? last.deals : keep(last?.deals, state.deals.filter((d) => dealVisible(d, sight)).map(dealView)),
      chat: last && same('chat') ? last.chat : keep(last?.chat, state.chat.filter((m) => chatVisible(m, sight)).map(chatView)),
      myAction: action ? actionView(action) : null,
      // Seats and spectators share the precomputed public years during play (stable objects, see types.ts).
      rounds: sight.full ? (last && same('rounds') ? last.rounds : keep(last?.rounds, state.rounds.map(fullRoundView))) : state.publicRounds,
      outcome: state.outcome,
      knowledge: last && last.knowledge.beta0Min === knowledge.beta0Min && last.knowledge.beta0Max === knowledge.beta0Max ? last.knowledge : knowledge,
    };
    this.last = view;
    this.inputs = {
      proposals: state.proposals, ballots: state.ballots, deals: state.deals, chat: state.chat, rounds: state.rounds,
      seats: state.seats, actions: state.actions, outcome: state.outcome, full: sight.full,
    };
    return view;
  }

  private seats(state: GameState, sight: Sight): Readonly<Record<Role, SeatView>> {
    const next = {} as Record<Role, SeatView>;
    for (const role of ROLES) next[role] = this.seat(state, role, sight);
    return keepRecord(this.last?.seats, next) as Readonly<Record<Role, SeatView>>;
  }

  private seat(state: GameState, role: Role, sight: Sight): SeatView {
    const seat = state.seats[role];
    const hasActed = state.actions[role] !== undefined;
    if (!seesSeat(role, sight)) return publicSeatView(seat, hasActed);
    const met = sight.revealed && state.outcome ? state.outcome.agendaMet[role] : undefined;
    const memo = this.ownSeats[role];
    if (memo && memo.seat === seat && memo.hasActed === hasActed && memo.full === sight.full && memo.met === met) return memo.view;
    const view = privateSeatView(seat, hasActed, sight.full, met);
    this.ownSeats[role] = { seat, hasActed, full: sight.full, met, view };
    return view;
  }

  private ballots(state: GameState, sight: Sight): Readonly<Record<string, BallotView>> {
    const next: Record<string, BallotView> = {};
    const was = this.ballotMemo;
    const memos = state.proposals.map((proposal, i): BallotMemo => {
      const cast = state.ballots[proposal.id] ?? EMPTY;
      // Proposals are only ever added: a proposal is usually where it was last time.
      const memo = was[i]?.id === proposal.id ? was[i] : was.find((m) => m.id === proposal.id);
      if (memo && memo.cast === cast && memo.proposal === proposal && memo.full === sight.full) return memo;
      return { id: proposal.id, cast, proposal, full: sight.full, view: ballotView(cast, proposal, sight) };
    });
    for (const memo of memos) next[memo.id] = memo.view;
    this.ballotMemo = memos;
    return keepRecord(this.last?.ballots, next);
  }
}

const EMPTY = Object.freeze({});

/** Everything `viewer` may know about the match, and nothing else. */
export function viewFor(state: GameState, viewer: Viewer): MatchView {
  return new ViewProjector(viewer).project(state);
}
