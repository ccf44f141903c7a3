/**
 * Per-move cost of the server's hot path without the network: replays recorded bot matches and, for
 * every accepted command, runs `reduce` and publishes to a table of 4 seats and 1 spectator the way
 * a match room does (views, patches, events, message encoding per client). Prints µs per move for
 * each stage, the figure the load target budgets at 150 µs (performance.md: 4,000 moves/s ≤ 60%).
 * Run: node --import tsx bench/publish.bench.ts [--games N] [--json]
 */
import { performance } from 'node:perf_hooks';
import { runMatch } from '../shared/sim/run-match.ts';
import { createGame, reduce, ROLES, type Command, type GameState } from '../shared/rules/index.ts';
import { ViewSync } from '../server/src/sync/view-sync.ts';
import type { MatchClient } from '../server/src/rooms/match-client.ts';

const args = process.argv.slice(2);
const games = Number(args[args.indexOf('--games') + 1] || 20);
const json = args.includes('--json');

type Recorded = { initial: GameState; commands: readonly Command[] };

function record(seed: number): Recorded {
  const run = runMatch({ seed, shareForecasts: true });
  return { initial: createGame(run.config, run.seed), commands: run.commands };
}

let bytesSent = 0;
let framesSent = 0;
function fakeClient(sessionId: string): MatchClient {
  return {
    sessionId,
    enqueueRaw(bytes: Uint8Array) {
      bytesSent += bytes.length;
      framesSent++;
    },
  } as unknown as MatchClient;
}

const recorded = Array.from({ length: games }, (_, i) => record(1000 + i));
const moves = recorded.reduce((n, r) => n + r.commands.length, 0);

function timeReduce(): number {
  const t0 = performance.now();
  for (const r of recorded) {
    let s = r.initial;
    for (const c of r.commands) {
      const res = reduce(s, c);
      if (!res.ok) throw new Error('replay refused a recorded command');
      s = res.state;
    }
  }
  return ((performance.now() - t0) * 1000) / moves;
}

function timePublish(): number {
  let total = 0;
  for (const r of recorded) {
    const schedule = (run: () => void) => { run(); return { clear() {} }; };
    const sync = new ViewSync(r.initial, 0, schedule, () => 0);
    ROLES.forEach((role, i) => sync.subscribe(fakeClient(`s${i}`), role));
    sync.subscribe(fakeClient('spec'), 'spectator');
    let s = r.initial;
    const states: { state: GameState; events: Parameters<ViewSync['publish']>[1] }[] = [];
    for (const c of r.commands) {
      const res = reduce(s, c);
      if (!res.ok) throw new Error('replay refused a recorded command');
      s = res.state;
      states.push({ state: s, events: res.events });
    }
    const t0 = performance.now();
    for (const { state, events } of states) sync.publish(state, events);
    total += performance.now() - t0;
  }
  return (total * 1000) / moves;
}

const rounds = 5;
const reduceUs: number[] = [];
const publishUs: number[] = [];
for (let i = 0; i < rounds; i++) {
  reduceUs.push(timeReduce());
  bytesSent = 0;
  framesSent = 0;
  publishUs.push(timePublish());
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const result = {
  games, moves,
  reduceMicros: +median(reduceUs).toFixed(1),
  publishMicros: +median(publishUs).toFixed(1),
  bytesPerMove: Math.round(bytesSent / moves),
  framesPerMove: +(framesSent / moves).toFixed(2),
};
if (json) console.log(JSON.stringify(result));
else console.table(result);
