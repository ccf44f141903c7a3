/**
 * What the classroom rooms of one server share: the match rooms' context (match store, settings),
 * the class store, the classes live in this process, and the one-time keys by which a class asks for
 * its table rooms (or the server for a class to reopen after a restart). Clients cannot forge these.
 */
import type { Client } from '@colyseus/core';
import type { ClassServerMessages } from '@shared/protocol/class-messages.ts';
import type { RoomContext } from '../rooms/room-context.ts';
import type { ClassStore } from './class-store.ts';
import type { ClassHub } from './class-hub.ts';

/** Who a connection to the class room is, and the token it came in with (echoed in its welcomes only). */
export type ClassClientInfo = { kind: 'facilitator'; token: string } | { kind: 'student'; studentId: string; token: string };
export type ClassClient = Client<{ messages: ClassServerMessages; userData: ClassClientInfo }>;

/** How a table room opens: a new match for the table, or the table's match rebuilt from its log. */
export type TableOpening = Readonly<{ kind: 'new' } | { kind: 'resume'; matchId: string }>;
export type PendingClassTable = Readonly<{ hub: ClassHub; table: number; opening: TableOpening }>;

export type ClassContext = Readonly<{
  rooms: RoomContext;
  classes: ClassStore;
  /** Classes to reopen after a restart, by one-time key. */
  pendingClasses: Map<string, string>;
  /** Table rooms a class asked for, by one-time key. */
  pendingTables: Map<string, PendingClassTable>;
  /** Classes running in this process, by class id. */
  live: Map<string, ClassHub>;
}>;
