/**
 * A student's game messages at a class table pass the class's rules first: nothing while the table
 * is paused or closed, a steady rate, and for chat the class's chat mode, a teacher's mute and the
 * profanity filter (offending words starred out). In "preset phrases" mode students talk with
 * `sayPreset`, which becomes an ordinary chat line or whisper of their seat.
 */
import { checkTableOpen } from '@shared/classroom/class-session.ts';
import { moderateChat } from '@shared/classroom/moderation.ts';
import { presetText } from '@shared/classroom/presets.ts';
import type { StudentId } from '@shared/classroom/seating.ts';
import { STUDENT_MESSAGE_SCHEMAS, type ClassError } from '@shared/protocol/class-messages.ts';
import type { Intent } from '@shared/protocol/intents.ts';
import type { ProtocolError } from '@shared/protocol/server-messages.ts';
import type { RuleError } from '@shared/rules/errors.ts';
import { handBack } from '../rooms/seating.ts';
import type { ClassClient } from './class-context.ts';
import type { ClassHub } from './class-hub.ts';

export type Screened = { ok: true; intent: Intent } | { ok: false; error: RuleError | ProtocolError };

const TALK = new Set<Intent['type']>(['chat', 'whisper']);

function tableClosed(hub: ClassHub, table: number): ProtocolError | null {
  const closed = checkTableOpen(hub.session, table);
  if (!closed) return null;
  return closed.code === 'tablePaused' ? closed : { code: 'sessionEnded' };
}

/** The class's verdict on a student's intent at their table, with chat text censored where needed. */
export function screenIntent(hub: ClassHub, id: StudentId, table: number, intent: Intent): Screened {
  const closed = tableClosed(hub, table);
  if (closed) return { ok: false, error: closed };
  const talk = TALK.has(intent.type);
  const retryInMs = hub.take(id, talk ? 'chat' : 'intent');
  if (retryInMs > 0) return { ok: false, error: { code: 'rateLimited', retryInMs } };
  hub.presence.touch(id, hub.now());
  if (!talk || (intent.type !== 'chat' && intent.type !== 'whisper')) return { ok: true, intent };
  const check = moderateChat(intent.text, hub.config.chatMode, hub.isMuted(id));
  if (!check.ok) return { ok: false, error: { code: check.code } };
  return { ok: true, intent: { ...intent, text: check.text } };
}

/** Observers' own chat at a table (the spectator chat), under the same rules; null when it may go out. */
export function screenObserverChat(hub: ClassHub, id: StudentId, table: number, text: string): { text: string } | { error: ProtocolError } {
  const closed = tableClosed(hub, table);
  if (closed) return { error: closed };
  const retryInMs = hub.take(id, 'chat');
  if (retryInMs > 0) return { error: { code: 'rateLimited', retryInMs } };
  const check = moderateChat(text, hub.config.chatMode, hub.isMuted(id));
  return check.ok ? { text: check.text } : { error: { code: check.code } };
}

/** A preset phrase from a seated student: said at their table as their seat. Returns the refusal, if any. */
export function sayPreset(hub: ClassHub, client: ClassClient, payload: unknown): ClassError | null {
  const parsed = STUDENT_MESSAGE_SCHEMAS.sayPreset.safeParse(payload);
  if (!parsed.success) return { code: 'invalidMessage', reason: parsed.error.issues[0]?.message ?? 'payload' };
  const who = client.userData;
  if (who?.kind !== 'student') return { code: 'invalidMessage', reason: 'phrases are for students at a table' };
  const placement = hub.placementOf(who.studentId);
  const binding = placement ? hub.tables.get(placement.table) : undefined;
  if (!placement || placement.kind === 'observer' || !binding) return { code: 'invalidMessage', reason: 'only a seat can speak at the table' };
  if (hub.isMuted(who.studentId)) return { code: 'muted' };
  if (hub.config.chatMode === 'off') return { code: 'chatOff' };
  const closed = checkTableOpen(hub.session, placement.table);
  if (closed) return closed;
  const retryInMs = hub.take(who.studentId, 'preset');
  if (retryInMs > 0) return { code: 'rateLimited', retryInMs };
  const text = presetText(parsed.data.phraseId)!;
  const { to } = parsed.data;
  const intent: Intent = to === 'all' ? { type: 'chat', text } : { type: 'whisper', to, text };
  hub.presence.touch(who.studentId, hub.now());
  binding.table.continuity.markActive(placement.role);
  handBack(binding.table, placement.role);
  const error = binding.table.intent(placement.role, intent);
  return error ? { code: 'tableRefused', table: placement.table, error } : null;
}
