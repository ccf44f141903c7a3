/**
 * Opening a class room: a new class from the teacher's options (a fresh code, seed and secret host
 * token, stored before anyone can join), or a class reopened after a restart from its stored
 * snapshot, with its tables rebuilt from their logs and a grace period for everyone to come back.
 */
import { matchMaker, ServerError } from '@colyseus/core';
import { randomInt } from 'node:crypto';
import { createSession } from '@shared/classroom/class-session.ts';
import { mixSeed } from '@shared/bots/decision-seed.ts';
import { CLASS_CODE_ALPHABET, CLASS_CODE_LENGTH, CLASS_CREATE_OPTIONS } from '@shared/protocol/class-messages.ts';
import { seedRng } from '@shared/random/rng.ts';
import { makeMatchId, makeSeatToken, makeSeed } from '../rooms/identifiers.ts';
import { checkProtocolVersion, refuse } from '../rooms/join-policy.ts';
import { PENDING_OPTION } from '../rooms/room-context.ts';
import type { ClassContext } from './class-context.ts';
import { ClassHub, type ClassPort } from './class-hub.ts';
import { tokenHash, type ClassSnapshot, type StoredClass } from './class-store.ts';
import { applyHolds, requestTableRoom, syncAllTables } from './class-tables.ts';

export type OpenedClass = Readonly<{ hub: ClassHub; creatorToken: string | null; stored: StoredClass | null }>;

async function uniqueClassCode(): Promise<string> {
  for (;;) {
    let code = '';
    for (let i = 0; i < CLASS_CODE_LENGTH; i++) code += CLASS_CODE_ALPHABET[randomInt(CLASS_CODE_ALPHABET.length)];
    if ((await matchMaker.findRoomsByIds([code])).size === 0) return code;
  }
}

async function createClass(ctx: ClassContext, options: unknown, port: ClassPort): Promise<OpenedClass> {
  checkProtocolVersion(options);
  const parsed = CLASS_CREATE_OPTIONS.safeParse(options);
  if (!parsed.success) refuse('invalidOptions');
  const { settings } = ctx.rooms;
  const seed = settings.allowSeedOption && parsed.data.seed !== undefined ? parsed.data.seed : makeSeed();
  const snapshot: ClassSnapshot = { session: createSession(parsed.data.config, seed), nameRng: seedRng(mixSeed(seed, 0x6e616d65)) };
  const hostToken = makeSeatToken();
  const record = { id: makeMatchId(), code: await uniqueClassCode(), hostHash: tokenHash(hostToken), createdAt: Date.now() };
  ctx.classes.createClass({ ...record, snapshot });
  return { hub: new ClassHub(ctx, record, snapshot, port), creatorToken: hostToken, stored: null };
}

function reopenClass(ctx: ClassContext, classId: string, port: ClassPort): OpenedClass {
  const stored = ctx.classes.byId(classId);
  if (!stored) throw new ServerError(404, `class ${classId} is not stored`);
  // The clock starts again from zero: a paused table stays paused from now on.
  const now = port.now();
  const { session } = stored.snapshot;
  const tables = session.tables.map((c) => (c.pausedAt === null ? c : { ...c, pausedAt: now }));
  const snapshot = { ...stored.snapshot, session: { ...session, tables } };
  return { hub: new ClassHub(ctx, stored, snapshot, port), creatorToken: null, stored };
}

/** A new class, or the class the server asked to reopen (only the server can: the key is one-time). */
export async function openClass(ctx: ClassContext, options: unknown, port: ClassPort): Promise<OpenedClass> {
  const key = (options as Record<string, unknown> | null)?.[PENDING_OPTION];
  const classId = typeof key === 'string' ? ctx.pendingClasses.get(key) : undefined;
  if (classId === undefined) return createClass(ctx, options, port);
  ctx.pendingClasses.delete(key as string);
  return reopenClass(ctx, classId, port);
}

/** Rebuilds a reopened class's tables; students count as present for `graceMs`, then bots stand in. */
export async function reopenTables(hub: ClassHub, stored: StoredClass, graceMs: number): Promise<void> {
  const now = hub.now();
  hub.presence.graceAll(hub.session.students.map((s) => s.id), now + graceMs, now);
  for (const t of stored.tables) await requestTableRoom(hub, t.table, { kind: 'resume', matchId: t.matchId });
  for (const binding of hub.tables.values()) binding.closed = hub.session.status === 'ended';
  applyHolds(hub);
  hub.port.schedule(() => syncAllTables(hub), graceMs + 50);
}
