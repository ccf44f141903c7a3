/**
 * The WebSocket transport of the game server: Colyseus's own, with its dead-peer check replaced by
 * the staggered heartbeat (same rule: a ping every period, cut off after `maxMissed` unanswered).
 * Colyseus pings every connection in one go, which stalls every match for a moment on a full
 * server; ours spreads the pings out. A cut-off client goes through the room's drop and
 * reconnection path exactly as before.
 */
import type http from 'node:http';
import { WebSocketTransport, type TransportOptions } from '@colyseus/ws-transport';
import { startHeartbeat, type Heartbeat, type HeartbeatOptions } from './staggered-heartbeat.ts';

export type GameTransportOptions = Omit<TransportOptions, 'pingInterval' | 'pingMaxRetries'> &
  Readonly<{ heartbeat: HeartbeatOptions }>;

export class GameTransport extends WebSocketTransport {
  private beating: Heartbeat | null = null;
  private readonly heartbeat: HeartbeatOptions;

  constructor({ heartbeat, ...options }: GameTransportOptions) {
    super({ ...options, pingInterval: 0 }); // 0 turns ws-transport's single-loop ping off
    this.heartbeat = heartbeat;
    // Started and stopped with the HTTP server, as ws-transport does with its own loop.
    this.server?.on('listening', () => this.startBeating());
    this.server?.on('close', () => this.stopBeating());
  }

  override attachToServer(server: http.Server, options?: Parameters<WebSocketTransport['attachToServer']>[1]): this {
    super.attachToServer(server, options);
    this.startBeating();
    server.on('close', () => this.stopBeating());
    return this;
  }

  override shutdown(): void {
    this.stopBeating();
    super.shutdown();
  }

  private startBeating(): void {
    if (this.beating || this.heartbeat.periodMs <= 0 || this.heartbeat.maxMissed <= 0) return;
    this.beating = startHeartbeat(this.wss, this.heartbeat);
  }

  private stopBeating(): void {
    this.beating?.stop();
    this.beating = null;
  }
}
