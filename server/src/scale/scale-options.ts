/**
 * Running as several processes (or machines): with REDIS_URL set, every process shares Colyseus's
 * Redis presence (messages between processes: seat reservations, reconnections, remote calls) and
 * Redis driver (the one list of live rooms, so codes, joins and the Watch list span the cluster).
 * Without it, the embedded in-memory defaults of one process, as before.
 */
import { matchMaker, type ServerOptions } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';

export type ScaleSettings = Readonly<{ redisUrl: string | null; publicAddress: string | null }>;

/** The part of `defineServer`'s options that decides between one process and a cluster. */
export function scaleOptions(settings: ScaleSettings): Pick<ServerOptions, 'presence' | 'driver' | 'publicAddress' | 'selectProcessIdToCreateRoom'> {
  if (!settings.redisUrl) return {};
  return {
    presence: new RedisPresence(settings.redisUrl),
    driver: new RedisDriver(settings.redisUrl),
    // How clients reach THIS process ("host:port" or "domain/path", no scheme): seat reservations
    // made by another process send the client's WebSocket here.
    ...(settings.publicAddress ? { publicAddress: settings.publicAddress } : {}),
    // A match is created by the process that received the request. The load balancer already spreads
    // requests, and tables the server opens itself (rematch, resume) must stay where they were asked for.
    selectProcessIdToCreateRoom: async () => matchMaker.processId,
  };
}
