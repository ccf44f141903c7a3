/**
 * One simulated table: four people who create and join a match by code, take the four seats and
 * play it with the shared bots, plus its spectators. At the realistic pace the table makes a move
 * every 250–750 ms (0.5 moves per person per second, like people reading and thinking); at the
 * saturating pace it moves again as soon as the last move's answer is back. A finished match is
 * replaced by a new one with the same people, so long runs keep their load.
 */
import { botIntent, type BotMemo } from '@shared/bots/index.ts';
import { ROLES } from '@shared/rules/types.ts';
import { BenchPlayer } from './load-player.ts';
import type { Target } from './load-links.ts';
import type { Recorder } from './load-stats.ts';

export type Pace = 'realistic' | 'saturate';

export type TableContext = Readonly<{
  target: Target;
  recorder: Recorder;
  pace: Pace;
  rounds: number;
  joinTimeoutMs: number;
  /** Takes one of the join slots (50 in flight by default); call the returned function to free it. */
  joinSlot: () => Promise<() => void>;
  /** False once the run is over: tables stop moving and do not restart. */
  isRunning: () => boolean;
}>;

const TICK_MIN_MS = 250;
const TICK_SPREAD_MS = 500;
/** The real room closes a client sending over 40 messages/s; the saturating pace stays under it. */
const MIN_GAP_PER_PLAYER_MS = 30;
const RETRY_MS = 20;
/**
 * The bots' forecasts are most of the load generator's work. Every table's bots use one seed and
 * share one memo, so a question (this lever at this value, this year) is forecast once for all
 * tables, from the world of whichever table asked first: the moves stay plausible and varied
 * (each table's own view decides them), and one core can drive thousands of tables.
 */
const BOT_SEED = 40_503;
const SHARED_MEMO: BotMemo = new Map();
const MEMO_LIMIT = 20_000;

export class BenchTable {
  readonly players: BenchPlayer[];
  readonly spectators: BenchPlayer[];
  private timer: NodeJS.Timeout | null = null;
  private rng: number;
  private restarting = false;

  constructor(readonly index: number, spectators: number, private readonly ctx: TableContext) {
    this.rng = (index * 2_654_435_761 + 1) >>> 0;
    const onAnswer = () => this.answered();
    const seed = BOT_SEED;
    this.players = ROLES.map((role) => new BenchPlayer(`t${index}-${role}`, seed, ctx.recorder, true, onAnswer));
    this.spectators = Array.from({ length: spectators }, (_, i) => new BenchPlayer(`t${index}-s${i}`, 0, ctx.recorder, false, () => undefined));
  }

  /** Everyone joins (host creates, the others join by code, then spectators) and sits down. */
  async setUp(joinTimes: number[], oneAtATime = false): Promise<void> {
    const [host, ...guests] = this.players;
    const create = { rounds: this.ctx.rounds, bots: false, isPublic: true, allowSpectators: true, name: 'Host' };
    joinTimes.push(await this.join(host, { create }));
    const code = host.link!.code;
    const joins = [
      ...guests.map((p) => () => this.join(p, { join: code, options: { name: p.name.slice(-12) } })),
      ...this.spectators.map((s) => () => this.join(s, { join: code, options: { spectate: true } })),
    ];
    if (oneAtATime) for (const join of joins) joinTimes.push(await join());
    else joinTimes.push(...(await Promise.all(joins.map((join) => join()))));
    this.players.forEach((p, i) => p.send('claimSeat', { role: ROLES[i], name: `Seat ${i + 1}` }));
    await Promise.all(this.players.map((p, i) => p.until(() => p.welcome?.role === ROLES[i], 'seat', this.ctx.joinTimeoutMs)));
  }

  /** The host starts the match; the table begins to move once everyone sees it under way. */
  async start(): Promise<void> {
    this.players[0].send('hostStart', {});
    await Promise.all(this.players.map((p) => p.until(() => p.view !== null && p.view.phase !== 'lobby', 'start', this.ctx.joinTimeoutMs)));
    this.schedule();
  }

  async tearDown(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await Promise.all([...this.players, ...this.spectators].map((p) => p.leave()));
  }

  private async join(player: BenchPlayer, entry: Parameters<BenchPlayer['connect']>[1]): Promise<number> {
    const release = await this.ctx.joinSlot();
    try {
      return await player.connect(this.ctx.target, entry, this.ctx.joinTimeoutMs);
    } finally {
      release();
    }
  }

  private schedule(delay = this.ctx.pace === 'realistic' ? TICK_MIN_MS + this.random() * TICK_SPREAD_MS : 0): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.tick();
    }, delay);
  }

  private tick(): void {
    if (!this.ctx.isRunning()) return;
    if (this.players.some((p) => p.view?.phase === 'gameOver')) return void this.restart();
    const moved = this.move();
    if (this.ctx.pace === 'realistic') {
      if (!moved) this.ctx.recorder.skippedTicks += this.ctx.recorder.measuring ? 1 : 0;
      this.schedule();
    } else if (!moved && !this.players.some((p) => p.isWaiting)) {
      this.schedule(RETRY_MS); // nobody may move yet (flood limit): look again shortly
    }
  }

  /** The first seat, from a random one on, that is free to move and has a move: it makes it. */
  private move(): boolean {
    if (this.ctx.pace === 'saturate' && this.players.some((p) => p.isWaiting)) return false;
    const now = performance.now();
    const first = Math.floor(this.random() * 4);
    for (let k = 0; k < 4; k++) {
      const p = this.players[(first + k) % 4];
      if (p.isWaiting || !p.view || now - p.lastSentAt < MIN_GAP_PER_PLAYER_MS || p.idleAt === p.version) continue;
      const intent = botIntent(p.view, p.seed, sharedMemo());
      if (!intent) {
        p.idleAt = p.version; // same view, same answer: ask again only once the view changes
        continue;
      }
      const { type, ...payload } = intent;
      p.act(type, payload);
      return true;
    }
    return false;
  }

  private answered(): void {
    if (this.ctx.pace === 'saturate' && this.timer === null && this.ctx.isRunning()) this.schedule(0);
  }

  /** The match is over: the same people start a new one (their joins are counted apart). */
  private async restart(): Promise<void> {
    if (this.restarting) return;
    this.restarting = true;
    try {
      await this.tearDown();
      if (!this.ctx.isRunning()) return;
      this.replacePlayers();
      await this.setUp(this.ctx.recorder.rejoins);
      await this.start();
      this.ctx.recorder.matchesRestarted += 1;
    } catch {
      this.ctx.recorder.failedJoins += 1;
    } finally {
      this.restarting = false;
    }
  }

  private replacePlayers(): void {
    const onAnswer = () => this.answered();
    this.players.splice(0, 4, ...this.players.map((p) => new BenchPlayer(p.name, p.seed, this.ctx.recorder, true, onAnswer)));
    this.spectators.splice(0, this.spectators.length, ...this.spectators.map((s) => new BenchPlayer(s.name, 0, this.ctx.recorder, false, () => undefined)));
  }

  /** mulberry32: the table's own reproducible randomness for pacing and turn order. */
  private random(): number {
    this.rng = (this.rng + 0x6d2b79f5) >>> 0;
    let t = this.rng;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

function sharedMemo(): BotMemo {
  if (SHARED_MEMO.size > MEMO_LIMIT) SHARED_MEMO.clear();
  return SHARED_MEMO;
}
