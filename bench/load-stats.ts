/**
 * The load benchmark's arithmetic: percentiles of latency samples and the counters a run keeps
 * (actions answered, refusals by reason, drops, joins). Only samples taken inside the measurement
 * window count, so the ramp-up and the warm-up do not blur the steady state.
 */

/** The p-th percentile (0–100) by nearest rank; null when there are no samples. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export type Percentiles = { p50: number | null; p95: number | null; p99: number | null; max: number | null; n: number };

export function summarize(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.length ? sorted[sorted.length - 1] : null),
    n: sorted.length,
  };
}

/** What the simulated clients observed during one run. */
/** An answer slower than this counts as slow in `slowBySecond`. */
export const SLOW_MS = 100;

export class Recorder {
  measuring = false;
  readonly latencies: number[] = [];
  /** Joins timed one at a time (uncontended), then those of the ramp (many in flight). */
  readonly serialJoins: number[] = [];
  readonly joins: number[] = [];
  /** Joins of matches started again after one ended during the run. */
  readonly rejoins: number[] = [];
  joinsPerSec = 0;
  /** Server and load generator CPU (% of their core) while the ramp's joins were in flight: who limits the rate. */
  joinCpuPct: { server: number | null; loadGenerator: number } | null = null;
  readonly refusals = new Map<string, number>();
  answered = 0;
  sent = 0;
  unanswered = 0;
  drops = 0;
  failedJoins = 0;
  skippedTicks = 0;
  matchesRestarted = 0;
  readonly dropCodes = new Map<string, number>();

  /** When the window started (performance.now()), to place slow answers in time. */
  windowStart = 0;
  /** Answers slower than SLOW_MS by the second of the window their move was sent in: bursts or a steady tail? */
  readonly slowBySecond = new Map<number, number>();

  /** Latencies by intent type, to see which moves are slow. */
  readonly latenciesByType = new Map<string, number[]>();

  /** An intent's effect reached its sender `ms` after it was sent. */
  answer(ms: number, sentInWindow: boolean, type: string): void {
    if (!sentInWindow) return;
    if (ms > SLOW_MS) {
      const second = Math.floor((performance.now() - ms - this.windowStart) / 1000);
      this.slowBySecond.set(second, (this.slowBySecond.get(second) ?? 0) + 1);
    }
    this.answered += 1;
    this.latencies.push(ms);
    const list = this.latenciesByType.get(type) ?? [];
    list.push(ms);
    this.latenciesByType.set(type, list);
  }

  /** p50/p99 (ms) and count of each intent type's latencies. */
  byType(): Record<string, { n: number; p50: number | null; p99: number | null }> {
    const out: Record<string, { n: number; p50: number | null; p99: number | null }> = {};
    for (const [type, list] of this.latenciesByType) {
      const { n, p50, p99 } = summarize(list);
      out[type] = { n, p50, p99 };
    }
    return out;
  }

  refuse(code: string, sentInWindow: boolean): void {
    if (sentInWindow) this.refusals.set(code, (this.refusals.get(code) ?? 0) + 1);
  }

  drop(code: number | string): void {
    this.drops += 1;
    const key = String(code);
    this.dropCodes.set(key, (this.dropCodes.get(key) ?? 0) + 1);
  }

  refusalCount(): number {
    let n = 0;
    for (const v of this.refusals.values()) n += v;
    return n;
  }
}
