/**
 * A client over the real network for the hardening harnesses: an SDK room plus everything it has
 * received (welcome, the view rebuilt from full views and patches, rejections, notices, raw frames)
 * and a way to put raw frames on its socket. `until` waits for a condition after incoming traffic.
 */
import './recording-socket.ts';
import { Client, type Room } from '@colyseus/sdk';
import type { ServerMessages } from '@shared/protocol/server-messages.ts';
import { applyViewUpdate, parseViewUpdate } from '@shared/protocol/view-wire.ts';
import { MATCH_ROOM, PROTOCOL_VERSION } from '@shared/protocol/version.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { framesOf } from './recording-socket.ts';

type Waiter = { check: () => boolean; resolve: () => void };

const CONNECT_TIMEOUT_MS = 20_000;

/** `promise`, or an error naming `what` if it has not settled in time (a join must never hang a harness). */
function within<T>(promise: Promise<T>, what: string, ms = CONNECT_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} timed out`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class WireClient {
  welcome: ServerMessages['welcome'] | null = null;
  view: MatchView | null = null;
  readonly rejected: ServerMessages['rejected'][] = [];
  readonly notices: ServerMessages['notice'][] = [];
  events = 0;
  left: number | null = null;
  /** Called after every view (a fuzzer keeps its context up to date with it). */
  onView: (() => void) | null = null;
  /** Called after every refusal (an autopilot backs off with it). */
  onRejected: ((error: ServerMessages['rejected']['error']) => void) | null = null;
  private readonly sockets: unknown[] = [];
  private waiters: Waiter[] = [];

  constructor(public room: Room, readonly label: string) {
    // Harnesses come back explicitly (with a seat token, like a reloaded page), never behind their back.
    room.reconnection.enabled = false;
    this.attach(room);
  }

  static async create(url: string, options: Record<string, unknown>, label = 'host'): Promise<WireClient> {
    const room = await within(new Client(url).create(MATCH_ROOM, { protocolVersion: PROTOCOL_VERSION, name: label, ...options }), `${label} create`);
    return new WireClient(room, label);
  }

  static async join(url: string, code: string, options: Record<string, unknown> = {}, label = 'guest'): Promise<WireClient> {
    const room = await within(new Client(url).joinById(code, { protocolVersion: PROTOCOL_VERSION, ...options }), `${label} join ${code}`);
    return new WireClient(room, label);
  }

  get code(): string {
    return this.room.roomId;
  }

  get open(): boolean {
    return this.left === null && this.socket()?.readyState === 1;
  }

  send(type: unknown, payload?: unknown): void {
    if (this.open) this.room.send(type as string, payload);
  }

  /** Puts a raw frame on the socket, below the SDK. */
  raw(data: Uint8Array | string): void {
    if (this.open) this.socket()!.send(data);
  }

  frames(): Buffer[] {
    return this.sockets.flatMap(framesOf);
  }

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

  /** Leaves for good (never hangs: a socket already gone may never confirm). */
  async leave(): Promise<void> {
    this.room.reconnection.enabled = false;
    await within(this.room.leave(true), `${this.label} leave`, 2000).catch(() => undefined);
  }

  private socket(): { readyState: number; send(data: Uint8Array | string): void } | undefined {
    return (this.room as unknown as { connection?: { transport?: { ws?: { readyState: number; send(d: Uint8Array | string): void } } } }).connection?.transport?.ws;
  }

  private track(): void {
    const ws = this.socket();
    if (ws && !this.sockets.includes(ws)) this.sockets.push(ws);
  }

  private attach(room: Room): void {
    this.track();
    room.onReconnect(() => this.track());
    room.onMessage('welcome', (m: ServerMessages['welcome']) => this.record(() => (this.welcome = m)));
    room.onMessage('view', (m: ServerMessages['view']) => {
      const update = parseViewUpdate(m);
      this.record(() => {
        this.view = applyViewUpdate(this.view, update);
        if (update.events?.length) this.events += 1;
      });
      this.onView?.();
    });
    room.onMessage('rejected', (m: ServerMessages['rejected']) => {
      this.record(() => this.rejected.push(m));
      this.onRejected?.(m.error);
    });
    room.onMessage('notice', (m: ServerMessages['notice']) => this.record(() => this.notices.push(m)));
    room.onMessage('spectatorChat', () => undefined);
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
