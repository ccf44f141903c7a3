/**
 * One class, live: the session the pure core decides on (shared/classroom), the rooms of its tables,
 * who is here, and the rate buckets. Every change to the session is stored before anyone hears of it;
 * facilitator commands run one at a time (opening table rooms takes a moment); the dashboard follows
 * every change. The Colyseus rooms around it only carry messages.
 */
import type { ClassSession } from '@shared/classroom/class-session.ts';
import { takeToken, CLASS_RATE_RULES, type RateBucket, type RateKind } from '@shared/classroom/rate-limit.ts';
import { placementIn } from '@shared/classroom/class-session.ts';
import type { Placement, StudentId } from '@shared/classroom/seating.ts';
import { nextFriendlyName } from '@shared/classroom/names.ts';
import type { RngState } from '@shared/random/rng.ts';
import type { ClassClient, ClassContext } from './class-context.ts';
import { ClassPresence } from './class-presence.ts';
import { matchesHash, tokenHash, type ClassSnapshot } from './class-store.ts';
import { syncTable } from './class-tables.ts';
import type { TableBinding } from './table-binding.ts';

export type ClassRecordInfo = Readonly<{ id: string; code: string; hostHash: string; createdAt: number }>;

/** What the hub needs from its class room. */
export type ClassPort = Readonly<{
  clients: () => Iterable<ClassClient>;
  /** Class-clock ms. */
  now: () => number;
  schedule: (run: () => void, ms: number) => void;
  /** The session has ended: the room may close its tables and itself once people have seen the end. */
  ended: () => void;
}>;

const DASHBOARD_DEBOUNCE_MS = 150;

export class ClassHub {
  readonly tables = new Map<number, TableBinding>();
  readonly presence = new ClassPresence();
  /** The server is restarting: rooms close, but the class is not over. */
  shuttingDown = false;
  private nameRng: RngState;
  private current: ClassSession;
  private readonly buckets = new Map<string, RateBucket>();
  private work: Promise<unknown> = Promise.resolve();
  private dashboardPending = false;
  /** Set by class-dashboard.ts: sends the dashboard to every facilitator. */
  pushDashboard: () => void = () => undefined;

  constructor(readonly ctx: ClassContext, readonly record: ClassRecordInfo, snapshot: ClassSnapshot, readonly port: ClassPort) {
    this.current = snapshot.session;
    this.nameRng = snapshot.nameRng;
  }

  get session(): ClassSession {
    return this.current;
  }

  get config() {
    return this.current.config;
  }

  now(): number {
    return this.port.now();
  }

  /** Replaces the session: stored first, then the dashboard follows. */
  update(next: ClassSession): void {
    this.current = next;
    this.save();
    this.dashboardChanged();
  }

  save(): void {
    this.ctx.classes.saveSnapshot(this.record.id, { session: this.current, nameRng: this.nameRng });
  }

  isHostToken(token: string): boolean {
    return matchesHash(token, this.record.hostHash);
  }

  studentByToken(token: string): StudentId | null {
    return this.ctx.classes.studentByToken(this.record.id, tokenHash(token));
  }

  placementOf(id: StudentId): Placement | null {
    return placementIn(this.current, id);
  }

  nameOf(id: StudentId): string {
    return this.current.students.find((s) => s.id === id)?.name ?? '';
  }

  isMuted(id: StudentId): boolean {
    return this.current.students.find((s) => s.id === id)?.muted ?? false;
  }

  /** A generated friendly name nobody in the class has, drawn with the class's own generator. */
  friendlyName(): string {
    const [name, next] = nextFriendlyName(this.nameRng, this.current.students.map((s) => s.name));
    this.nameRng = next;
    return name;
  }

  /** Spends a token of the student's (or address's) bucket; the wait in ms when there is none. */
  take(key: string, kind: RateKind): number {
    const decision = takeToken(this.buckets.get(`${kind}:${key}`), CLASS_RATE_RULES[kind], this.now());
    this.buckets.set(`${kind}:${key}`, decision.bucket);
    return decision.ok ? 0 : decision.retryInMs;
  }

  /** Runs `job` after every job queued before it (facilitator commands, opening tables). */
  enqueue<T>(job: () => Promise<T> | T): Promise<T> {
    const run = this.work.then(job, job);
    this.work = run.catch(() => undefined);
    return run;
  }

  /** Something on the dashboard changed: push it soon (changes in a burst make one push). */
  dashboardChanged(): void {
    if (this.dashboardPending) return;
    this.dashboardPending = true;
    this.port.schedule(() => {
      this.dashboardPending = false;
      this.pushDashboard();
    }, DASHBOARD_DEBOUNCE_MS);
  }

  /**
   * A student's connection (to the class room or to their table's room) came up or went down. When
   * that makes them present or absent, their seat may change hands (a bot holds it while they are away).
   */
  onPresence(id: StudentId, sessionId: string, up: boolean): void {
    const now = this.now();
    const flipped = up ? this.presence.attach(id, sessionId, now) : this.presence.detach(id, sessionId, now);
    const placement = this.placementOf(id);
    if (flipped && placement) syncTable(this, placement.table);
    this.dashboardChanged();
  }

  onEnded(): void {
    this.port.ended();
  }

  bindingFor(id: StudentId): TableBinding | undefined {
    const placement = this.placementOf(id);
    return placement ? this.tables.get(placement.table) : undefined;
  }
}
