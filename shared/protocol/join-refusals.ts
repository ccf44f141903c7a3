/**
 * Why the server refused to let a client create or join a match. The refusal travels as the
 * matchmaking error: `code` is the HTTP-like status below and `message` is exactly the reason
 * string, so a client can switch on it (e.g. drop a stale seat token and join again).
 */
export const JOIN_REFUSALS = {
  /** The client speaks an older protocol than the server: reload the page. */
  clientTooOld: 426,
  /** The client speaks a newer protocol than the server (a deploy is rolling out): retry later. */
  serverTooOld: 426,
  /** Create or join options do not match their contract. */
  invalidOptions: 400,
  /** This match does not accept spectators, or is full of them. */
  spectatorsNotAllowed: 403,
  spectatorsFull: 409,
  /** The seat token is unknown here (wrong match, seat released or given away). */
  badSeatToken: 401,
  /** Too many joins or new matches from this address in the last minute: wait and retry. */
  tooManyJoins: 429,
} as const;

export type JoinRefusal = keyof typeof JOIN_REFUSALS;

export function isJoinRefusal(message: unknown): message is JoinRefusal {
  return typeof message === 'string' && Object.prototype.hasOwnProperty.call(JOIN_REFUSALS, message);
}
