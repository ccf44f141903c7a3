/**
 * Dead-peer detection for the bare baseline, as the real server has it (a ping every 5 s, a peer
 * that misses 3 is dropped), but spread out: each 100 ms tick pings one fiftieth of the sockets,
 * so 10,000 connections never cost one long synchronous loop (the tail Colyseus's single loop adds).
 */
import type { WebSocket, WebSocketServer } from 'ws';

const PERIOD_MS = 5000;
const TICK_MS = 100;
const MAX_MISSED = 3;

export function startHeartbeat(wss: WebSocketServer): { stop: () => void } {
  const missed = new WeakMap<WebSocket, number>();
  const slices = PERIOD_MS / TICK_MS;
  let tick = 0;
  wss.on('connection', (socket) => {
    missed.set(socket, 0);
    socket.on('pong', () => missed.set(socket, 0));
  });
  const timer = setInterval(() => {
    tick = (tick + 1) % slices;
    let i = 0;
    for (const socket of wss.clients) {
      if (i++ % slices !== tick) continue;
      const count = (missed.get(socket) ?? 0) + 1;
      if (count > MAX_MISSED) {
        socket.terminate();
        continue;
      }
      missed.set(socket, count);
      socket.ping();
    }
  }, TICK_MS);
  return { stop: () => clearInterval(timer) };
}
