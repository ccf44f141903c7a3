/**
 * Notices players whose network vanished without a goodbye: every connection is pinged once per
 * period, and one that misses `maxMissed` pings in a row is cut off (the room then sees a drop and
 * holds the seat for a reconnection). The connections are spread over 100 ms slices, so 10,000 of
 * them never cost one long pause of the whole server. Shared by the game server and the bare
 * benchmark server.
 */
import type { WebSocket, WebSocketServer } from 'ws';

export type HeartbeatOptions = Readonly<{
  /** How often each connection is pinged. */
  periodMs: number;
  /** Pings a connection may leave unanswered; at the next one it is terminated. */
  maxMissed: number;
  /** Width of one slice; the period is cut into period / slice groups of connections. */
  sliceMs?: number;
}>;

export type Heartbeat = Readonly<{ stop: () => void }>;

/**
 * Colyseus's ws-transport keeps the unanswered count in `pingCount` and zeroes it on every pong;
 * we use the same field, so both always agree on how responsive a connection is.
 */
type Beating = WebSocket & { pingCount?: number };

const DEFAULT_SLICE_MS = 100;

export function startHeartbeat(wss: WebSocketServer, options: HeartbeatOptions): Heartbeat {
  const sliceMs = Math.max(1, Math.min(options.sliceMs ?? DEFAULT_SLICE_MS, options.periodMs));
  const groups = Array.from({ length: Math.max(1, Math.round(options.periodMs / sliceMs)) }, () => new Set<Beating>());
  const admit = (socket: Beating) => enroll(socket, smallest(groups));
  for (const socket of wss.clients) admit(socket);
  wss.on('connection', admit);
  let turn = 0;
  const timer = setInterval(() => {
    const group = groups[turn];
    turn = (turn + 1) % groups.length;
    for (const socket of group) beat(socket, options.maxMissed);
  }, sliceMs);
  timer.unref(); // the server's own listener keeps the process alive, never the heartbeat
  return {
    stop: () => {
      clearInterval(timer);
      wss.off('connection', admit);
      for (const group of groups) group.clear();
    },
  };
}

/** New connections join the least crowded group, so groups stay even as people come and go. */
function smallest(groups: readonly Set<Beating>[]): Set<Beating> {
  let best = groups[0];
  for (const group of groups) if (group.size < best.size) best = group;
  return best;
}

function enroll(socket: Beating, group: Set<Beating>): void {
  socket.pingCount = 0;
  group.add(socket);
  socket.on('pong', () => {
    socket.pingCount = 0;
  });
  socket.once('close', () => group.delete(socket));
}

/** The same rule as ws-transport's own loop: terminate after `maxMissed` pings went unanswered. */
function beat(socket: Beating, maxMissed: number): void {
  if (socket.readyState !== socket.OPEN) return;
  const missed = socket.pingCount ?? 0;
  if (missed >= maxMissed) {
    socket.terminate();
    return;
  }
  socket.pingCount = missed + 1;
  socket.ping();
}
