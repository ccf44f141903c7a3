/**
 * The ordered write queue behind the PostgreSQL match store. A room logs a move and goes on at
 * once; the queue writes moves to the database in the order they were made, many at a time
 * (whatever piled up during the previous round trip goes in one transaction: group commit).
 * `flush()` waits until everything queued so far is durable, and reports writes that failed.
 */
import type pg from 'pg';
import { insertCommands } from './postgres-schema.ts';

/** A statement, or one command of a match's log (consecutive ones are merged into one insert). */
export type Write = Readonly<{ text: string; values: unknown[] }> | Readonly<{ command: [string, number, string] }>;

type Queued = { write: Write; index: number };
type Waiter = { upTo: number; resolve: () => void };

/** Enough to amortise a round trip, small enough to stay under PostgreSQL's 65,535 parameters. */
const MAX_BATCH = 1000;
/** Connection trouble is retried with growing pauses for this long before writes are given up. */
const RETRY_FOR_MS = 30_000;
const FIRST_RETRY_MS = 50;
const MAX_RETRY_MS = 2000;

/** SQLSTATE classes that mean "this statement is wrong", not "the database is unreachable". */
const STATEMENT_ERRORS = ['22', '23', '42'];

export class WriteFailure extends Error {
  constructor(readonly failures: readonly Error[]) {
    super(`${failures.length} match store write(s) failed: ${failures[0]?.message}`);
    this.name = 'WriteFailure';
  }
}

export class PostgresWriteQueue {
  private queue: Queued[] = [];
  private enqueued = 0;
  private written = 0;
  private running: Promise<void> | null = null;
  private failures: { index: number; error: Error }[] = [];
  private waiters: Waiter[] = [];

  constructor(private readonly pool: pg.Pool, private readonly log: (message: string, error: unknown) => void) {}

  push(write: Write): void {
    this.enqueued += 1;
    this.queue.push({ write, index: this.enqueued });
    this.running ??= this.drain();
  }

  /** Number of writes accepted but not yet durable. */
  get backlog(): number {
    return this.enqueued - this.written;
  }

  /** Resolves when every write queued so far is durable; rejects with those of them that failed. */
  async flush(): Promise<void> {
    const upTo = this.enqueued;
    await this.settled(upTo);
    const failed = this.failures.filter((f) => f.index <= upTo);
    if (failed.length === 0) return;
    this.failures = this.failures.filter((f) => f.index > upTo);
    throw new WriteFailure(failed.map((f) => f.error));
  }

  /** Resolves when every write queued so far has been attempted, whatever the outcome. */
  settled(upTo = this.enqueued): Promise<void> {
    if (this.written >= upTo) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ upTo, resolve }));
  }

  private async drain(): Promise<void> {
    // Let the rest of the current tick queue its writes, so they share the first round trip.
    await Promise.resolve();
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      await this.writeBatch(batch);
      this.written = batch[batch.length - 1].index;
      const ready = this.waiters.filter((w) => w.upTo <= this.written);
      this.waiters = this.waiters.filter((w) => w.upTo > this.written);
      for (const w of ready) w.resolve();
    }
    this.running = null;
  }

  private async writeBatch(batch: readonly Queued[]): Promise<void> {
    let pause = FIRST_RETRY_MS;
    const giveUpAt = Date.now() + RETRY_FOR_MS;
    for (;;) {
      try {
        await this.inTransaction(statements(batch.map((q) => q.write)));
        return;
      } catch (error) {
        if (isStatementError(error) || Date.now() >= giveUpAt) break;
        this.log(`match store: database unreachable, retrying in ${pause} ms`, error);
        await new Promise((resolve) => setTimeout(resolve, pause));
        pause = Math.min(pause * 2, MAX_RETRY_MS);
      }
    }
    // One bad write must not take the others of its batch down with it: write them one by one.
    for (const q of batch) await this.writeAlone(q);
  }

  private async writeAlone(q: Queued): Promise<void> {
    try {
      for (const s of statements([q.write])) await this.pool.query(s.text, s.values);
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      this.failures.push({ index: q.index, error: failure });
      this.log('match store: a write failed and was dropped', failure);
    }
  }

  private async inTransaction(list: readonly { text: string; values: unknown[] }[]): Promise<void> {
    if (list.length === 1) {
      await this.pool.query(list[0].text, list[0].values);
      return;
    }
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      for (const s of list) await client.query(s.text, s.values);
      await client.query('COMMIT');
      client.release();
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      // A broken connection must not go back to the pool.
      client.release(isStatementError(error) ? undefined : true);
      throw error;
    }
  }
}

/** Turns queued writes into statements, merging each run of consecutive commands into one insert. */
function statements(writes: readonly Write[]): { text: string; values: unknown[] }[] {
  const out: { text: string; values: unknown[] }[] = [];
  let run: unknown[] = [];
  const closeRun = () => {
    if (run.length > 0) out.push({ text: insertCommands(run.length / 3), values: run });
    run = [];
  };
  for (const w of writes) {
    if ('command' in w) run.push(...w.command);
    else {
      closeRun();
      out.push({ text: w.text, values: w.values });
    }
  }
  closeRun();
  return out;
}

function isStatementError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && STATEMENT_ERRORS.includes(code.slice(0, 2));
}
