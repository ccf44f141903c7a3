/**
 * Joins refused on purpose: the class's typed reasons travel as the matchmaking error (message = the
 * reason, code = its HTTP-like status, shared/protocol/class-messages.ts), like a match's refusals.
 */
import { ServerError } from '@colyseus/core';
import { CLASS_JOIN_REFUSALS, type ClassJoinRefusal } from '@shared/protocol/class-messages.ts';

export function refuseClass(reason: ClassJoinRefusal): never {
  throw new ServerError(CLASS_JOIN_REFUSALS[reason], reason);
}

/** A join refused on purpose (the error, or what it wraps, is a ServerError with the reason). */
export function isRefusal(error: unknown): boolean {
  const cause = (error as { cause?: unknown } | null)?.cause;
  return error instanceof ServerError || cause instanceof ServerError;
}
