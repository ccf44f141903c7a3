/**
 * A running match nobody is connected to any more (not even someone reconnecting) is closed after a
 * while and kept in the store, not run on for nobody; an empty lobby goes after the reconnection grace.
 */
import type { MatchTable } from './match-table.ts';

const CHECK_MS = 5000;

export class AbandonWatch {
  private emptySince: number | null = null;

  constructor(private readonly table: MatchTable) {}

  start(): void {
    this.table.room.clock.setInterval(() => this.check(), CHECK_MS);
  }

  private check(): void {
    const { room, dropped, finished, ctx, state } = this.table;
    if (room.clients.length > 0 || dropped.size > 0 || finished || room.autoDispose) {
      this.emptySince = null;
      return;
    }
    const { abandonAfterSec, reconnectGraceSec } = ctx.settings;
    const limitSec = state.phase === 'lobby' ? reconnectGraceSec : abandonAfterSec;
    this.emptySince ??= this.table.now();
    if (this.table.now() - this.emptySince >= limitSec * 1000) void room.disconnect();
  }
}
