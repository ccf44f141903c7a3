/**
 * The pieces of a view that depend on one state object alone (a proposal, a deal, a chat line, the
 * world), built once per object and shared by every viewer. Game states are immutable, so an object
 * that survives a move keeps its view, and the server serialises it once (see view-wire-encode.ts).
 * Every piece is copied field by field from an allow-list, as in visibility.ts.
 */
import { AGENDAS } from '../content/agendas.ts';
import type { Levers, World } from '../model/types.ts';
import { publicWorld, roundView } from './public-model.ts';
import type {
  Beta0Band, ChatMessage, Deal, DrawnCard, Intel, CovertRecord, MatchConfig, Proposal, RoleAction, RoundRecord, Seat,
} from './types.ts';
import type { AgendaView, PublicWorld, RoundView, SeatView } from './view.ts';

/** `build(source)` computed once per source object. */
function perObject<S extends object, V>(build: (source: S) => V): (source: S) => V {
  const memo = new WeakMap<S, V>();
  return (source) => {
    let view = memo.get(source);
    if (view === undefined) {
      view = build(source);
      memo.set(source, view);
    }
    return view;
  };
}

export const configView = perObject((c: MatchConfig): MatchConfig => ({ ...c, timers: { ...c.timers } }));
export const worldView = perObject((w: World): PublicWorld => publicWorld(w));
export const leversView = perObject((l: Levers): Levers => ({ ...l }));
export const cardView = perObject((c: DrawnCard): DrawnCard => ({ ...c }));
export const bandView = perObject((b: Beta0Band): Beta0Band => ({ ...b }));
export const actionView = perObject((a: RoleAction): RoleAction => ({ ...a }));
export const chatView = perObject((m: ChatMessage): ChatMessage => ({ ...m }));
export const fullRoundView = perObject((r: RoundRecord): RoundView => roundView(r, true, true));

export const proposalView = perObject((p: Proposal): Proposal => ({
  id: p.id, round: p.round, by: p.by, lever: p.lever, value: p.value, cosponsors: [...p.cosponsors], status: p.status,
  ...(p.tally ? { tally: { ...p.tally } } : {}),
}));

export const dealView = perObject((d: Deal): Deal => ({
  id: d.id, round: d.round, from: d.from, to: d.to, credits: d.credits, influence: d.influence,
  condition: { ...d.condition }, status: d.status,
}));

const intelView = perObject((list: readonly Intel[]): readonly Intel[] => list.map((i) => ({ ...i })));
const covertView = perObject((list: readonly CovertRecord[]): readonly CovertRecord[] => list.map((c) => ({ ...c })));

/** What everyone may see of a seat; `hasActed` comes from the round's actions, not the seat. */
function publicSeat(seat: Seat, hasActed: boolean): SeatView {
  return {
    role: seat.role, name: seat.name, controller: seat.controller, ready: seat.ready,
    reputation: seat.resources.reputation, exposed: seat.exposed, exposedRound: seat.exposedRound,
    wentStraight: seat.wentStraight, hasActed,
  };
}

const publicSeats = perObject((seat: Seat) => [publicSeat(seat, false), publicSeat(seat, true)] as const);

export function publicSeatView(seat: Seat, hasActed: boolean): SeatView {
  return publicSeats(seat)[hasActed ? 1 : 0];
}

/**
 * The seat as its owner (or, with `full`, anyone once everything is visible) sees it: the public
 * fields, then the private ones. Written out rather than spread from the public view: a spread
 * there gave every private view an object shape of its own (some 400 bytes each, and a new one at
 * every change of the seat).
 */
export function privateSeatView(seat: Seat, hasActed: boolean, full: boolean, met: boolean | undefined): SeatView {
  const agenda = AGENDAS[seat.agendaId];
  const agendaView: AgendaView = met === undefined
    ? { id: agenda.id, title: agenda.title, text: agenda.text }
    : { id: agenda.id, title: agenda.title, text: agenda.text, met };
  const view: { -readonly [K in keyof SeatView]: SeatView[K] } = {
    role: seat.role, name: seat.name, controller: seat.controller, ready: seat.ready,
    reputation: seat.resources.reputation, exposed: seat.exposed, exposedRound: seat.exposedRound,
    wentStraight: seat.wentStraight, hasActed,
    credits: seat.resources.credits, influence: seat.resources.influence, agenda: agendaView, intel: intelView(seat.intel),
  };
  if (full) view.covertLog = covertView(seat.covertLog);
  return view;
}
