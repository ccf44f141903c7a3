/**
 * People arriving in the class room: the teacher who created the class, a facilitator back with the
 * host link, a student back with their token, or a new student with the class code and a name (or
 * none: a friendly name is drawn). Names pass the class's filter; joins are rate-limited. Everyone
 * then gets their welcome; a student's seat follows whether they are connected.
 */
import { randomBytes } from 'node:crypto';
import { ServerError } from '@colyseus/core';
import { addStudent } from '@shared/classroom/class-session.ts';
import { checkName, tidyName } from '@shared/classroom/moderation.ts';
import type { StudentId } from '@shared/classroom/seating.ts';
import {
  CLASS_CREATE_OPTIONS, FACILITATOR_JOIN, JOIN_CLASS, MAX_CLASS_SIZE, type NameMode,
} from '@shared/protocol/class-messages.ts';
import { MAX_NAME_LENGTH } from '@shared/protocol/room-messages.ts';
import { makeSeatToken } from '../rooms/identifiers.ts';
import { checkProtocolVersion, refuse } from '../rooms/join-policy.ts';
import type { ClassClient } from './class-context.ts';
import type { ClassHub } from './class-hub.ts';
import { tokenHash } from './class-store.ts';
import { refuseClass } from './class-refusals.ts';
import { clientsOf } from './class-delivery.ts';

export type ClassPlan =
  | Readonly<{ kind: 'facilitator'; token: string }>
  | Readonly<{ kind: 'student'; studentId: StudentId; token: string; name: string | null; isNew: boolean }>;

/** A typed name under the class's rules; null asks for a generated friendly name. */
function chosenName(mode: NameMode, raw: string | undefined): string | null {
  if (mode === 'generated' || raw === undefined || tidyName(raw) === '') return null;
  const check = checkName(raw, mode);
  if (!check.ok) refuseClass('nameRejected');
  return check.name;
}

function admitStudent(hub: ClassHub, options: unknown, ip: string): ClassPlan {
  const join = JOIN_CLASS.safeParse(options);
  if (!join.success || join.data.code !== hub.record.code) refuse('invalidOptions');
  const { studentToken, name } = join.data;
  if (studentToken !== undefined) {
    const id = hub.studentByToken(studentToken);
    if (id === null) refuseClass('badStudentToken');
    return { kind: 'student', studentId: id, token: studentToken, name: null, isNew: false };
  }
  // Per address and name: a whole classroom behind one school address still gets in at once.
  if (hub.take(`${ip}|${(name ?? '').toLowerCase()}`, 'join') > 0) throw new ServerError(429, 'rateLimited');
  if (hub.session.status === 'ended') refuseClass('sessionEnded');
  if (hub.session.students.length >= MAX_CLASS_SIZE) refuseClass('classFull');
  const studentId = randomBytes(6).toString('base64url');
  return { kind: 'student', studentId, token: makeSeatToken(), name: chosenName(hub.config.names, name), isNew: true };
}

/** Decides who a class-room connection is. `creatorToken` is set until the class's creator has come in. */
export function admitToClass(hub: ClassHub, options: unknown, ip: string, creatorToken: string | null): ClassPlan {
  checkProtocolVersion(options);
  if (creatorToken !== null && CLASS_CREATE_OPTIONS.safeParse(options).success) return { kind: 'facilitator', token: creatorToken };
  const facilitator = FACILITATOR_JOIN.safeParse(options);
  if (facilitator.success) {
    if (!hub.isHostToken(facilitator.data.hostToken)) refuseClass('badHostToken');
    return { kind: 'facilitator', token: facilitator.data.hostToken };
  }
  return admitStudent(hub, options, ip);
}

/** Two students may type the same name: the second becomes "Ana 2", so the teacher can tell them apart. */
function uniqueName(hub: ClassHub, name: string): string {
  const taken = new Set(hub.session.students.map((s) => s.name.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const suffix = ` ${n}`;
    const candidate = `${name.slice(0, MAX_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function addNewStudent(hub: ClassHub, id: StudentId, token: string, typed: string | null): boolean {
  const name = typed === null ? hub.friendlyName() : uniqueName(hub, typed);
  const next = addStudent(hub.session, id, name);
  if ('code' in next) return false; // the class filled up or ended since the check
  hub.ctx.classes.addStudentToken(hub.record.id, id, tokenHash(token));
  hub.update(next);
  return true;
}

/** Tells a student (all their class-room connections, or one) where they are and how the class runs. */
export function welcomeStudent(hub: ClassHub, id: StudentId, only?: ClassClient): void {
  const placement = hub.placementOf(id);
  const binding = placement ? hub.tables.get(placement.table) : undefined;
  const control = placement ? hub.session.tables[placement.table - 1] : undefined;
  for (const client of only ? [only] : clientsOf(hub, id)) {
    const info = client.userData;
    if (info?.kind !== 'student') continue;
    client.send('classWelcome', {
      studentId: id, name: hub.nameOf(id), studentToken: info.token, code: hub.record.code, placement,
      chatMode: hub.config.chatMode, muted: hub.isMuted(id), tableCode: binding?.table.code ?? null,
      paused: control !== undefined && (control.pausedAt !== null || control.ended), status: hub.session.status, title: hub.config.title ?? null,
    });
  }
}

export function welcomeFacilitator(hub: ClassHub, client: ClassClient): void {
  const info = client.userData;
  if (info?.kind !== 'facilitator') return;
  client.send('facilitatorWelcome', { code: hub.record.code, config: hub.config, hostToken: info.token, status: hub.session.status });
  hub.dashboardChanged();
}

export function joinClass(hub: ClassHub, client: ClassClient, plan: ClassPlan): void {
  if (plan.kind === 'facilitator') {
    client.userData = { kind: 'facilitator', token: plan.token };
    return welcomeFacilitator(hub, client);
  }
  if (plan.isNew && !addNewStudent(hub, plan.studentId, plan.token, plan.name)) {
    client.leave(4000);
    return;
  }
  client.userData = { kind: 'student', studentId: plan.studentId, token: plan.token };
  hub.onPresence(plan.studentId, client.sessionId, true);
  welcomeStudent(hub, plan.studentId, client);
}

/** A class-room connection dropped (up: false) or came back (up: true). */
export function classPresence(hub: ClassHub, client: ClassClient, up: boolean): void {
  const info = client.userData;
  if (info?.kind !== 'student') return;
  hub.onPresence(info.studentId, client.sessionId, up);
  if (up) welcomeStudent(hub, info.studentId, client);
}
