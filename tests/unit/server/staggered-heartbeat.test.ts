/**
 * The staggered heartbeat on stand-in sockets: every connection is pinged once per period, a slice
 * of them at a time (never all at once), a peer that answers stays, a silent one is cut off after
 * three unanswered pings (15–20 s, as Colyseus's own loop), and a closed one is forgotten.
 */
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebSocketServer } from 'ws';
import { startHeartbeat, type Heartbeat } from '@server/transport/staggered-heartbeat.ts';

class FakeSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  pingCount?: number;
  pingedAt: number[] = [];
  terminatedAt: number | null = null;

  constructor(private readonly answers: boolean) {
    super();
  }

  ping(): void {
    this.pingedAt.push(Date.now() - t0);
    if (this.answers) this.emit('pong');
  }

  terminate(): void {
    this.terminatedAt = Date.now() - t0;
    this.close();
  }

  close(): void {
    this.readyState = 3;
    server.clients.delete(this);
    this.emit('close');
  }
}

class FakeServer extends EventEmitter {
  readonly clients = new Set<FakeSocket>();

  connect(answers = true): FakeSocket {
    const socket = new FakeSocket(answers);
    this.clients.add(socket);
    this.emit('connection', socket);
    return socket;
  }
}

let server: FakeServer;
let heartbeat: Heartbeat;
let t0 = 0;
const OPTIONS = { periodMs: 5000, maxMissed: 3 };

function start(): void {
  heartbeat = startHeartbeat(server as unknown as WebSocketServer, OPTIONS);
}

beforeEach(() => {
  vi.useFakeTimers();
  t0 = Date.now();
  server = new FakeServer();
});
afterEach(() => {
  heartbeat.stop();
  vi.useRealTimers();
});

describe('the staggered heartbeat', () => {
  it('pings every connection once per period, a fiftieth of them per 100 ms slice', () => {
    start();
    const sockets = Array.from({ length: 1000 }, () => server.connect());
    let before = 0;
    for (let slice = 0; slice < 50; slice++) {
      vi.advanceTimersByTime(100);
      const pinged = sockets.reduce((n, s) => n + s.pingedAt.length, 0);
      expect(pinged - before).toBe(20);
      before = pinged;
    }
    expect(sockets.every((s) => s.pingedAt.length === 1)).toBe(true);
    vi.advanceTimersByTime(5000);
    for (const s of sockets) expect(s.pingedAt[1] - s.pingedAt[0]).toBe(5000);
  });

  it('keeps a peer that answers and cuts off a silent one after three unanswered pings', () => {
    start();
    const alive = server.connect(true);
    const silent = server.connect(false);
    vi.advanceTimersByTime(15_000);
    expect(silent.pingedAt).toHaveLength(3);
    expect(silent.terminatedAt).toBeNull();
    vi.advanceTimersByTime(5000);
    expect(silent.terminatedAt).toBeGreaterThan(15_000);
    expect(silent.terminatedAt).toBeLessThanOrEqual(20_000);
    expect(silent.pingedAt).toHaveLength(3);
    vi.advanceTimersByTime(60_000);
    expect(alive.terminatedAt).toBeNull();
    expect(alive.pingedAt).toHaveLength(16);
    expect(alive.pingCount).toBe(0);
  });

  it('counts a pong Colyseus saw (its pingCount reset) as an answer', () => {
    start();
    const peer = server.connect(false);
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(5000);
      peer.pingCount = 0; // what ws-transport's own pong listener does
    }
    expect(peer.terminatedAt).toBeNull();
    expect(peer.pingedAt).toHaveLength(10);
  });

  it('forgets a closed connection, and fills the emptiest slice with newcomers', () => {
    start();
    const first = Array.from({ length: 100 }, () => server.connect()); // two in each of the 50 slices
    const gone = first.filter((_, i) => i % 50 < 25); // empties the first 25 slices
    for (const s of gone) s.close();
    const later = Array.from({ length: 50 }, () => server.connect());
    let before = 0;
    for (let slice = 0; slice < 50; slice++) {
      vi.advanceTimersByTime(100);
      const pinged = [...first, ...later].reduce((n, s) => n + s.pingedAt.length, 0);
      expect(pinged - before).toBe(2);
      before = pinged;
    }
    expect(gone.every((s) => s.pingedAt.length === 0)).toBe(true);
  });

  it('takes in connections made before it started, and stops for good', () => {
    const early = server.connect(false);
    start();
    vi.advanceTimersByTime(5000);
    expect(early.pingedAt).toHaveLength(1);
    heartbeat.stop();
    const late = server.connect(false);
    vi.advanceTimersByTime(60_000);
    expect(early.pingedAt).toHaveLength(1);
    expect(late.pingedAt).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
