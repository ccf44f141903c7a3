/**
 * People arriving, dropping, coming back and leaving. A dropped player keeps their seat for the
 * grace period; someone who leaves for good (or never returns) hands the seat to a bot in a
 * running match, or frees it in the lobby. Host rights pass on when the host leaves.
 */
import { CloseCode } from '@colyseus/core';
import type { Role } from '@shared/rules/types.ts';
import type { JoinPlan } from './join-policy.ts';
import { infoOf, sendWelcome, type MatchClient } from './match-client.ts';
import type { MatchTable } from './match-table.ts';

export function join(table: MatchTable, client: MatchClient, plan: JoinPlan): void {
  client.userData = { spectator: plan.spectator, name: plan.name };
  if (!plan.spectator && table.seats.host === null) table.seats.setHost(client.sessionId);
  if (plan.role !== null) returnToSeat(table, client, plan.role);
  table.views.subscribe(client, plan.role ?? 'spectator');
  sendWelcome(table, client);
  // Someone is at the table: an empty lobby may close by itself again once they have all left.
  if (table.state.phase === 'lobby') table.room.autoDispose = true;
  table.refresh();
}

/** A player back with their seat token takes the seat back, from a bot or from a stale tab. */
function returnToSeat(table: MatchTable, client: MatchClient, role: Role): void {
  const displaced = table.seats.bind(client.sessionId, role);
  if (displaced !== null) {
    table.views.unsubscribe(displaced);
    table.dropped.delete(displaced);
    if (table.seats.isHost(displaced)) table.seats.setHost(client.sessionId);
    table.room.clients.getById(displaced)?.leave(CloseCode.CONSENTED);
  }
  table.continuity.cancelReturn(role);
  table.continuity.markActive(role);
  handBack(table, role);
}

/** The seat's player is active again: a bot that held the seat gives it back. */
export function handBack(table: MatchTable, role: Role): void {
  if (table.state.seats[role].controller !== 'bot') return;
  if (table.system({ type: 'seatController', role, controller: 'human' }) === null) table.notify({ kind: 'seatReturned', role });
}

export function drop(table: MatchTable, client: MatchClient): void {
  table.dropped.add(client.sessionId);
  table.refresh();
}

/** Back within the grace period on the same session: resend everything it may have missed. */
export function reconnect(table: MatchTable, client: MatchClient): void {
  table.dropped.delete(client.sessionId);
  const role = table.seats.roleOf(client.sessionId);
  if (role !== null) table.continuity.markActive(role);
  table.views.subscribe(client, role ?? 'spectator');
  sendWelcome(table, client);
  table.refresh();
}

/** Gone for good: left on purpose, or the grace period ran out. */
export function leave(table: MatchTable, client: MatchClient): void {
  const sessionId = client.sessionId;
  table.dropped.delete(sessionId);
  table.views.unsubscribe(sessionId);
  table.limits.forget(sessionId);
  if (table.shuttingDown) return; // seats stay as they are, to be resumed after the restart
  const role = table.seats.unbind(sessionId);
  if (role !== null && table.state.phase === 'lobby') {
    if (table.system({ type: 'seatReleased', role }) === null) table.seats.revokeToken(role);
  } else if (role !== null && table.state.phase !== 'gameOver') {
    takeOverSeat(table, role); // the token stays valid: the player may come back and take the seat again
  }
  if (table.seats.isHost(sessionId)) passHost(table);
  table.refresh();
}

/** The host left: the longest-present seated player (else any non-spectator) becomes host. */
function passHost(table: MatchTable): void {
  const candidates = table.room.clients.filter((c) => !infoOf(c).spectator && !table.dropped.has(c.sessionId));
  const next = candidates.find((c) => table.seats.roleOf(c.sessionId) !== null) ?? candidates[0] ?? null;
  table.seats.setHost(next?.sessionId ?? null);
  if (!next) return;
  sendWelcome(table, next);
  table.notify({ kind: 'hostChanged', role: table.seats.roleOf(next.sessionId) ?? undefined, text: infoOf(next).name });
}

/** A bot plays `role` until its player comes back. */
export function takeOverSeat(table: MatchTable, role: Role): void {
  if (table.state.seats[role].controller !== 'human') return;
  if (table.system({ type: 'seatController', role, controller: 'bot' }) === null) table.notify({ kind: 'botTookSeat', role });
}
