/**
 * `npm run fuzz -- --messages N --seed S [--rooms R] [--engine] [--quiet]`
 *
 * Starts the real server in this process (SQLite in a temporary folder, short timers, quick bots),
 * puts R matches under fire from hostile clients (seated players, guests, spectators, raw-frame
 * senders) until N messages have been sent, audits every room, and prints a JSON summary:
 * {messages, crashes, unexplainedStateChanges, invariantViolations, roomsAlive, …}. Exits 1 when
 * anything went wrong. With --engine it fuzzes the engine alone (no server), which is faster.
 */
import './hardening/recording-socket.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fuzzEngine, hasProblems } from '@shared/fuzz/index.ts';
import { RecordingSocket } from './hardening/recording-socket.ts';
import { bootLocalServer, monitorCrashes } from './hardening/local-server.ts';
import { runLiveFuzz, type LiveFuzzSummary } from './hardening/live-fuzz.ts';

const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    rooms: { type: 'string', default: '8' },
    engine: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});
const messages = Number(values.messages);
const seed = Number(values.seed);
const rooms = Number(values.rooms);
if (!Number.isInteger(messages) || messages <= 0 || !Number.isInteger(seed) || !Number.isInteger(rooms) || rooms <= 0) {
  console.error('usage: npm run fuzz -- --messages N --seed S [--rooms R] [--engine]');
  process.exit(2);
}

function isClean(s: LiveFuzzSummary): boolean {
  return s.crashes === 0 && s.unexplainedStateChanges === 0 && s.invariantViolations === 0
    && s.unansweredContractFailures === 0 && s.roomsAlive === s.rooms;
}

async function live(): Promise<boolean> {
  RecordingSocket.record = false;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'neo-terra-fuzz-'));
  const monitor = monitorCrashes();
  const server = await bootLocalServer({ dataDir, timerScale: 0.1, botDelayMs: 30, reconnectGraceSec: 5 });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(130);
    });
  }
  try {
    const log = values.quiet ? undefined : (line: string) => process.stderr.write(`${line}\n`);
    const summary = await runLiveFuzz({ url: server.url, store: server.store, seed, messages, rooms, monitor, log });
    console.log(JSON.stringify(summary, null, 2));
    return isClean(summary);
  } finally {
    await server.stop();
    monitor.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function engine(): boolean {
  const started = Date.now();
  const report = fuzzEngine({ seed, messages });
  console.log(JSON.stringify({ ...report, durationMs: Date.now() - started }, null, 2));
  return !hasProblems(report);
}

const clean = values.engine ? engine() : await live();
process.exit(clean ? 0 : 1);
