/**
 * The seat at the table: joins or creates a match, keeps the connection alive (the SDK's automatic
 * reconnect first, then a rejoin with the saved seat token, e.g. after a server restart), and folds
 * every server message into the session snapshot the screens read.
 */
import type { Room } from '@colyseus/sdk';
import type { CreateOptions } from '@shared/protocol/room-messages.ts';
import { parseViewUpdate } from '@shared/protocol/view-wire.ts';
import type { ServerMessages } from '@shared/protocol/server-messages.ts';
import { MATCH_ROOM, PROTOCOL_VERSION } from '@shared/protocol/version.ts';
import * as S from '../state/session-state.ts';
import { failureReason, sdkClient } from './sdk.ts';
import { forgetSeat, loadSeat, saveSeat } from './seat-tokens.ts';
import { createStore } from './store.ts';

export const session = createStore<S.SessionState>(S.EMPTY_SESSION);

let room: Room | null = null;
let rejoinTimer: ReturnType<typeof setTimeout> | null = null;
let intentionalLeave = false;
const REJOIN_DELAYS_MS = [500, 1000, 2000, 3000, 5000, 5000, 8000, 8000, 13000, 13000, 21000, 30000];

export type CreateMatchInput = Omit<CreateOptions, 'protocolVersion'>;

/** Creates a match; the creator becomes its host. Resolves with the room code. */
export async function createMatch(options: CreateMatchInput): Promise<string> {
  await leaveMatch();
  session.set({ ...S.EMPTY_SESSION, status: 'connecting' });
  try {
    const created = await sdkClient().create(MATCH_ROOM, { ...options, protocolVersion: PROTOCOL_VERSION });
    attach(created, created.roomId, 'player');
    return created.roomId;
  } catch (error) {
    session.set({ ...S.EMPTY_SESSION, status: 'failed', failure: failureReason(error) });
    throw error;
  }
}

/** Joins by code as a player: with the saved seat token when this browser sat here before. */
export async function joinMatch(code: string, name?: string): Promise<void> {
  const current = session.get();
  const busy = room !== null || current.status === 'connecting' || current.status === 'reconnecting';
  if (busy && current.code === code && current.mode === 'player' && current.status !== 'failed') return;
  await leaveMatch();
  session.set({ ...S.EMPTY_SESSION, code, status: 'connecting' });
  await connectPlayer(code, name);
}

/** Watches a match: the public view only, with the spectators' own chat. */
export async function spectateMatch(code: string): Promise<void> {
  const current = session.get();
  const busy = room !== null || current.status === 'connecting';
  if (busy && current.code === code && current.mode === 'spectator' && current.status !== 'failed') return;
  await leaveMatch();
  session.set({ ...S.EMPTY_SESSION, code, mode: 'spectator', status: 'connecting' });
  try {
    const joined = await sdkClient().joinById(code, { protocolVersion: PROTOCOL_VERSION, spectate: true });
    attach(joined, code, 'spectator');
  } catch (error) {
    session.set((s) => ({ ...s, status: 'failed', failure: failureReason(error) }));
  }
}

export async function leaveMatch(): Promise<void> {
  clearRejoin();
  const leaving = room;
  room = null;
  if (leaving) {
    intentionalLeave = true;
    try {
      await leaving.leave(true);
    } catch {
      /* already closed */
    }
    intentionalLeave = false;
  }
  session.set(S.EMPTY_SESSION);
}

/** Sends a message to the room; while reconnecting the SDK queues it and delivers it on return. */
export function sendToRoom(type: string, payload: unknown): boolean {
  if (!room) return false;
  room.send(type, payload);
  return true;
}

/**
 * Sends an intent stamped with the view version it was decided on. If someone else's move lands first
 * the server answers `staleVersion`; the intent is then re-sent (a few times) on the fresher view,
 * because the player's decision does not depend on, say, another seat's vote having been counted.
 */
export function sendVersioned(type: string, payload: Record<string, unknown>): boolean {
  const version = session.get().view?.version ?? 0;
  staleRetries.set(type, { payload, retries: 0 });
  return sendToRoom(type, { ...payload, expectedVersion: version });
}
const staleRetries = new Map<string, { payload: Record<string, unknown>; retries: number }>();
const MAX_STALE_RETRIES = 4;

function retryStale(message: ServerMessages['rejected']): boolean {
  const pending = staleRetries.get(message.type);
  if (message.error.code !== 'staleVersion' || !pending || pending.retries >= MAX_STALE_RETRIES) return false;
  pending.retries += 1;
  const version = session.get().view?.version ?? 0;
  sendToRoom(message.type, { ...pending.payload, expectedVersion: version });
  return true;
}

export function dismissRejection(id: number): void {
  session.set((s) => S.dismissRejection(s, id));
}
export function dismissNotice(id: number): void {
  session.set((s) => S.dismissNotice(s, id));
}

async function connectPlayer(code: string, name?: string, attempt = 0): Promise<void> {
  const saved = loadSeat(code);
  const options = { protocolVersion: PROTOCOL_VERSION, ...(name ? { name } : {}), ...(saved ? { seatToken: saved.seatToken } : {}) };
  try {
    const joined = await sdkClient().joinById(code, options);
    attach(joined, code, 'player');
  } catch (error) {
    const reason = failureReason(error);
    if (reason === 'join.error.badSeatToken' && saved) {
      // The seat was given away or released: come in as a guest who can pick a seat again.
      forgetSeat(code);
      return connectPlayer(code, name, attempt);
    }
    const isGone = reason === 'join.error.notFound';
    if (session.get().status === 'reconnecting' && !isGone && attempt < REJOIN_DELAYS_MS.length) {
      scheduleRejoin(code, attempt + 1);
      return;
    }
    session.set((s) => ({ ...s, status: 'failed', failure: reason }));
  }
}

function attach(joined: Room, code: string, mode: 'player' | 'spectator'): void {
  room = joined;
  session.set((s) => ({ ...s, code, mode, status: 'connected', failure: null }));
  const update = (fn: (s: S.SessionState) => S.SessionState) => {
    if (room === joined) session.set(fn);
  };
  joined.onMessage('welcome', (m: ServerMessages['welcome']) => {
    if (m.seatToken) saveSeat(code, { seatToken: m.seatToken, role: m.role, name: null });
    update((s) => ({ ...s, welcome: m }));
  });
  joined.onMessage('view', (m: ServerMessages['view']) => update((s) => S.withView(s, parseViewUpdate(m), Date.now())));
  joined.onMessage('rejected', (m: ServerMessages['rejected']) => {
    if (!retryStale(m)) update((s) => S.withRejection(s, m));
  });
  joined.onMessage('notice', (m: ServerMessages['notice']) => update((s) => S.withNotice(s, m)));
  joined.onMessage('spectatorChat', (m: ServerMessages['spectatorChat']) => update((s) => S.withSpectatorChat(s, m)));
  joined.onStateChange((state: { toJSON?: () => unknown }) => {
    const lobby = S.toLobbyState(state?.toJSON ? state.toJSON() : state);
    update((s) => ({ ...s, lobby }));
  });
  joined.onDrop(() => update((s) => ({ ...s, status: 'reconnecting' })));
  joined.onReconnect(() => update((s) => ({ ...s, status: 'connected' })));
  joined.onLeave((closeCode: number) => onRoomLeft(joined, code, mode, closeCode));
}

function onRoomLeft(left: Room, code: string, mode: 'player' | 'spectator', closeCode: number): void {
  if (room !== left || intentionalLeave) return;
  room = null;
  const consented = closeCode === 4000;
  if (consented || mode === 'spectator') {
    session.set((s) => ({ ...s, status: 'closed' }));
    return;
  }
  // The SDK gave up (or the server restarted): come back through the front door with the seat token.
  session.set((s) => ({ ...s, status: 'reconnecting' }));
  scheduleRejoin(code, 0);
}

function scheduleRejoin(code: string, attempt: number): void {
  clearRejoin();
  const delay = REJOIN_DELAYS_MS[Math.min(attempt, REJOIN_DELAYS_MS.length - 1)];
  rejoinTimer = setTimeout(() => {
    rejoinTimer = null;
    if (session.get().code === code) void connectPlayer(code, undefined, attempt);
  }, delay);
}

function clearRejoin(): void {
  if (rejoinTimer) clearTimeout(rejoinTimer);
  rejoinTimer = null;
}
