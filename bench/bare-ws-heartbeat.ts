/**
 * Dead-peer detection for the bare baseline, exactly as the real server has it: the same staggered
 * heartbeat module (a ping every 5 s, a peer that misses 3 is dropped, spread over 100 ms slices),
 * so the comparison measures everything but the heartbeat.
 */
import type { WebSocketServer } from 'ws';
import { startHeartbeat as startStaggered, type Heartbeat } from '@server/transport/staggered-heartbeat.ts';

const PERIOD_MS = 5000;
const MAX_MISSED = 3;

export function startHeartbeat(wss: WebSocketServer): Heartbeat {
  return startStaggered(wss, { periodMs: PERIOD_MS, maxMissed: MAX_MISSED });
}
