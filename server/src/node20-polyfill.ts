/**
 * Node 20 has no global WebSocket, and Colyseus 0.18 reads `WebSocket.OPEN` when it accepts a
 * reconnection: without this shim every returning player would be dropped. Import it first.
 * Remove once the project runs on Node 22+.
 */
import { WebSocket } from 'ws';

const globals = globalThis as { WebSocket?: unknown };
globals.WebSocket ??= WebSocket;
