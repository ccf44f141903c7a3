/**
 * Tells the world about a table after each change: the public facts go into the Colyseus state every
 * client decodes (a patch sent right after the current work) and into the room's listing (only when
 * it changed), which the live list and the class dashboard read.
 */
import { ROLES } from '@shared/rules/types.ts';
import { syncLobby } from '../sync/lobby-sync.ts';
import type { MatchListing } from './match-listing.ts';
import type { MatchTable } from './match-table.ts';

export class TableAnnouncer {
  private listing = '';
  private patchPending = false;

  constructor(private readonly table: MatchTable) {}

  announce(): void {
    const { seats, room } = this.table;
    const hostRole = seats.host === null ? null : seats.roleOf(seats.host);
    const spectators = room.clients.filter((c) => seats.roleOf(c.sessionId) === null).length;
    syncLobby(room.state, this.table.state, { now: this.table.now(), isConnected: (r) => this.table.isPresent(r), hostRole, spectators });
    this.updateListing(spectators);
    this.schedulePatch();
  }

  /**
   * Sends the state patch right after the current work, not inside it: broadcastPatch ticks the
   * room clock, and a tick from inside a clock callback (a bot move, a timeout) would re-enter it.
   */
  private schedulePatch(): void {
    if (this.patchPending) return;
    this.patchPending = true;
    queueMicrotask(() => {
      this.patchPending = false;
      try {
        this.table.room.broadcastPatch();
      } catch (error) {
        // Outside Colyseus's own guards: a throw here must not take the process (and every match) down.
        console.error(`[match ${this.table.code}] patch failed`, error);
      }
    });
  }

  private updateListing(spectators: number): void {
    const { state, code, session, room } = this.table;
    const { config, phase, round } = state;
    const players = ROLES.filter((role) => this.table.isPresent(role)).length;
    const listing: MatchListing = {
      code, scenario: config.scenario, round, rounds: config.rounds, phase, players, spectators,
      allowSpectators: session.record.settings.allowSpectators,
    };
    const json = JSON.stringify(listing);
    if (json === this.listing) return;
    this.listing = json;
    void room.setMetadata(listing);
  }
}
