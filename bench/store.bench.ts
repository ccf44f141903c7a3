/**
 * Match-log benchmark: what logging one accepted move costs the server, in µs of CPU (and of wall
 * time, which includes the disk) per move. Many matches play at once, as on a loaded server: every
 * event-loop turn logs K moves of randomly chosen matches, then yields; matches that end are
 * finished and replaced, so the file grows as a real one does. The moves are real bot matches'
 * (`runMatch`). The cost of the loop itself (a store that does nothing) is subtracted. Measures the
 * store as the server runs it (one commit per write) and with the opt-in group commit.
 * Run: npm run bench:store -- [--matches 1000] [--moves 30000] [--per-turn 1,4,16,64] [--repeats 3] [--json]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runMatch } from '../shared/sim/run-match.ts';
import { makeSampler } from '../shared/random/rng.ts';
import type { Command } from '../shared/rules/index.ts';
import type { MatchStore, NewMatch } from '../server/src/store/match-store.ts';
import { openSqliteMatchStore } from '../server/src/store/sqlite-match-store.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const MATCHES = Number(option('--matches', '1000'));
const MOVES = Number(option('--moves', '30000'));
const WARMUP = Number(option('--warmup', '10000'));
const GAMES = Number(option('--games', '4'));
const REPEATS = Number(option('--repeats', '3'));
const PER_TURN = option('--per-turn', '1,4,16,64').split(',').map(Number);
const JSON_OUT = args.includes('--json');

/** The ways of committing the store offers; each is measured separately, the server's first. */
const MODES: readonly { name: string; open: (dir: string) => MatchStore }[] = [
  { name: 'commit each write', open: (dir) => openSqliteMatchStore(dir, { groupCommit: false }) },
  { name: 'group commit', open: (dir) => openSqliteMatchStore(dir, { groupCommit: true }) },
];

type Game = { config: NewMatch['config']; seed: number; commands: readonly Command[] };
type Live = { id: string; game: Game; next: number };

const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function recordGames(): Game[] {
  return Array.from({ length: GAMES }, (_, i) => {
    const run = runMatch({ seed: 101 + i, shareForecasts: true });
    return { config: run.config, seed: run.seed, commands: run.commands };
  });
}

/** Plays many interleaved matches into `store`, K moves per event-loop turn, as a server would. */
class Workload {
  private readonly live: Live[] = [];
  private readonly random: () => number;
  private serial = 0;

  constructor(private readonly store: MatchStore, private readonly games: readonly Game[], seed: number) {
    this.random = makeSampler(seed);
    // Matches started at different moments: the first ones join part-way through their game.
    for (let i = 0; i < MATCHES; i++) {
      const m = this.open();
      m.next = Math.floor(this.random() * m.game.commands.length);
      this.live.push(m);
    }
  }

  async play(moves: number, perTurn: number): Promise<void> {
    for (let done = 0; done < moves; done += perTurn) {
      for (let k = 0; k < perTurn; k++) this.move(Math.floor(this.random() * this.live.length));
      await yieldTurn();
    }
  }

  private move(slot: number): void {
    const m = this.live[slot];
    this.store.appendCommand(m.id, m.next, m.game.commands[m.next]);
    m.next += 1;
    if (m.next < m.game.commands.length) return;
    this.store.finishMatch(m.id, { summary: { outcome: null, rounds: 0, seats: SEATS }, finalView: FINAL_VIEW, finishedAt: this.serial });
    this.live[slot] = this.open();
  }

  /** A new match with its four seat tokens, like a table that fills up. */
  private open(): Live {
    this.serial += 1;
    const game = this.games[this.serial % this.games.length];
    const id = `m${this.serial.toString(36).padStart(6, '0')}-${Math.floor(this.random() * 2 ** 48).toString(36)}`;
    this.store.createMatch({ id, code: 'BENCH', config: game.config, seed: game.seed, createdAt: this.serial,
      settings: { isPublic: true, allowSpectators: true, spectatorDelaySec: 0 } });
    for (const role of ['chemist', 'engineer', 'activist', 'smuggler'] as const) this.store.setSeatToken(id, role, `${id}-${role}`);
    return { id, game, next: 0 };
  }
}

const SEATS = {
  chemist: { name: 'A', controller: 'bot' }, engineer: { name: 'B', controller: 'bot' },
  activist: { name: 'C', controller: 'bot' }, smuggler: { name: 'D', controller: 'bot' },
} as const;
/** A stand-in final view: finishing is rare (once per few hundred moves) and its size is not the point. */
const FINAL_VIEW = { phase: 'gameOver' } as unknown as Parameters<MatchStore['finishMatch']>[1]['finalView'];

const NULL_STORE: MatchStore = {
  createMatch: () => undefined, appendCommand: () => undefined, setSeatToken: () => undefined,
  finishMatch: () => undefined, abandonMatch: () => undefined, getMatch: async () => null,
  getCommands: async () => [], listUnfinished: async () => [], close: () => undefined,
};

type Cost = { cpuMicros: number; wallMicros: number };

/** CPU and wall time per move of one measured run (after a warm-up on the same store). */
async function measure(store: MatchStore, games: readonly Game[], perTurn: number, seed: number): Promise<Cost> {
  const load = new Workload(store, games, seed);
  await load.play(WARMUP, perTurn);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await load.play(MOVES, perTurn);
  await yieldTurn(); // the last turn's commit belongs to the measurement
  const wallMicros = ((performance.now() - t0) * 1000) / MOVES;
  const cpu = process.cpuUsage(cpu0);
  return { cpuMicros: (cpu.user + cpu.system) / MOVES, wallMicros };
}

async function measureSqlite(open: (dir: string) => MatchStore, games: readonly Game[], perTurn: number, seed: number): Promise<Cost> {
  const dir = mkdtempSync(path.join(tmpdir(), 'neo-terra-store-bench-'));
  const store = open(dir);
  try {
    return await measure(store, games, perTurn, seed);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Number(x.toFixed(2));

type Row = { mode: string; perTurn: number; cpuMicros: number; wallMicros: number };

/** Median over repeats of (store run − empty-store run), so the loop's own cost drops out. */
async function benchmark(games: readonly Game[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const perTurn of PER_TURN) {
    for (const mode of MODES) {
      const cpu: number[] = [];
      const wall: number[] = [];
      for (let r = 0; r < REPEATS; r++) {
        const base = await measure(NULL_STORE, games, perTurn, r + 1);
        const real = await measureSqlite(mode.open, games, perTurn, r + 1);
        cpu.push(real.cpuMicros - base.cpuMicros);
        wall.push(real.wallMicros - base.wallMicros);
      }
      rows.push({ mode: mode.name, perTurn, cpuMicros: round(median(cpu)), wallMicros: round(median(wall)) });
    }
  }
  return rows;
}

const games = recordGames();
const rows = await benchmark(games);
if (JSON_OUT) {
  console.log(JSON.stringify({ matches: MATCHES, moves: MOVES, rows }));
} else {
  const avg = games.reduce((n, g) => n + g.commands.length, 0) / games.length;
  console.log(`SQLite match log: ${MATCHES} matches at once, ${MOVES} moves measured (${Math.round(avg)} per match), median of ${REPEATS}`);
  for (const r of rows) {
    const first = rows.find((x) => x.perTurn === r.perTurn)!;
    const change = Math.round((r.cpuMicros / first.cpuMicros - 1) * 100);
    const saving = r === first ? '' : ` (${change > 0 ? '+' : ''}${change}% CPU against ${first.mode})`;
    console.log(`  ${r.mode.padEnd(18)} ${String(r.perTurn).padStart(3)} moves/turn: ${r.cpuMicros} µs CPU, ${r.wallMicros} µs wall per move${saving}`);
  }
}
