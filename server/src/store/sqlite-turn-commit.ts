/**
 * Group commit for the SQLite match store (opt-in). The first write of an event-loop turn is
 * committed at once; more writes in the same turn (several tables moving at once under load) share
 * one transaction, committed when the turn ends, so the disk sees two commits instead of one per
 * move. Every write still runs at once: a refused one (a duplicate log position) fails for its
 * caller. Safe only if whoever shows a move's effect calls commit() first: rooms publish each move
 * at once, and later bot moves of the same clock tick run before the turn ends (docs/scaling.md).
 */
import type Database from 'better-sqlite3';

/** One write, kept until its transaction commits so it can be made again after a rollback. */
type Write = () => void;

/** How long to wait before trying again to commit after the disk refused (full, I/O error). */
const RETRY_MS = 1000;

export class TurnCommit {
  /** Writes of the open transaction (or of one the disk refused), in order. */
  private pending: Write[] = [];
  /** A write was made in this event-loop turn; cleared when the turn ends. */
  private inTurn = false;
  private retry: NodeJS.Timeout | null = null;
  private readonly begin;
  private readonly commitStatement;
  private readonly rollback;

  constructor(
    private readonly db: Database.Database,
    private readonly log: (message: string, error: unknown) => void,
  ) {
    this.begin = db.prepare('BEGIN');
    this.commitStatement = db.prepare('COMMIT');
    this.rollback = db.prepare('ROLLBACK');
  }

  /** Writes made but not committed yet: zero between turns unless the disk refuses. */
  get backlog(): number {
    return this.pending.length;
  }

  /** Runs `write` now, committed at once (the turn's first) or with the rest of its turn. */
  write(write: Write): void {
    const isFirst = !this.inTurn && this.pending.length === 0 && !this.db.inTransaction;
    if (!isFirst) this.open();
    // The turn's end is scheduled before the write runs: a refused write may leave a transaction open.
    if (!this.inTurn) {
      this.inTurn = true;
      setImmediate(() => this.endTurn());
    }
    write();
    if (!isFirst) this.pending.push(write);
  }

  /** Commits every write made so far; throws (keeping them for a later try) if the disk refuses. */
  commit(): void {
    if (this.pending.length === 0 && !this.db.inTransaction) return;
    this.open();
    try {
      this.commitStatement.run();
    } catch (error) {
      if (this.db.inTransaction) this.rollback.run();
      throw error;
    }
    this.pending = [];
  }

  /**
   * Outside a transaction (the second write of a turn, or after a rollback on an I/O error), begins
   * one and makes again, in order, the writes that were not committed.
   */
  private open(): void {
    if (this.db.inTransaction) return;
    this.begin.run();
    try {
      for (const write of this.pending) write();
    } catch (error) {
      this.rollback.run();
      throw error;
    }
  }

  private endTurn(): void {
    this.inTurn = false;
    this.commitOrRetry();
  }

  private commitOrRetry(): void {
    if (!this.db.open) return; // closed meanwhile: close() committed (or reported) everything
    try {
      this.commit();
    } catch (error) {
      this.log(`match store: could not commit ${this.pending.length} write(s), retrying in ${RETRY_MS} ms`, error);
      this.retry ??= setTimeout(() => {
        this.retry = null;
        this.commitOrRetry();
      }, RETRY_MS).unref();
    }
  }
}
