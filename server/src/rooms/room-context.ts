/**
 * What every match room of one server shares: the match store, the operator's settings and the
 * list of interrupted matches waiting to be resumed (only the server itself may ask a room to
 * resume a match; a client cannot).
 */
import type { ClientArray, Clock } from '@colyseus/core';
import type { ServerSettings } from '../server-settings.ts';
import type { MatchConfig } from '@shared/rules/types.ts';
import type { MatchStore, RoomSettings } from '../store/match-store.ts';
import type { MatchSchema } from '../schema/match-schema.ts';
import type { MatchClient } from './match-client.ts';
import type { MatchListing } from './match-listing.ts';

/** A table the server itself asked for: a match to resume after a restart, or a rematch. */
export type PendingTable =
  | Readonly<{ kind: 'resume'; matchId: string }>
  | Readonly<{ kind: 'rematch'; config: MatchConfig; settings: RoomSettings }>;

export type RoomContext = Readonly<{
  store: MatchStore;
  settings: ServerSettings;
  /** Tables the server asked for, by one-time key; clients cannot forge these. */
  pending: Map<string, PendingTable>;
}>;

/** The create option (only ever set by the server) that names a pending table. */
export const PENDING_OPTION = '__pendingTable';

/** What the table needs from its Colyseus room. */
export interface RoomPort {
  /** The room's own clock (the table makes it punctual: see `keepPunctual` in timers.ts). */
  readonly clock: Clock;
  readonly state: MatchSchema;
  readonly clients: ClientArray<MatchClient>;
  autoDispose: boolean;
  broadcastPatch(): void;
  setMetadata(metadata: MatchListing): Promise<void>;
  disconnect(closeCode?: number): Promise<unknown>;
}
