/**
 * Everything an operator can tune, read once from the environment. Tests pass their own values
 * (short grace periods, fast bots, scaled timers) to `createServer` instead.
 */
import path from 'node:path';

export type ServerSettings = Readonly<{
  port: number;
  /** Folder of the SQLite file; ':memory:' keeps everything in memory (tests). */
  dataDir: string;
  /** Password of the operator's Colyseus monitor at /colyseus; null disables it. */
  monitorPassword: string | null;
  /** Folder of the built client (served with an SPA fallback when it exists). */
  clientDir: string;
  /** How long a dropped player's seat waits for them before a bot takes it. */
  reconnectGraceSec: number;
  /** Phases a connected player may sit out before a warning, and before a bot takes over. */
  idleWarnPhases: number;
  idleBotPhases: number;
  /** Pause before each bot move, so people can follow what bots do. */
  botDelayMs: number;
  /** Multiplies every phase timer (tests use e.g. 0.01); honoured only when NODE_ENV=test. */
  timerScale: number;
  /** Accept the `seed` create option (reproducible matches): only when NODE_ENV=test. */
  allowSeedOption: boolean;
  /**
   * PATCH_RATE_MS: how often a room sends state changes nobody sent yet. Tables send theirs right
   * after each change and timers wake rooms by themselves, so this is only a safety net.
   */
  patchRateMs: number;
  /** HEARTBEAT_MS: each connection is pinged this often, to notice networks that vanished. */
  heartbeatMs: number;
  /** HEARTBEAT_MAX_MISSED: unanswered pings after which a connection counts as dropped. */
  heartbeatMaxMissed: number;
  maxSpectators: number;
  /** A running match with no human connected for this long is abandoned (kept, not resumed). */
  abandonAfterSec: number;
  /** How long a finished room stays open for the results screen and rematch. */
  finishedRoomTtlSec: number;
  /** REDIS_URL: run as one process of a cluster (Colyseus Redis presence + driver); null = alone. */
  redisUrl: string | null;
  /** PUBLIC_ADDRESS: how clients reach this process in a cluster ("host:port" or "domain/path"). */
  publicAddress: string | null;
  /** DATABASE_URL: keep matches in PostgreSQL instead of the SQLite file under dataDir. */
  databaseUrl: string | null;
  /** TRUST_PROXY=1: the client's address is the first hop of X-Forwarded-For (set only behind a proxy that writes it). */
  trustProxy: boolean;
  /** JOINS_PER_MINUTE: joins and reconnects one address may make per minute (at most 150 at once); 0 = unlimited. */
  joinsPerMinute: number;
  /** CREATES_PER_MINUTE: new matches one address may create per minute; 0 = unlimited. */
  createsPerMinute: number;
  /** LIMIT_LOOPBACK=1: apply the per-address limits to this machine too (tests); benchmarks and local tools are exempt by default. */
  limitLoopback: boolean;
}>;

const isTest = (env: NodeJS.ProcessEnv) => env.NODE_ENV === 'test';

function numberFrom(value: string | undefined, fallback: number): number {
  const n = value === undefined || value === '' ? NaN : Number(value);
  return Number.isFinite(n) ? n : fallback;
}

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  return {
    port: numberFrom(env.PORT, 2567),
    dataDir: env.DATA_DIR || './data',
    monitorPassword: env.MONITOR_PASSWORD || null,
    clientDir: env.CLIENT_DIR || path.resolve('client/dist'),
    reconnectGraceSec: numberFrom(env.RECONNECT_GRACE_SEC, 120),
    idleWarnPhases: numberFrom(env.IDLE_WARN_PHASES, 2),
    idleBotPhases: numberFrom(env.IDLE_BOT_PHASES, 3),
    botDelayMs: numberFrom(env.BOT_DELAY_MS, 1200),
    timerScale: isTest(env) ? numberFrom(env.TIMER_SCALE, 1) : 1,
    allowSeedOption: isTest(env),
    patchRateMs: numberFrom(env.PATCH_RATE_MS, 1000),
    heartbeatMs: numberFrom(env.HEARTBEAT_MS, 5000),
    heartbeatMaxMissed: numberFrom(env.HEARTBEAT_MAX_MISSED, 3),
    maxSpectators: numberFrom(env.MAX_SPECTATORS, 200),
    abandonAfterSec: numberFrom(env.ABANDON_AFTER_SEC, 900),
    finishedRoomTtlSec: numberFrom(env.FINISHED_ROOM_TTL_SEC, 600),
    redisUrl: env.REDIS_URL || null,
    publicAddress: env.PUBLIC_ADDRESS || null,
    databaseUrl: env.DATABASE_URL || null,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    joinsPerMinute: numberFrom(env.JOINS_PER_MINUTE, 300),
    createsPerMinute: numberFrom(env.CREATES_PER_MINUTE, 20),
    limitLoopback: env.LIMIT_LOOPBACK === '1' || env.LIMIT_LOOPBACK === 'true',
  };
}

/** Settings for tests: everything from the environment defaults, overridden by `overrides`. */
export function testSettings(overrides: Partial<ServerSettings> = {}): ServerSettings {
  return { ...settingsFromEnv({ NODE_ENV: 'test' }), dataDir: ':memory:', botDelayMs: 0, ...overrides };
}
