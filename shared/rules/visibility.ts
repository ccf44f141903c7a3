/**
 * What each viewer may know. A seat sees the public table plus its own resources, agenda, private
 * knowledge, ballots, deals and whispers; a spectator sees only the public table; the facilitator sees
 * everything except the random generator; once the match is over everyone sees everything. Views are
 * built from an allow-list of fields (never by copying the state and deleting secrets), and events are
 * filtered by their audience the same way.
 */
import { AGENDAS } from '../content/agendas.ts';
import { BETA0_RANGE } from '../model/index.ts';
import type { GameEvent, GameEventBody } from './events.ts';
import { publicWorld, roundView } from './public-model.ts';
import {
  ROLES, type Beta0Band, type ChatMessage, type Deal, type GameState, type Proposal, type Role,
} from './types.ts';
import type { BallotView, MatchView, SeatView, Viewer } from './view.ts';

type Sight = { me: Role | null; full: boolean; revealed: boolean };

function sightOf(state: GameState, viewer: Viewer): Sight {
  const revealed = state.phase === 'gameOver';
  return {
    me: viewer.kind === 'seat' ? viewer.role : null,
    full: revealed || viewer.kind === 'facilitator',
    revealed,
  };
}

function seatView(state: GameState, role: Role, sight: Sight): SeatView {
  const seat = state.seats[role];
  const base: SeatView = {
    role, name: seat.name, controller: seat.controller, ready: seat.ready,
    reputation: seat.resources.reputation, exposed: seat.exposed, exposedRound: seat.exposedRound,
    wentStraight: seat.wentStraight, hasActed: state.actions[role] !== undefined,
  };
  if (!(sight.full || sight.me === role)) return base;
  const agenda = AGENDAS[seat.agendaId];
  const met = sight.revealed && state.outcome ? { met: state.outcome.agendaMet[role] } : {};
  return {
    ...base,
    credits: seat.resources.credits,
    influence: seat.resources.influence,
    agenda: { id: agenda.id, title: agenda.title, text: agenda.text, ...met },
    intel: seat.intel.map((i) => ({ ...i })),
    ...(sight.full ? { covertLog: seat.covertLog.map((c) => ({ ...c })) } : {}),
  };
}

function proposalView(p: Proposal): Proposal {
  return {
    id: p.id, round: p.round, by: p.by, lever: p.lever, value: p.value, cosponsors: [...p.cosponsors], status: p.status,
    ...(p.tally ? { tally: { ...p.tally } } : {}),
  };
}

function ballotView(state: GameState, p: Proposal, sight: Sight): BallotView {
  const cast = state.ballots[p.id] ?? {};
  const voted = ROLES.filter((r) => cast[r] !== undefined);
  const mine = sight.me ? cast[sight.me] : undefined;
  const isOpen = p.status !== 'tabled' || sight.full;
  return {
    voted,
    ...(mine ? { mine } : {}),
    ...(isOpen ? { revealed: Object.fromEntries(voted.map((r) => [r, cast[r]])) } : {}),
  };
}

function dealVisible(d: Deal, sight: Sight): boolean {
  return sight.full || d.from === sight.me || d.to === sight.me || d.status === 'paid' || d.status === 'refunded';
}

function dealView(d: Deal): Deal {
  return {
    id: d.id, round: d.round, from: d.from, to: d.to, credits: d.credits, influence: d.influence,
    condition: { ...d.condition }, status: d.status,
  };
}

function chatVisible(m: ChatMessage, sight: Sight): boolean {
  return sight.full || m.to === 'all' || m.from === sight.me || m.to === sight.me;
}

/** The narrowest band of β₀ the viewer knows: exact when revealed, an own or published assay, or the prior. */
function knowledgeOf(state: GameState, sight: Sight): Beta0Band {
  if (sight.full) return { beta0Min: state.world.beta0, beta0Max: state.world.beta0 };
  if (sight.me) {
    const own = state.seats[sight.me].intel.filter((i) => i.kind === 'assay');
    const last = own[own.length - 1];
    if (last && last.kind === 'assay') return { beta0Min: last.beta0Min, beta0Max: last.beta0Max };
  }
  if (state.publishedAssay) return { ...state.publishedAssay };
  return { beta0Min: BETA0_RANGE.min, beta0Max: BETA0_RANGE.max };
}

/** Everything `viewer` may know about the match, and nothing else. */
export function viewFor(state: GameState, viewer: Viewer): MatchView {
  const sight = sightOf(state, viewer);
  const action = sight.me ? state.actions[sight.me] : undefined;
  return {
    viewer, revealed: sight.revealed, version: state.version,
    config: { ...state.config, timers: { ...state.config.timers } },
    phase: state.phase, round: state.round, phaseEndsAt: state.phaseEndsAt, now: state.now,
    world: publicWorld(state.world), levers: { ...state.levers }, baseline: publicWorld(state.baseline),
    eventCardId: state.eventCardId, eventCard: state.eventCard ? { ...state.eventCard } : null,
    publishedAssay: state.publishedAssay ? { ...state.publishedAssay } : null, frozenLever: state.frozenLever,
    seats: Object.fromEntries(ROLES.map((r) => [r, seatView(state, r, sight)])) as Record<Role, SeatView>,
    proposals: state.proposals.map(proposalView),
    ballots: Object.fromEntries(state.proposals.map((p) => [p.id, ballotView(state, p, sight)])),
    deals: state.deals.filter((d) => dealVisible(d, sight)).map(dealView),
    chat: state.chat.filter((m) => chatVisible(m, sight)).map((m) => ({ ...m })),
    myAction: action ? { ...action } : null,
    // Seats and spectators share the precomputed public years during play (stable objects, see types.ts).
    rounds: sight.full ? state.rounds.map((r) => roundView(r, true, true)) : state.publicRounds,
    outcome: state.outcome,
    knowledge: knowledgeOf(state, sight),
  };
}

/** The events `viewer` may receive, without their audience tags. */
export function eventsFor(events: readonly GameEvent[], viewer: Viewer): GameEventBody[] {
  const seesAll = viewer.kind === 'facilitator';
  const me = viewer.kind === 'seat' ? viewer.role : null;
  return events
    .filter((e) => seesAll || e.audience === 'all' || (me !== null && e.audience.includes(me)))
    .map(({ audience: _audience, ...body }) => body as GameEventBody);
}
