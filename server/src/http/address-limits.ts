/**
 * How often one address may join or create matches. Every join, reconnect and new match starts
 * with an HTTP matchmaking request that reserves a seat (or a whole room, stored in the database),
 * so a script hammering them could lock a room for a while or fill the disk. Each address gets a
 * bucket per minute; past it the request is answered 429 `tooManyJoins` before Colyseus sees it.
 * A classroom behind one school router is one address, hence generous defaults (300 joins a minute:
 * a class of 100 joins its class and its table).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { JOIN_REFUSALS } from '@shared/protocol/join-refusals.ts';
import { RateLimiter } from '../rooms/rate-limit.ts';
import type { ServerSettings } from '../server-settings.ts';

export type AddressLimitSettings = Pick<ServerSettings, 'trustProxy' | 'joinsPerMinute' | 'createsPerMinute' | 'limitLoopback'>;

const JOIN_METHODS = new Set(['create', 'join', 'joinById', 'joinOrCreate', 'reconnect']);
const CREATE_METHODS = new Set(['create', 'joinOrCreate']);
/** Addresses not seen for this long are forgotten (their bucket would be full again anyway). */
const FORGET_AFTER_MS = 10 * 60_000;

/**
 * At most this many at once: fewer than a match room holds (4 seats, 8 guests, 200 spectators), so
 * reservations from one address alone can never lock a room, even for the 15 s they last.
 */
const MAX_BURST = 150;

function perMinute(n: number): RateLimiter | null {
  return n > 0 ? new RateLimiter({ burst: Math.min(n, MAX_BURST), refillMs: 60_000 / n }) : null;
}

/** The ms until `limiter` has a token for `key`, without taking one. */
function waitFor(limiter: RateLimiter | null, key: string, now: number): number {
  return limiter && !limiter.available(key, now) ? limiter.take(key, now) : 0;
}

export function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

export class AddressLimits {
  private readonly joins: RateLimiter | null;
  private readonly creates: RateLimiter | null;
  private readonly lastSeen = new Map<string, number>();

  constructor(private readonly settings: AddressLimitSettings, private readonly clock: () => number = Date.now) {
    this.joins = perMinute(settings.joinsPerMinute);
    this.creates = perMinute(settings.createsPerMinute);
  }

  /** The address a request comes from (the proxy's forwarded one only when configured to trust it). */
  addressOf(req: IncomingMessage): string {
    const forwarded = this.settings.trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : '';
    return forwarded || req.socket.remoteAddress || 'unknown';
  }

  /** 0 when `method` may go ahead for `address`, else the ms until it may. */
  take(address: string, method: string): number {
    if (!JOIN_METHODS.has(method) || (!this.settings.limitLoopback && isLoopback(address))) return 0;
    const now = this.clock();
    this.sweep(now);
    this.lastSeen.set(address, now);
    // A refused create spends no join; a refused join does not count against creates.
    const createWait = CREATE_METHODS.has(method) ? waitFor(this.creates, address, now) : 0;
    if (createWait > 0) return createWait;
    const joinWait = this.joins?.take(address, now) ?? 0;
    if (joinWait > 0) return joinWait;
    return CREATE_METHODS.has(method) ? (this.creates?.take(address, now) ?? 0) : 0;
  }

  private sweep(now: number): void {
    if (this.lastSeen.size < 1000) return;
    for (const [address, seen] of this.lastSeen) {
      if (now - seen < FORGET_AFTER_MS) continue;
      this.lastSeen.delete(address);
      this.joins?.forget(address);
      this.creates?.forget(address);
    }
  }
}

function refuse(res: ServerResponse, retryInMs: number, origin: string | undefined): void {
  const body = JSON.stringify({ code: JOIN_REFUSALS.tooManyJoins, error: 'tooManyJoins', retryInMs });
  res.writeHead(JOIN_REFUSALS.tooManyJoins, {
    'content-type': 'application/json',
    'retry-after': String(Math.ceil(retryInMs / 1000)),
    'access-control-allow-origin': origin ?? '*',
  });
  res.end(body);
}

/** Puts the limits in front of every matchmaking request the HTTP server handles (call after listen). */
export function guardMatchmaking(server: Server, limits: AddressLimits): void {
  const handlers = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method === 'POST' ? /^\/matchmake\/(\w+)\//.exec(req.url ?? '')?.[1] : undefined;
    const wait = method ? limits.take(limits.addressOf(req), method) : 0;
    if (wait > 0) return refuse(res, wait, req.headers.origin);
    for (const handler of handlers) handler.call(server, req, res);
  });
}
