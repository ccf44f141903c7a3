/**
 * A test client over the real network: an SDK room plus everything it has received (welcome, the
 * view rebuilt from full views and patches, events, rejections, notices, spectator chat, raw
 * frames). `until` waits for a condition to hold after incoming traffic, never for a fixed time.
 */
import './recording-websocket.ts';
import { Client, type Room } from '@colyseus/sdk';
import type { ServerMessages } from '@shared/protocol/server-messages.ts';
import { applyViewUpdate, parseViewUpdate } from '@shared/protocol/view-wire.ts';
import { PROTOCOL_VERSION, MATCH_ROOM } from '@shared/protocol/version.ts';
import type { GameEventBody } from '@shared/rules/events.ts';
import type { MatchView } from '@shared/rules/view.ts';
import type { RecordingWebSocket } from './recording-websocket.ts';

type Waiter = { check: () => boolean; resolve: () => void };

export class TestPlayer {
  welcome: ServerMessages['welcome'] | null = null;
  view: MatchView | null = null;
  readonly events: GameEventBody[] = [];
  readonly rejected: ServerMessages['rejected'][] = [];
  readonly notices: ServerMessages['notice'][] = [];
  readonly spectatorChat: ServerMessages['spectatorChat'][] = [];
  private readonly sockets: RecordingWebSocket[] = [];
  left: number | null = null;
  /** Hooks for an autopilot (they survive `adopt`). */
  onView: (() => void) | null = null;
  onRejected: ((code: string) => void) | null = null;
  private waiters: Waiter[] = [];

  constructor(public room: Room, readonly label: string) {
    this.attach(room);
  }

  static async create(url: string, options: Record<string, unknown>, label = 'host'): Promise<TestPlayer> {
    const room = await new Client(url).create(MATCH_ROOM, { protocolVersion: PROTOCOL_VERSION, name: label, ...options });
    return new TestPlayer(room, label);
  }

  static async join(url: string, code: string, options: Record<string, unknown> = {}, label = 'guest'): Promise<TestPlayer> {
    const room = await new Client(url).joinById(code, { protocolVersion: PROTOCOL_VERSION, ...options });
    return new TestPlayer(room, label);
  }

  get code(): string {
    return this.room.roomId;
  }

  get state(): Record<string, unknown> {
    return (this.room.state as { toJSON(): Record<string, unknown> }).toJSON();
  }

  /** Every raw frame this client's sockets received, old connections included. */
  frames(): Buffer[] {
    return this.sockets.flatMap((s) => s.received);
  }

  send(type: string, payload?: unknown): void {
    this.room.send(type, payload);
  }

  /** Resolves once `check()` holds (checked after every message and state patch). */
  until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { check, resolve: () => { clearTimeout(timer); resolve(); } };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`${this.label}: timed out waiting for ${what}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Swaps in a new room (after a manual reconnect or a rejoin), keeping what was received so far. */
  adopt(room: Room): void {
    this.room = room;
    this.left = null;
    this.attach(room);
  }

  async leave(): Promise<void> {
    await this.room.leave(true).catch(() => undefined);
  }

  private trackSocket(): void {
    const ws = (this.room as unknown as { connection: { transport: { ws: RecordingWebSocket } } }).connection.transport.ws;
    if (!this.sockets.includes(ws)) this.sockets.push(ws);
  }

  private attach(room: Room): void {
    this.trackSocket();
    room.onReconnect(() => this.trackSocket());
    room.onMessage('welcome', (m: ServerMessages['welcome']) => this.record(() => (this.welcome = m)));
    room.onMessage('view', (m: ServerMessages['view']) => {
      const update = parseViewUpdate(m);
      this.record(() => {
        this.view = applyViewUpdate(this.view, update);
        this.events.push(...(update.events ?? []));
      });
      this.onView?.();
    });
    room.onMessage('rejected', (m: ServerMessages['rejected']) => {
      this.record(() => this.rejected.push(m));
      this.onRejected?.(m.error.code);
    });
    room.onMessage('notice', (m: ServerMessages['notice']) => this.record(() => this.notices.push(m)));
    room.onMessage('spectatorChat', (m: ServerMessages['spectatorChat']) => this.record(() => this.spectatorChat.push(m)));
    room.onStateChange(() => this.record(() => undefined));
    room.onLeave((code: number) => this.record(() => (this.left = code)));
  }

  private record(update: () => unknown): void {
    update();
    const ready = this.waiters.filter((w) => w.check());
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve();
  }
}
