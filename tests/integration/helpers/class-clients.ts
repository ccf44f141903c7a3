/**
 * Test clients for classroom sessions over the real network: a teacher who creates a class (and so
 * holds its controls), students who join with the code, and their connections to their tables (the
 * usual TestPlayer, joined with the student token, or with the host token for the facilitator).
 */
import './recording-websocket.ts';
import { Client, type Room } from '@colyseus/sdk';
import {
  CLASS_ROOM, type ClassConfigInput, type ClassDashboard, type ClassServerMessages,
} from '@shared/protocol/class-messages.ts';
import { PROTOCOL_VERSION } from '@shared/protocol/version.ts';
import type { RecordingWebSocket } from './recording-websocket.ts';
import { TestPlayer } from './test-player.ts';

type Waiter = { check: () => boolean; resolve: () => void };

export class TestClassClient {
  welcome: ClassServerMessages['classWelcome'] | null = null;
  facilitator: ClassServerMessages['facilitatorWelcome'] | null = null;
  dashboard: ClassDashboard | null = null;
  readonly rejected: ClassServerMessages['classRejected'][] = [];
  readonly broadcasts: ClassServerMessages['broadcast'][] = [];
  readonly pauses: ClassServerMessages['paused'][] = [];
  ended: number | null = null;
  private waiters: Waiter[] = [];

  constructor(readonly room: Room, readonly label: string) {
    room.onMessage('classWelcome', (m: ClassServerMessages['classWelcome']) => this.record(() => (this.welcome = m)));
    room.onMessage('facilitatorWelcome', (m: ClassServerMessages['facilitatorWelcome']) => this.record(() => (this.facilitator = m)));
    room.onMessage('dashboard', (m: ClassDashboard) => this.record(() => (this.dashboard = m)));
    room.onMessage('classRejected', (m: ClassServerMessages['classRejected']) => this.record(() => this.rejected.push(m)));
    room.onMessage('broadcast', (m: ClassServerMessages['broadcast']) => this.record(() => this.broadcasts.push(m)));
    room.onMessage('paused', (m: ClassServerMessages['paused']) => this.record(() => this.pauses.push(m)));
    room.onMessage('sessionEnded', (m: ClassServerMessages['sessionEnded']) => this.record(() => (this.ended = m.at)));
    room.onStateChange(() => this.record(() => undefined));
  }

  /** A teacher creates a class (a fixed seed under NODE_ENV=test) and becomes its facilitator. */
  static async create(url: string, config: ClassConfigInput, seed?: number): Promise<TestClassClient> {
    const room = await new Client(url).create(CLASS_ROOM, { protocolVersion: PROTOCOL_VERSION, config, ...(seed === undefined ? {} : { seed }) });
    const teacher = new TestClassClient(room, 'teacher');
    await teacher.until(() => teacher.facilitator !== null, 'the facilitator welcome');
    return teacher;
  }

  static async join(url: string, code: string, options: Record<string, unknown>, label: string): Promise<TestClassClient> {
    const room = await new Client(url).joinById(code, { protocolVersion: PROTOCOL_VERSION, ...options });
    return new TestClassClient(room, label);
  }

  /** A student joins with the class code and a name, and waits for their welcome. */
  static async student(url: string, code: string, name: string): Promise<TestClassClient> {
    const student = await TestClassClient.join(url, code, { code, name }, name);
    await student.until(() => student.welcome !== null, 'the class welcome');
    return student;
  }

  get code(): string {
    return this.room.roomId;
  }

  /** Every raw frame this client's socket received. */
  frames(): Buffer[] {
    return (this.room as unknown as { connection: { transport: { ws: RecordingWebSocket } } }).connection.transport.ws.received;
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

  /** The student's table, joined with their student token (or the facilitator's, with the host token). */
  async joinTable(url: string, tableCode?: string): Promise<TestPlayer> {
    const code = tableCode ?? this.welcome?.tableCode;
    if (!code) throw new Error(`${this.label} has no table yet`);
    const options = this.facilitator ? { hostToken: this.facilitator.hostToken } : { seatToken: this.welcome!.studentToken };
    const player = await TestPlayer.join(url, code, options, this.label);
    await player.until(() => player.welcome !== null && player.view !== null, `${this.label} at table ${code}`);
    return player;
  }

  async leave(): Promise<void> {
    await this.room.leave(true).catch(() => undefined);
  }

  private record(update: () => unknown): void {
    update();
    const ready = this.waiters.filter((w) => w.check());
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve();
  }
}
