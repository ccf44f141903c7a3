/**
 * What one browser knows about the match it sits at: the latest view of the game, the public lobby
 * state, its seat, and the messages still to show (refusals, notices, events to animate). Every
 * server message is folded in here by a pure function, so the screens only ever read one snapshot.
 */
import type { GameEventBody } from '@shared/rules/events.ts';
import type { RuleError } from '@shared/rules/errors.ts';
import type { Role } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';
import type { ProtocolError, ServerMessages } from '@shared/protocol/server-messages.ts';
import { applyViewUpdate, type ViewUpdate } from '@shared/protocol/view-wire.ts';

export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'closed' | 'failed';

export type LobbySeat = Readonly<{ name: string; controller: 'open' | 'human' | 'bot'; connected: boolean; ready: boolean }>;
/** The small public state the room syncs for the lobby and the connection display. */
export type LobbyState = Readonly<{
  code: string;
  matchId: string;
  scenario: string;
  rounds: number;
  phase: string;
  round: number;
  /** Wall-clock epoch ms at which the current phase times out; 0 = no timer. */
  deadline: number;
  seats: Partial<Record<Role, LobbySeat>>;
  spectators: number;
  /** Role of the seat the host sits in ('' while the host has no seat). */
  hostRole: string;
  isPublic: boolean;
  allowSpectators: boolean;
}>;

export type Welcome = ServerMessages['welcome'];
export type Notice = ServerMessages['notice'] & { id: number };
export type Rejection = Readonly<{ id: number; type: string; error: RuleError | ProtocolError }>;
export type EventBatch = Readonly<{ id: number; events: readonly GameEventBody[]; receivedAt: number }>;
export type SpectatorLine = ServerMessages['spectatorChat'] & { id: number };

export type SessionState = Readonly<{
  code: string | null;
  mode: 'player' | 'spectator';
  status: ConnectionStatus;
  failure: string | null;
  welcome: Welcome | null;
  view: MatchView | null;
  lobby: LobbyState | null;
  /** Estimated server clock minus local clock (ms), refreshed whenever a view carries a newer `now`. */
  clockOffset: number;
  events: readonly EventBatch[];
  rejections: readonly Rejection[];
  notices: readonly Notice[];
  spectatorChat: readonly SpectatorLine[];
  nextId: number;
}>;

export const EMPTY_SESSION: SessionState = {
  code: null,
  mode: 'player',
  status: 'idle',
  failure: null,
  welcome: null,
  view: null,
  lobby: null,
  clockOffset: 0,
  events: [],
  rejections: [],
  notices: [],
  spectatorChat: [],
  nextId: 1,
};

const KEEP_EVENTS = 40;
const KEEP_CHAT = 200;

/** Folds an update into the session: the view it brings and the events that came with it. */
export function withView(state: SessionState, update: ViewUpdate, localNow: number): SessionState {
  const view = applyViewUpdate(state.view, update);
  const isNewer = view !== null && (state.view === null || view.now !== state.view.now);
  const clockOffset = isNewer && view.now > 0 ? view.now - localNow : state.clockOffset;
  return withEvents({ ...state, view, clockOffset }, update.events ?? [], localNow);
}

export function withEvents(state: SessionState, events: readonly GameEventBody[], localNow: number): SessionState {
  if (events.length === 0) return state;
  const batch: EventBatch = { id: state.nextId, events, receivedAt: localNow };
  return { ...state, events: [...state.events, batch].slice(-KEEP_EVENTS), nextId: state.nextId + 1 };
}

export function withRejection(state: SessionState, message: ServerMessages['rejected']): SessionState {
  const rejection: Rejection = { id: state.nextId, type: message.type, error: message.error };
  return { ...state, rejections: [...state.rejections, rejection].slice(-5), nextId: state.nextId + 1 };
}

export function withNotice(state: SessionState, message: ServerMessages['notice']): SessionState {
  const notice: Notice = { ...message, id: state.nextId };
  return { ...state, notices: [...state.notices, notice].slice(-5), nextId: state.nextId + 1 };
}

export function withSpectatorChat(state: SessionState, message: ServerMessages['spectatorChat']): SessionState {
  const line: SpectatorLine = { ...message, id: state.nextId };
  return { ...state, spectatorChat: [...state.spectatorChat, line].slice(-KEEP_CHAT), nextId: state.nextId + 1 };
}

export function dismissRejection(state: SessionState, id: number): SessionState {
  return { ...state, rejections: state.rejections.filter((r) => r.id !== id) };
}

export function dismissNotice(state: SessionState, id: number): SessionState {
  return { ...state, notices: state.notices.filter((n) => n.id !== id) };
}

/** Reads the room's synced Schema state (already plain JSON) into the lobby shape, tolerating missing keys. */
export function toLobbyState(json: unknown): LobbyState | null {
  if (!json || typeof json !== 'object') return null;
  const raw = json as Record<string, unknown>;
  const seats = (raw.seats && typeof raw.seats === 'object' ? raw.seats : {}) as Partial<Record<Role, LobbySeat>>;
  return {
    code: String(raw.code ?? ''),
    matchId: String(raw.matchId ?? ''),
    scenario: String(raw.scenario ?? 'default'),
    rounds: Number(raw.rounds ?? 0),
    phase: String(raw.phase ?? 'lobby'),
    round: Number(raw.round ?? 0),
    deadline: Number(raw.deadline ?? 0),
    seats,
    spectators: Number(raw.spectators ?? 0),
    hostRole: typeof raw.hostRole === 'string' ? raw.hostRole : '',
    isPublic: raw.isPublic !== false,
    allowSpectators: raw.allowSpectators !== false,
  };
}
