/**
 * The teacher's connection to a class: creating it (the creator becomes its facilitator and receives
 * the host token, kept in this browser), opening it again with the host link, sending the
 * facilitator's commands, and folding the dashboard the server pushes into one snapshot. When the
 * class room is gone (the session ended long ago, or the server restarted), the console falls back
 * to the stored debrief, which the host token still opens.
 */
import type { Room } from '@colyseus/sdk';
import {
  CLASS_ROOM, type ClassConfigInput, type ClassDashboard, type ClassError, type ClassServerMessages,
  type FacilitatorCommandType, type FacilitatorPayload,
} from '@shared/protocol/class-messages.ts';
import { PROTOCOL_VERSION } from '@shared/protocol/version.ts';
import type { MessageKey } from '../../i18n/t.ts';
import { sdkClient } from '../../net/sdk.ts';
import { createStore } from '../../net/store.ts';
import { classFailure, isGone } from './class-failure.ts';
import { saveHostToken } from './class-storage.ts';

export type HostState = Readonly<{
  code: string | null;
  token: string | null;
  /** 'gone': no live class room; the debrief still opens from the store. */
  status: 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'gone' | 'failed';
  failure: MessageKey | null;
  welcome: ClassServerMessages['facilitatorWelcome'] | null;
  dashboard: ClassDashboard | null;
  /** Local time the dashboard arrived: countdowns run on from it between pushes. */
  dashboardAt: number;
  refusals: readonly Readonly<{ id: number; type: string; error: ClassError }>[];
  nextId: number;
}>;

const EMPTY: HostState = { code: null, token: null, status: 'idle', failure: null, welcome: null, dashboard: null, dashboardAt: 0, refusals: [], nextId: 1 };
export const hostSession = createStore<HostState>(EMPTY);

let room: Room | null = null;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
const RETRY_MS = [500, 1000, 2000, 4000, 8000, 15000];

/** Creates a class; this browser becomes its facilitator. Resolves with the class code. */
export async function createClass(config: ClassConfigInput, seed?: number): Promise<string> {
  await closeConsole();
  hostSession.set({ ...EMPTY, status: 'connecting' });
  const created = await sdkClient().create(CLASS_ROOM, { protocolVersion: PROTOCOL_VERSION, config, ...(seed === undefined ? {} : { seed }) });
  attach(created, created.roomId);
  const welcome = await new Promise<ClassServerMessages['facilitatorWelcome']>((resolve) => {
    const check = () => {
      const w = hostSession.get().welcome;
      if (w) {
        stop();
        resolve(w);
      }
    };
    const stop = hostSession.subscribe(check);
    check();
  });
  saveHostToken(welcome.code, welcome.hostToken, welcome.config.title ?? null);
  return welcome.code;
}

/** Opens the console of a class with its host token (a no-op when it is already open here). */
export async function openConsole(code: string, token: string, attempt = 0): Promise<void> {
  const current = hostSession.get();
  if (room && current.code === code && current.token === token) return;
  if (attempt === 0) hostSession.set({ ...EMPTY, code, token, status: 'connecting' });
  try {
    attach(await sdkClient().joinById(code, { protocolVersion: PROTOCOL_VERSION, hostToken: token }), code);
  } catch (error) {
    if (isGone(error)) return hostSession.set((s) => ({ ...s, status: 'gone' }));
    if (hostSession.get().status === 'reconnecting' && attempt < RETRY_MS.length) return retry(code, token, attempt + 1);
    hostSession.set((s) => ({ ...s, status: 'failed', failure: classFailure(error) }));
  }
}

export async function closeConsole(): Promise<void> {
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = null;
  const leaving = room;
  room = null;
  if (leaving) await leaving.leave(true).catch(() => undefined);
  hostSession.set(EMPTY);
}

export function command<K extends FacilitatorCommandType>(type: K, payload: FacilitatorPayload<K>): void {
  room?.send(type, payload);
}

export function dismissHostRefusal(id: number): void {
  hostSession.set((s) => ({ ...s, refusals: s.refusals.filter((r) => r.id !== id) }));
}

function attach(joined: Room, code: string): void {
  room = joined;
  hostSession.set((s) => ({ ...s, code, status: 'connected', failure: null }));
  const update = (fn: (s: HostState) => HostState) => {
    if (room === joined) hostSession.set(fn);
  };
  joined.onMessage('facilitatorWelcome', (m: ClassServerMessages['facilitatorWelcome']) => update((s) => ({ ...s, welcome: m, token: m.hostToken })));
  joined.onMessage('dashboard', (m: ClassDashboard) => update((s) => ({ ...s, dashboard: m, dashboardAt: Date.now() })));
  joined.onMessage('classRejected', (m: ClassServerMessages['classRejected']) =>
    update((s) => ({ ...s, refusals: [...s.refusals, { ...m, id: s.nextId }].slice(-3), nextId: s.nextId + 1 })));
  for (const type of ['broadcast', 'paused', 'sessionEnded'] as const) joined.onMessage(type, () => undefined);
  joined.onDrop(() => update((s) => ({ ...s, status: 'reconnecting' })));
  joined.onReconnect(() => update((s) => ({ ...s, status: 'connected' })));
  joined.onLeave((closeCode: number) => {
    if (room !== joined) return;
    room = null;
    hostSession.set((s) => ({ ...s, status: closeCode === 4000 ? 'gone' : 'reconnecting' }));
    const token = hostSession.get().token;
    if (closeCode !== 4000 && token) retry(code, token, 0);
  });
}

function retry(code: string, token: string, attempt: number): void {
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = setTimeout(() => {
    retryTimer = null;
    if (hostSession.get().code === code) void openConsole(code, token, attempt);
  }, RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]);
}
