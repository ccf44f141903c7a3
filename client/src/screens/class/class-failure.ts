/**
 * Why the server did not let this browser into a class, as a catalog key. Class refusals travel as the
 * matchmaking error's message (shared/protocol/class-messages.ts, CLASS_JOIN_REFUSALS).
 */
import type { MessageKey } from '../../i18n/t.ts';

const BY_MESSAGE: Readonly<Record<string, MessageKey>> = {
  nameRejected: 'class.error.nameRejected',
  classFull: 'class.error.classFull',
  sessionEnded: 'class.error.sessionEnded',
  badStudentToken: 'class.error.badStudentToken',
  badHostToken: 'class.error.badHostToken',
  rateLimited: 'class.error.rateLimited',
  clientTooOld: 'join.error.version',
  serverTooOld: 'join.error.serverVersion',
};

export function classFailure(error: unknown): MessageKey {
  const message = (error as { message?: string })?.message ?? '';
  if (message in BY_MESSAGE) return BY_MESSAGE[message];
  const code = (error as { code?: number })?.code;
  if (code === 520 || code === 522) return 'class.error.notFound';
  return 'class.error.generic';
}

/** The class is not running (ended and closed, or the server is restarting). */
export function isGone(error: unknown): boolean {
  const code = (error as { code?: number })?.code;
  return code === 520 || code === 522;
}
