/**
 * A student's connection to their class: joins with the class code and a name (or comes back with
 * the saved student token), keeps the connection alive (the SDK's reconnect first, then a rejoin with
 * the token), and folds the class's messages — placement, the teacher's broadcasts, pauses, the end —
 * into one snapshot the class screen reads. Game play itself happens in the table's room.
 */
import type { Room } from '@colyseus/sdk';
import type { ClassError, ClassServerMessages } from '@shared/protocol/class-messages.ts';
import { CLASS_ROOM } from '@shared/protocol/class-messages.ts';
import { PROTOCOL_VERSION } from '@shared/protocol/version.ts';
import type { MessageKey } from '../../i18n/t.ts';
import { sdkClient } from '../../net/sdk.ts';
import { createStore } from '../../net/store.ts';
import { classFailure, isGone } from './class-failure.ts';
import { forgetStudent, loadStudent, saveStudent } from './class-storage.ts';

export type ClassWelcome = ClassServerMessages['classWelcome'];
export type Broadcast = ClassServerMessages['broadcast'] & { id: number };
export type ClassRefusal = Readonly<{ id: number; type: string; error: ClassError }>;

export type StudentClassState = Readonly<{
  code: string | null;
  status: 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'failed';
  failure: MessageKey | null;
  welcome: ClassWelcome | null;
  broadcasts: readonly Broadcast[];
  refusals: readonly ClassRefusal[];
  ended: boolean;
  nextId: number;
}>;

const EMPTY: StudentClassState = { code: null, status: 'idle', failure: null, welcome: null, broadcasts: [], refusals: [], ended: false, nextId: 1 };
export const classSession = createStore<StudentClassState>(EMPTY);

let room: Room | null = null;
let rejoinTimer: ReturnType<typeof setTimeout> | null = null;
const REJOIN_DELAYS_MS = [500, 1000, 2000, 3000, 5000, 8000, 13000, 21000, 30000];

/** Joins a class by code: with the saved token when this browser was here before, else with `name`. */
export async function joinClass(code: string, name?: string): Promise<void> {
  await leaveClass();
  classSession.set({ ...EMPTY, code, status: 'connecting' });
  await connect(code, name, 0);
}

export async function leaveClass(): Promise<void> {
  if (rejoinTimer) clearTimeout(rejoinTimer);
  rejoinTimer = null;
  const leaving = room;
  room = null;
  if (leaving) await leaving.leave(true).catch(() => undefined);
  classSession.set(EMPTY);
}

export function sayPreset(phraseId: string, to: string): void {
  room?.send('sayPreset', { phraseId, to });
}

export function dismissRefusal(id: number): void {
  classSession.set((s) => ({ ...s, refusals: s.refusals.filter((r) => r.id !== id) }));
}

async function connect(code: string, name: string | undefined, attempt: number): Promise<void> {
  const saved = loadStudent(code);
  const options = saved ? { studentToken: saved.studentToken } : name ? { name } : {};
  try {
    attach(await sdkClient().joinById(code, { protocolVersion: PROTOCOL_VERSION, code, ...options }), code);
  } catch (error) {
    const failure = classFailure(error);
    if (failure === 'class.error.badStudentToken' && saved) {
      forgetStudent(code); // a token from another class or server: join afresh
      return connect(code, name ?? saved.name, attempt);
    }
    const retrying = classSession.get().status === 'reconnecting' && attempt < REJOIN_DELAYS_MS.length;
    if (retrying && (isGone(error) || failure === 'class.error.generic')) return scheduleRejoin(code, attempt + 1);
    classSession.set((s) => ({ ...s, status: 'failed', failure }));
  }
}

function attach(joined: Room, code: string): void {
  room = joined;
  classSession.set((s) => ({ ...s, code, status: 'connected', failure: null }));
  const update = (fn: (s: StudentClassState) => StudentClassState) => {
    if (room === joined) classSession.set(fn);
  };
  joined.onMessage('classWelcome', (m: ClassWelcome) => {
    saveStudent(code, { studentToken: m.studentToken, name: m.name });
    update((s) => ({ ...s, welcome: m, ended: m.status === 'ended' }));
  });
  joined.onMessage('broadcast', (m: ClassServerMessages['broadcast']) =>
    update((s) => ({ ...s, broadcasts: [...s.broadcasts, { ...m, id: s.nextId }].slice(-5), nextId: s.nextId + 1 })));
  joined.onMessage('paused', (m: ClassServerMessages['paused']) =>
    update((s) => (s.welcome ? { ...s, welcome: { ...s.welcome, paused: m.paused } } : s)));
  joined.onMessage('sessionEnded', () => update((s) => ({ ...s, ended: true })));
  joined.onMessage('classRejected', (m: ClassServerMessages['classRejected']) =>
    update((s) => ({ ...s, refusals: [...s.refusals, { ...m, id: s.nextId }].slice(-3), nextId: s.nextId + 1 })));
  joined.onDrop(() => update((s) => ({ ...s, status: 'reconnecting' })));
  joined.onReconnect(() => update((s) => ({ ...s, status: 'connected' })));
  joined.onLeave((closeCode: number) => {
    if (room !== joined) return;
    room = null;
    if (closeCode === 4000) return classSession.set((s) => ({ ...s, status: 'failed', failure: s.ended ? 'class.error.sessionEnded' : 'class.error.generic' }));
    classSession.set((s) => ({ ...s, status: 'reconnecting' }));
    scheduleRejoin(code, 0);
  });
}

function scheduleRejoin(code: string, attempt: number): void {
  if (rejoinTimer) clearTimeout(rejoinTimer);
  rejoinTimer = setTimeout(() => {
    rejoinTimer = null;
    if (classSession.get().code === code) void connect(code, undefined, attempt);
  }, REJOIN_DELAYS_MS[Math.min(attempt, REJOIN_DELAYS_MS.length - 1)]);
}
