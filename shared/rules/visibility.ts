/**
 * What each viewer may know. A seat sees the public table plus its own resources, agenda, private
 * knowledge, ballots, deals and whispers; a spectator sees only the public table; the facilitator sees
 * everything except the random generator; once the match is over everyone sees everything. These are
 * the rules; view-projector.ts assembles a view from them out of allow-listed pieces (never by copying
 * the state and deleting secrets), and events are filtered by their audience the same way.
 */
import { BETA0_RANGE } from '../model/index.ts';
import type { GameEvent, GameEventBody } from './events.ts';
import { ROLES, type Ballot, type Beta0Band, type ChatMessage, type Deal, type GameState, type Proposal, type Role } from './types.ts';
import type { BallotView, Viewer } from './view.ts';

export type Sight = Readonly<{ me: Role | null; full: boolean; revealed: boolean }>;

export function sightOf(state: GameState, viewer: Viewer): Sight {
  const revealed = state.phase === 'gameOver';
  return {
    me: viewer.kind === 'seat' ? viewer.role : null,
    full: revealed || viewer.kind === 'facilitator',
    revealed,
  };
}

/** Whether the viewer sees the seat's resources, agenda and knowledge. */
export function seesSeat(role: Role, sight: Sight): boolean {
  return sight.full || sight.me === role;
}

export function ballotView(cast: Partial<Record<Role, Ballot>>, p: Proposal, sight: Sight): BallotView {
  const voted = ROLES.filter((r) => cast[r] !== undefined);
  const mine = sight.me ? cast[sight.me] : undefined;
  const isOpen = p.status !== 'tabled' || sight.full;
  return {
    voted,
    ...(mine ? { mine } : {}),
    ...(isOpen ? { revealed: Object.fromEntries(voted.map((r) => [r, cast[r]])) } : {}),
  };
}

export function dealVisible(d: Deal, sight: Sight): boolean {
  return sight.full || d.from === sight.me || d.to === sight.me || d.status === 'paid' || d.status === 'refunded';
}

export function chatVisible(m: ChatMessage, sight: Sight): boolean {
  return sight.full || m.to === 'all' || m.from === sight.me || m.to === sight.me;
}

/** The narrowest band of β₀ the viewer knows: exact when revealed, an own or published assay, or the prior. */
export function knowledgeOf(state: GameState, sight: Sight): Beta0Band {
  if (sight.full) return { beta0Min: state.world.beta0, beta0Max: state.world.beta0 };
  if (sight.me) {
    const own = state.seats[sight.me].intel.filter((i) => i.kind === 'assay');
    const last = own[own.length - 1];
    if (last && last.kind === 'assay') return { beta0Min: last.beta0Min, beta0Max: last.beta0Max };
  }
  if (state.publishedAssay) return { ...state.publishedAssay };
  return { beta0Min: BETA0_RANGE.min, beta0Max: BETA0_RANGE.max };
}

/** An event without its audience tag, one object per event whoever receives it (so its JSON is written once). */
const bodies = new WeakMap<GameEvent, GameEventBody>();
function bodyOf(event: GameEvent): GameEventBody {
  let body = bodies.get(event);
  if (body === undefined) {
    const { audience: _audience, ...rest } = event;
    body = rest as GameEventBody;
    bodies.set(event, body);
  }
  return body;
}

/** The events `viewer` may receive, without their audience tags. */
export function eventsFor(events: readonly GameEvent[], viewer: Viewer): GameEventBody[] {
  const seesAll = viewer.kind === 'facilitator';
  const me = viewer.kind === 'seat' ? viewer.role : null;
  return events.filter((e) => seesAll || e.audience === 'all' || (me !== null && e.audience.includes(me))).map(bodyOf);
}
