/**
 * Heap census: what one match (4 players + 1 spectator, playing) costs in server memory, and who
 * keeps it. Starts our server, snapshots its heap before any table, seats M tables with the load
 * benchmark's own clients, plays for a few seconds, snapshots again, and prints the difference per
 * match by class, by owner (dominator tree) and by field; then does the same on the bare `ws` baseline.
 *   node --import tsx bench/heap-census.ts [--matches 300] [--seconds 12] [--pace realistic|saturate]
 *                                          [--only colyseus|bare] [--keep]
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { censusOf, printCensus } from './heap-census-report.ts';
import { bareTarget, colyseusTarget } from './load-links.ts';
import { BenchTable, type Pace } from './load-match.ts';
import { Recorder } from './load-stats.ts';
import { slots } from './load-run.ts';
import { rssKb } from './proc-stats.ts';
import type { ProbeReading } from './server-probe.ts';
import { startServerProcess, type ServerKind, type ServerProcess } from './server-process.ts';

/** As in bench/load.ts: four people at every table, so the server's bots never take a seat. */
const SERVER_ENV = { IDLE_WARN_PHASES: '1000000', IDLE_BOT_PHASES: '1000000', BOT_DELAY_MS: '3600000' };
/** Default action "ignore": if the handler were missing, the signal would do nothing. */
const SNAPSHOT_SIGNAL = 'SIGURG';
const JOINS_IN_FLIGHT = 50;
const JOIN_TIMEOUT_MS = 60_000;
const SNAPSHOT_TIMEOUT_MS = 120_000;

type Options = { matches: number; seconds: number; only: ServerKind | null; keep: boolean; rounds: number; pace: Pace };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const say = (line: string) => console.log(line);

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { matches: 300, seconds: 12, only: null, keep: false, rounds: 12, pace: 'realistic' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--matches' || flag === '--seconds' || flag === '--rounds') {
      const n = Number(value);
      if (!Number.isFinite(n) || n < 1) throw new Error(`${flag} needs a positive number`);
      o[flag.slice(2) as 'matches' | 'seconds' | 'rounds'] = n;
      i++;
    } else if (flag === '--only' && (value === 'colyseus' || value === 'bare')) {
      o.only = value;
      i++;
    } else if (flag === '--pace' && (value === 'realistic' || value === 'saturate')) {
      o.pace = value;
      i++;
    } else if (flag === '--keep') o.keep = true;
    else throw new Error(`unknown option ${flag}\nusage: node --import tsx bench/heap-census.ts [--matches 300] [--seconds 12] [--pace realistic|saturate] [--only colyseus|bare] [--keep]`);
  }
  return o;
}

type Snapshot = { file: string; rssKb: number; memory: ProbeReading['memoryMb'] | null };

/** Has the server write a heap snapshot (after a full GC) and waits until it is complete. */
async function snapshot(server: ServerProcess, dir: string): Promise<Snapshot> {
  const before = new Set(readdirSync(dir));
  const rss = rssKb(server.pid); // before the snapshot, whose writing takes memory of its own
  process.kill(server.pid, SNAPSHOT_SIGNAL);
  const deadline = Date.now() + SNAPSHOT_TIMEOUT_MS;
  let file: string | undefined;
  while (!file) {
    if (Date.now() > deadline) throw new Error('the server wrote no heap snapshot');
    await sleep(50);
    file = readdirSync(dir).find((f) => f.endsWith('.heapsnapshot') && !before.has(f));
  }
  // Writing is synchronous: the probe answers only once the snapshot is complete.
  const reading = await server.probe();
  return { file: path.join(dir, file), rssKb: rss, memory: reading?.memoryMb ?? null };
}

/** Seats M tables of 4 players + 1 spectator, starts them all, and lets them play for a while. */
async function play(server: ServerProcess, kind: ServerKind, o: Options): Promise<BenchTable[]> {
  const recorder = new Recorder();
  let running = true;
  const target = kind === 'colyseus' ? colyseusTarget(server.url) : bareTarget(server.url);
  const ctx = { target, recorder, pace: o.pace, rounds: o.rounds, joinTimeoutMs: JOIN_TIMEOUT_MS, joinSlot: slots(JOINS_IN_FLIGHT), isRunning: () => running };
  const tables = Array.from({ length: o.matches }, (_, i) => new BenchTable(i, 1, ctx));
  await Promise.all(tables.map((t) => t.setUp([])));
  await Promise.all(tables.map((t) => t.start()));
  await sleep(o.seconds * 1000);
  running = false;
  await sleep(1000); // answers still in flight
  const rounds = tables.map((t) => t.players[0].view?.round ?? 0).sort((a, b) => a - b);
  say(`${kind}: ${o.matches} tables played ${o.seconds} s; round reached min/median/max ${rounds[0]}/${rounds[rounds.length >> 1]}/${rounds[rounds.length - 1]}; ` +
    `failed joins ${recorder.failedJoins}, drops ${recorder.drops}`);
  return tables;
}

async function tearDown(tables: readonly BenchTable[]): Promise<void> {
  const leave = slots(200);
  await Promise.all(tables.map(async (t) => {
    const release = await leave();
    await t.tearDown().finally(release);
  }));
}

const perMatch = (after: number, before: number, matches: number) => ((after - before) / matches).toFixed(1);

async function censusFor(kind: ServerKind, o: Options): Promise<Summary> {
  const dir = mkdtempSync(path.join(tmpdir(), `neo-terra-heap-${kind}-`));
  const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --heapsnapshot-signal=${SNAPSHOT_SIGNAL} --diagnostic-dir=${dir}`.trim();
  const server = await startServerProcess(kind, { core: 0, profile: false, env: { ...(kind === 'colyseus' ? SERVER_ENV : {}), NODE_OPTIONS: nodeOptions } });
  let idle: Snapshot;
  let loaded: Snapshot;
  try {
    await sleep(500);
    idle = await snapshot(server, dir);
    const tables = await play(server, kind, o);
    loaded = await snapshot(server, dir);
    await tearDown(tables);
  } finally {
    await server.stop();
  }
  const m = o.matches;
  const [a, b] = [loaded.memory, idle.memory];
  // RSS is left out: writing a snapshot takes memory of its own that the process keeps (see bench:load for RSS).
  const heapKb = a && b ? Number(perMatch(a.heapUsed * 1024, b.heapUsed * 1024, m)) : null;
  const buffersKb = a && b ? Number(perMatch(a.arrayBuffers * 1024, b.arrayBuffers * 1024, m)) : null;
  say(`${kind}: after a full GC, per match: heapUsed +${heapKb} KB, arrayBuffers +${buffersKb} KB (RSS before the snapshots: +${perMatch(loaded.rssKb, idle.rssKb, m)} KB)`);
  const started = performance.now();
  const before = censusOf(idle.file);
  const after = censusOf(loaded.file);
  say(`${kind}: parsed two snapshots in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  printCensus(before, after, m, say);
  if (o.keep) say(`${kind}: snapshots kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  return { kind, heapKb, buffersKb, snapshotKb: Math.round((after.self - before.self) / 1024 / m * 10) / 10 };
}

type Summary = { kind: ServerKind; heapKb: number | null; buffersKb: number | null; snapshotKb: number };

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const summaries: Summary[] = [];
  for (const kind of ['colyseus', 'bare'] as const) {
    if (o.only && o.only !== kind) continue;
    summaries.push(await censusFor(kind, o));
    say('');
  }
  say('live memory per match (KB):   snapshot  heapUsed  arrayBuffers');
  for (const r of summaries) say(`  ${r.kind.padEnd(26)} ${String(r.snapshotKb).padStart(8)} ${String(r.heapKb).padStart(9)} ${String(r.buffersKb).padStart(13)}`);
  const [ours, bare] = [summaries.find((r) => r.kind === 'colyseus'), summaries.find((r) => r.kind === 'bare')];
  if (ours && bare) say(`  ours − bare                ${(ours.snapshotKb - bare.snapshotKb).toFixed(1).padStart(8)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
