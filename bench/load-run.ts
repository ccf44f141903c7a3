/**
 * One load run against one server: set up M tables (the first few one join at a time, to time an
 * uncontended join; the rest with 50 joins in flight), let them sit connected for a moment (idle
 * cost), start every match, warm up, then measure for T seconds: moves answered per second, the
 * move → update latency, the server's CPU and memory, and everything that went wrong.
 */
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { coreMeter, cpuMeter, rssKb } from './proc-stats.ts';
import { BenchTable, type Pace } from './load-match.ts';
import type { Target } from './load-links.ts';
import type { ProbeReading } from './server-probe.ts';
import { Recorder, summarize } from './load-stats.ts';

export type RunOptions = Readonly<{
  matches: number;
  spectators: number;
  seconds: number;
  pace: Pace;
  rounds: number;
  warmupSeconds: number;
  startSpreadSeconds: number;
  idleSeconds: number;
  joinConcurrency: number;
  /** Tables set up one join at a time before the ramp, to time uncontended joins. */
  serialTables: number;
  /** The server's pid, to read its CPU and memory; null when it runs elsewhere (--url). */
  serverPid: number | null;
  /** Reads the server's event-loop delay and GC pauses since the last call (null: not available). */
  probe: () => Promise<ProbeReading | null>;
  /** The cores the server and this load generator are pinned to (to see who else used them). */
  cores: Readonly<{ server: number; load: number }> | null;
  log: (line: string) => void;
}>;

export type Figures = {
  target: Target['kind'];
  matches: number;
  spectators: number;
  clients: number;
  pace: Pace;
  seconds: number;
  actionsPerSec: number;
  latencyMs: { p50: number | null; p95: number | null; p99: number | null; max: number | null };
  serverCpuPct: number | null;
  serverIdleCpuPct: number | null;
  serverRssMb: number | null;
  rssPerMatchKb: number | null;
  /** The same for the JS heap in use (less noisy than RSS, which keeps freed pages). */
  heapPerMatchKb: number | null;
  joinMs: { p50: number | null; p99: number | null };
  /** Null when every table joined one at a time (M ≤ --serial-tables). */
  joinsPerSec: number | null;
  joinUnderLoadMs: { p50: number | null; p99: number | null };
  /** CPU of the server and of this load generator during the ramp (% of one core each). */
  joinCpuPct: { server: number | null; loadGenerator: number } | null;
  errors: number;
  loadGeneratorCpuPct: number;
  /** How late the load generator's own event loop ran: when high, latencies include its queueing. */
  loadGeneratorLagMs: { p50: number; p99: number; max: number };
  /** The load generator's longest GC pause in the window. */
  loadGeneratorGcMaxMs: number;
  /** Server CPU per answered move (ms): comparable between runs even when the server is saturated. */
  serverCpuMsPerAction: number | null;
  /** Other processes' share of our two cores during the window, and the server core's disk wait (%). */
  othersOnOurCores: { serverCorePct: number; loadCorePct: number; serverCoreIowaitPct: number } | null;
  /** The server's own event-loop delay and garbage-collection pauses during the window. */
  serverLoop: ProbeReading | null;
  details: Record<string, unknown>;
};

const JOIN_TIMEOUT_MS = 60_000;
const LAG_RESOLUTION_MS = 10;
const round1 = (v: number) => Math.round(v * 10) / 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A counting semaphore: at most `n` joins in flight. */
export function slots(n: number): () => Promise<() => void> {
  let free = n;
  const queue: (() => void)[] = [];
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else free += 1;
  };
  return async () => {
    if (free > 0) free -= 1;
    else await new Promise<void>((resolve) => queue.push(resolve));
    return release;
  };
}

/** Spreads S spectators over M tables as evenly as possible. */
const spectatorsAt = (i: number, o: RunOptions) => Math.floor(o.spectators / o.matches) + (i < o.spectators % o.matches ? 1 : 0);

/** The server and load generator readings of the measurement window. */
type Window = {
  elapsed: number; serverCpuPct: number | null; rssKb: number | null; loadCpuPct: number; lagP50: number; lagP99: number; lagMax: number; gcMaxMs: number;
  others: Figures['othersOnOurCores'];
  probe: ProbeReading | null;
};

export async function runLoad(target: Target, o: RunOptions): Promise<Figures> {
  const recorder = new Recorder();
  let running = true;
  const ctx = { target, recorder, pace: o.pace, rounds: o.rounds, joinTimeoutMs: JOIN_TIMEOUT_MS, isRunning: () => running };
  const joinSlot = slots(o.joinConcurrency);
  const tables = Array.from({ length: o.matches }, (_, i) => new BenchTable(i, spectatorsAt(i, o), { ...ctx, joinSlot }));
  const idleRss = o.serverPid === null ? null : rssKb(o.serverPid);
  const idleHeapMb = (await o.probe())?.memoryMb.heapUsed ?? null;

  const ready = await rampUp(tables, o, recorder);
  const idleCpu = o.serverPid === null ? null : cpuMeter(o.serverPid);
  await sleep(o.idleSeconds * 1000);
  const serverIdleCpuPct = idleCpu?.read() ?? null;
  o.log(`${target.kind}: ${ready.length} tables seated; starting matches`);
  const spreadMs = o.startSpreadSeconds * 1000;
  const starts = await Promise.allSettled(ready.map((t, i) => sleep(spreadMs * ((i * 0.618_033_988_7) % 1)).then(() => t.start())));
  recorder.failedJoins += starts.filter((s) => s.status === 'rejected').length;
  await sleep(o.warmupSeconds * 1000);

  o.log(`${target.kind}: measuring for ${o.seconds} s`);
  const window = await measureWindow(o, recorder);
  running = false;
  await tearDown(tables);
  return figuresOf(target, o, recorder, window, { idleRss, idleHeapMb, serverIdleCpuPct });
}

/** T seconds in which every answered move counts, with the server's and our own CPU around them. */
async function measureWindow(o: RunOptions, recorder: Recorder): Promise<Window> {
  const cpu = o.serverPid === null ? null : cpuMeter(o.serverPid);
  const cores = o.cores ? { server: coreMeter(o.cores.server), load: coreMeter(o.cores.load) } : null;
  const loadCpu = process.cpuUsage();
  await o.probe(); // starts the server's own readings afresh
  const lag = monitorEventLoopDelay({ resolution: LAG_RESOLUTION_MS });
  lag.enable();
  // Our own GC pauses: a long one stalls every simulated client at once (then they all send together).
  let gcMaxMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMaxMs = Math.max(gcMaxMs, entry.duration);
  });
  gc.observe({ entryTypes: ['gc'] });
  const start = performance.now();
  recorder.windowStart = performance.now();
  recorder.measuring = true;
  await sleep(o.seconds * 1000);
  recorder.measuring = false;
  const elapsed = (performance.now() - start) / 1000;
  const serverCpuPct = cpu?.read() ?? null;
  const used = process.cpuUsage(loadCpu);
  lag.disable();
  gc.disconnect();
  const probe = await o.probe();
  const loadCpuPct = round1(((used.user + used.system) / 1000 / (elapsed * 1000)) * 100);
  const [serverCore, loadCore] = [cores?.server.read() ?? null, cores?.load.read() ?? null];
  const others = serverCore && loadCore && serverCpuPct !== null
    ? { serverCorePct: round1(Math.max(0, serverCore.busyPct - serverCpuPct)), loadCorePct: round1(Math.max(0, loadCore.busyPct - loadCpuPct)), serverCoreIowaitPct: serverCore.iowaitPct }
    : null;
  return {
    elapsed, serverCpuPct, rssKb: o.serverPid === null ? null : rssKb(o.serverPid), loadCpuPct,
    // The histogram holds whole timer intervals: the excess over the interval is the lag.
    lagP50: round1(Math.max(0, lag.percentile(50) / 1e6 - LAG_RESOLUTION_MS)),
    lagP99: round1(Math.max(0, lag.percentile(99) / 1e6 - LAG_RESOLUTION_MS)),
    lagMax: round1(Math.max(0, lag.max / 1e6 - LAG_RESOLUTION_MS)),
    gcMaxMs: round1(gcMaxMs),
    others, probe,
  };
}

type Idle = { idleRss: number | null; idleHeapMb: number | null; serverIdleCpuPct: number | null };

function figuresOf(target: Target, o: RunOptions, r: Recorder, w: Window, idle: Idle): Figures {
  const heapNow = w.probe?.memoryMb.heapUsed ?? null;
  const latency = summarize(r.latencies);
  const serial = summarize(r.serialJoins);
  const loaded = summarize(r.joins);
  return {
    target: target.kind, matches: o.matches, spectators: o.spectators, clients: o.matches * 4 + o.spectators, pace: o.pace,
    seconds: round1(w.elapsed),
    actionsPerSec: round1(r.answered / w.elapsed),
    latencyMs: { p50: latency.p50, p95: latency.p95, p99: latency.p99, max: latency.max },
    serverCpuPct: w.serverCpuPct,
    serverIdleCpuPct: idle.serverIdleCpuPct,
    serverRssMb: w.rssKb === null ? null : round1(w.rssKb / 1024),
    rssPerMatchKb: w.rssKb === null || idle.idleRss === null ? null : round1((w.rssKb - idle.idleRss) / o.matches),
    heapPerMatchKb: heapNow === null || idle.idleHeapMb === null ? null : round1(((heapNow - idle.idleHeapMb) * 1024) / o.matches),
    joinMs: { p50: serial.p50, p99: serial.p99 },
    joinsPerSec: r.joins.length > 0 ? round1(r.joinsPerSec) : null,
    joinUnderLoadMs: { p50: loaded.p50, p99: loaded.p99 },
    joinCpuPct: r.joinCpuPct,
    errors: r.failedJoins + r.drops + r.unanswered,
    loadGeneratorCpuPct: w.loadCpuPct,
    loadGeneratorLagMs: { p50: w.lagP50, p99: w.lagP99, max: w.lagMax },
    loadGeneratorGcMaxMs: w.gcMaxMs,
    serverCpuMsPerAction: w.serverCpuPct === null || r.answered === 0 ? null : Math.round(((w.serverCpuPct * 10) / (r.answered / w.elapsed)) * 1000) / 1000,
    othersOnOurCores: w.others,
    serverLoop: w.probe,
    details: {
      sent: r.sent, answered: r.answered, refused: Object.fromEntries(r.refusals), unanswered: r.unanswered,
      failedJoins: r.failedJoins, drops: r.drops, dropCodes: Object.fromEntries(r.dropCodes), idleTicks: r.skippedTicks,
      matchesRestarted: r.matchesRestarted, latencySamples: latency.n, rejoins: r.rejoins.length,
      serverIdleRssMb: idle.idleRss === null ? null : round1(idle.idleRss / 1024),
      latencyByType: r.byType(),
      slowAnswersBySecond: Object.fromEntries([...r.slowBySecond].sort((a, b) => a[0] - b[0])),
    },
  };
}

/** Seats every table; returns those that made it (the others count as failed joins). */
async function rampUp(tables: BenchTable[], o: RunOptions, recorder: Recorder): Promise<BenchTable[]> {
  const ready: BenchTable[] = [];
  const serialCount = Math.min(o.serialTables, tables.length);
  for (const table of tables.slice(0, serialCount)) {
    // One at a time: each join waits for the previous one (uncontended join latency).
    await setUpOrCount(table, recorder.serialJoins, recorder, ready, true);
  }
  const started = performance.now();
  const serverCpu = o.serverPid === null ? null : cpuMeter(o.serverPid);
  const ownCpu = process.cpuUsage();
  await Promise.all(tables.slice(serialCount).map((t) => setUpOrCount(t, recorder.joins, recorder, ready, false)));
  const seconds = (performance.now() - started) / 1000;
  const own = process.cpuUsage(ownCpu);
  recorder.joinCpuPct = { server: serverCpu?.read() ?? null, loadGenerator: round1((own.user + own.system) / 10 / (seconds * 1000)) };
  recorder.joinsPerSec = recorder.joins.length > 0 ? recorder.joins.length / seconds : 0;
  o.log(`joins: ${recorder.serialJoins.length} one at a time, then ${recorder.joins.length} in ${seconds.toFixed(1)} s with ${o.joinConcurrency} in flight`);
  return ready;
}

async function setUpOrCount(table: BenchTable, joins: number[], recorder: Recorder, ready: BenchTable[], oneAtATime: boolean): Promise<void> {
  try {
    await table.setUp(joins, oneAtATime);
    ready.push(table);
  } catch (error) {
    recorder.failedJoins += 1;
    if (recorder.failedJoins <= 3) console.error(`table ${table.index} could not be set up:`, (error as Error).message);
    await table.tearDown().catch(() => undefined);
  }
}

async function tearDown(tables: BenchTable[]): Promise<void> {
  const leave = slots(200);
  await Promise.all(tables.map(async (t) => {
    const release = await leave();
    try {
      await t.tearDown();
    } finally {
      release();
    }
  }));
}
