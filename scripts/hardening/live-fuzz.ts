/**
 * Live fuzzing: several real matches on a real server, each with hostile seated players, a guest, a
 * spectator and a raw-frame sender, all sending seeded junk at once while server bots play the
 * other seats. Afterwards every room must still run (or have finished properly), every room's
 * state must equal the replay of its stored log with every change explained, no invariant may be
 * broken, no exception may escape, and every message that broke a contract must have been refused.
 */
import { emptyTally, makeRand, report, subSeed, type FuzzTally, type Rand } from '@shared/fuzz/index.ts';
import type { MatchStore } from '@server/store/match-store.ts';
import { HostileClient, type HostileKind } from './hostile-client.ts';
import { localTable, totalOf, type CrashMonitor } from './local-server.ts';
import { auditRoom, newLedger, type RoomLedger } from './room-audit.ts';
import { WireClient } from './wire-client.ts';

export type LiveFuzzOptions = Readonly<{
  url: string;
  store: MatchStore;
  seed: number;
  /** Messages (and raw frames) to send in all. */
  messages: number;
  /** Matches under fire at the same time; a finished one is replaced by a new one. */
  rooms: number;
  /** Each hostile client sends one message per tick (40 ms: 25 a second, under the 40/s flood limit). */
  tickMs?: number;
  rounds?: number;
  monitor?: CrashMonitor;
  log?: (line: string) => void;
}>;

export type LiveFuzzSummary = {
  seed: number;
  messages: number;
  garbageFrames: number;
  rooms: number;
  roomsAlive: number;
  roomsFinished: number;
  commandsLogged: number;
  crashes: number;
  unexplainedStateChanges: number;
  invariantViolations: number;
  unansweredContractFailures: number;
  serverErrorLogs: number;
  durationMs: number;
  messagesPerSecond: number;
  /** Per category: `contractRefused` broke its contract (each must come back invalidMessage/unknownMessage), `accepted` met it and went on to the room and the rules. */
  byCategory: FuzzTally['byCategory'];
  refusalCodes: Record<string, number>;
  examples: FuzzTally['examples'] & { serverErrorLogs: string[]; unanswered: string[] };
};

/** Short phase timers (seconds, before the server's test timer scale). */
const TIMERS = { briefing: 5, proposals: 10, negotiation: 15, vote: 8, actions: 8, resolution: 5 };
const KINDS: readonly HostileKind[] = ['seat', 'seat', 'guest', 'spectator', 'garbage'];

type RoomRun = { ledger: RoomLedger; clients: HostileClient[]; host: WireClient; rand: Rand };

async function openRoom(url: string, seed: number, rounds: number, tally: FuzzTally): Promise<RoomRun> {
  const rand = makeRand(seed);
  const host = await WireClient.create(url, { seed, rounds, bots: true, timers: TIMERS }, 'fuzz host');
  await host.until(() => host.welcome !== null && host.view !== null, 'host welcome');
  const ledger = newLedger(host.code, host.welcome!.matchId);
  const others = await Promise.all(KINDS.slice(1).map((kind, i) =>
    WireClient.join(url, host.code, kind === 'spectator' ? { spectate: true, name: 'Spec' } : { name: `fuzz ${i}` }, `fuzz ${kind}`)));
  const wires = [host, ...others];
  host.send('claimSeat', { role: 'chemist', name: 'Fuzz Host' });
  others[0].send('claimSeat', { role: 'engineer', name: 'Fuzz Two' });
  await host.until(() => host.welcome?.role === 'chemist', 'host seat');
  await others[0].until(() => others[0].welcome?.role === 'engineer', 'second seat');
  host.send('hostStart', {});
  ledger.hostStarts += 1;
  const clients = wires.map((w, i) => new HostileClient(w, KINDS[i], makeRand(subSeed(seed, i)), ledger, tally));
  return { ledger, clients, host, rand };
}

function isOver(run: RoomRun): boolean {
  return run.host.view?.phase === 'gameOver' || localTable(run.ledger.code) === null;
}

/** A raw-frame sender that was dropped comes back on a new connection (now and then). */
async function rejoin(url: string, run: RoomRun, client: HostileClient, tally: FuzzTally): Promise<void> {
  try {
    client.replace(await WireClient.join(url, run.ledger.code, { name: 'junk' }, 'fuzz garbage'));
  } catch (error) {
    report(tally, 'violations', `${run.ledger.code}: a dropped client could not rejoin (${(error as Error).message})`);
    client.dropped = true;
  }
}

/** Waits for a room's contract failures to be answered; returns how many were not (or were answered wrongly). */
async function checkAnswers(run: RoomRun, examples: string[]): Promise<number> {
  let unanswered = 0;
  const checked = run.clients.filter((c) => !c.dropped && c.kind !== 'garbage' && c.wire.open);
  await Promise.all(checked.map((c) => c.wire.until(() => c.contractAnswers >= c.contractFailures, 'contract answers', 5000).catch(() => undefined)));
  for (const client of checked) {
    if (client.contractAnswers !== client.contractFailures) {
      unanswered += Math.abs(client.contractFailures - client.contractAnswers);
      if (examples.length < 30) examples.push(`${client.wire.code} ${client.kind}: ${client.contractFailures} contract failures sent, ${client.contractAnswers} refused as such`);
    }
  }
  return unanswered;
}

/** Audits a room: replay, invariants, explanations; and whether it still answers a newcomer. */
type Closed = { alive: boolean; finished: boolean; commands: number; unanswered: number };

type Totals = { rooms: number; alive: number; finished: number; commands: number; unanswered: number; unansweredExamples: string[] };

async function closeRoom(url: string, store: MatchStore, run: RoomRun, tally: FuzzTally, codes: Record<string, number>, totals: Totals): Promise<Closed> {
  const unanswered = await checkAnswers(run, totals.unansweredExamples);
  for (const r of run.clients.flatMap((c) => c.wire.rejected)) codes[r.error.code] = (codes[r.error.code] ?? 0) + 1;
  const table = localTable(run.ledger.code);
  const audit = await auditRoom(store, run.ledger, table?.state ?? null);
  for (const v of audit.violations) report(tally, 'violations', v);
  for (const u of audit.unexplained) report(tally, 'unexplained', u);
  let alive = audit.finished;
  if (table && !alive) {
    const probe = await WireClient.join(url, run.ledger.code, { spectate: true, name: 'probe' }, 'probe').catch(() => null);
    alive = probe !== null && (await probe.until(() => probe.view !== null, 'probe view', 10_000).then(() => true, () => false));
    await probe?.leave();
  }
  if (!alive) report(tally, 'violations', `${run.ledger.code}: the room stopped answering`);
  await Promise.all(run.clients.map((c) => c.wire.leave()));
  return { alive, finished: audit.finished, commands: audit.commands, unanswered };
}

type Run = {
  options: LiveFuzzOptions;
  tally: FuzzTally;
  totals: Totals;
  codes: Record<string, number>;
  closing: Promise<void>[];
  open: () => Promise<RoomRun>;
};

/** Audits a room in the background, adding its figures to the totals. */
function finish(run: Run, room: RoomRun): void {
  run.closing.push(closeRoom(run.options.url, run.options.store, room, run.tally, run.codes, run.totals).then((r) => {
    run.totals.alive += r.alive ? 1 : 0;
    run.totals.finished += r.finished ? 1 : 0;
    run.totals.commands += r.commands;
    run.totals.unanswered += r.unanswered;
  }));
}

/** One message from every hostile client of every room; dropped raw-frame senders come back now and then. */
function tick(run: Run, rooms: readonly RoomRun[]): void {
  for (const room of rooms) {
    for (const client of room.clients) {
      if (client.step() || client.kind !== 'garbage' || client.rejoining || !room.rand.chance(0.2)) continue;
      client.rejoining = true;
      void rejoin(run.options.url, room, client, run.tally).finally(() => (client.rejoining = false));
    }
  }
}

/** Finished matches are audited and replaced by fresh ones, so the fire never stops. */
async function replaceFinished(run: Run, rooms: RoomRun[]): Promise<RoomRun[]> {
  const over = rooms.filter(isOver);
  if (over.length === 0) return rooms;
  over.forEach((room) => finish(run, room));
  const fresh = await Promise.all(over.map(run.open));
  run.totals.rooms += fresh.length;
  run.options.log?.(`${run.tally.messages} messages sent, ${run.totals.rooms} rooms opened`);
  return [...rooms.filter((r) => !over.includes(r)), ...fresh];
}

export async function runLiveFuzz(options: LiveFuzzOptions): Promise<LiveFuzzSummary> {
  const started = Date.now();
  const tally = emptyTally();
  let opened = 0;
  const open = () => openRoom(options.url, subSeed(options.seed, 1000 + opened++) >>> 1, options.rounds ?? 4, tally);
  let rooms = await Promise.all(Array.from({ length: options.rooms }, open));
  const run: Run = {
    options, tally, codes: {}, closing: [], open,
    totals: { rooms: rooms.length, alive: 0, finished: 0, commands: 0, unanswered: 0, unansweredExamples: [] },
  };
  while (tally.messages < options.messages) {
    tick(run, rooms);
    rooms = await replaceFinished(run, rooms);
    await new Promise((resolve) => setTimeout(resolve, options.tickMs ?? 40));
  }
  rooms.forEach((room) => finish(run, room));
  await Promise.all(run.closing);
  return summarise(options, tally, run.totals, Date.now() - started, run.codes);
}

function summarise(
  options: LiveFuzzOptions, tally: FuzzTally, totals: Totals,
  durationMs: number, refusalCodes: Record<string, number>,
): LiveFuzzSummary {
  const crashes = options.monitor ? totalOf(options.monitor.crashes) : 0;
  const logs = options.monitor?.errorLogs ?? [];
  return {
    seed: options.seed,
    messages: tally.messages,
    garbageFrames: tally.byCategory.garbageFrame?.sent ?? 0,
    rooms: totals.rooms,
    roomsAlive: totals.alive,
    roomsFinished: totals.finished,
    commandsLogged: totals.commands,
    crashes: crashes + tally.counts.crashes,
    unexplainedStateChanges: tally.counts.unexplained,
    invariantViolations: tally.counts.violations,
    unansweredContractFailures: totals.unanswered,
    serverErrorLogs: totalOf(logs),
    durationMs,
    messagesPerSecond: Math.round((tally.messages / durationMs) * 1000),
    byCategory: tally.byCategory,
    refusalCodes,
    examples: { ...tally.examples, crashes: [...(options.monitor?.crashes ?? []), ...tally.examples.crashes], serverErrorLogs: [...logs], unanswered: totals.unansweredExamples },
  };
}
