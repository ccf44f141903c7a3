/**
 * One simulated person at a table (or watching it): keeps the view the server sends (full, then
 * patches), remembers the one intent it is waiting on, and times it: from the moment the intent is
 * sent to the first view of a newer version (or the refusal) that comes back to this client.
 */
import type { ServerMessages } from '@shared/protocol/server-messages.ts';
import { applyViewUpdate, parseViewUpdate, versionOfWire, type ViewWire } from '@shared/protocol/view-wire.ts';
import type { MatchView } from '@shared/rules/view.ts';
import type { Entry, Link, LinkHandlers, Target } from './load-links.ts';
import type { Recorder } from './load-stats.ts';

type Waiter = { check: () => boolean; resolve: () => void };
type Pending = { type: string; sentAt: number; version: number; inWindow: boolean; timer: NodeJS.Timeout };

/** An intent nobody answers within this long is counted as lost. */
const ANSWER_TIMEOUT_MS = 15_000;
const LEAVE_TIMEOUT_MS = 5000;

export class BenchPlayer {
  link: Link | null = null;
  view: MatchView | null = null;
  version = -1;
  welcome: ServerMessages['welcome'] | null = null;
  lastSentAt = -Infinity;
  /** The view version at which the bot last had nothing to do (bots are pure: no need to ask again). */
  idleAt = -1;
  private pending: Pending | null = null;
  private waiters: Waiter[] = [];
  private leaving = false;

  constructor(
    readonly name: string,
    readonly seed: number,
    private readonly recorder: Recorder,
    /** Spectators only count versions: they keep no view, as nothing acts on it. */
    private readonly keepsView: boolean,
    private readonly onAnswer: () => void,
  ) {}

  get isWaiting(): boolean {
    return this.pending !== null;
  }

  /** Connects and waits until the table is on screen (welcome and full view); returns the ms it took. */
  async connect(target: Target, entry: Entry, timeoutMs: number): Promise<number> {
    const started = performance.now();
    this.link = await target.open(entry, this.handlers());
    await this.until(() => this.welcome !== null && this.version >= 0, 'welcome and view', timeoutMs);
    return performance.now() - started;
  }

  send(type: string, payload: unknown): void {
    this.link?.send(type, payload);
  }

  /** Sends an intent and starts its clock. */
  act(type: string, payload: unknown): void {
    const sentAt = performance.now();
    const inWindow = this.recorder.measuring;
    const timer = setTimeout(() => this.settle(() => (this.recorder.unanswered += inWindow ? 1 : 0)), ANSWER_TIMEOUT_MS);
    this.pending = { type, sentAt, version: this.version, inWindow, timer };
    this.lastSentAt = sentAt;
    this.recorder.sent += inWindow ? 1 : 0;
    this.link?.send(type, payload);
  }

  /** Leaves on purpose; gives up waiting after a while (a dropped connection may never confirm). */
  async leave(): Promise<void> {
    this.leaving = true;
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = null;
    let timer: NodeJS.Timeout | undefined;
    const giveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, LEAVE_TIMEOUT_MS)));
    await Promise.race([this.link?.leave(), giveUp]);
    clearTimeout(timer);
  }

  until(check: () => boolean, what: string, timeoutMs: number): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { check, resolve: () => { clearTimeout(timer); resolve(); } };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`${this.name}: no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  private handlers(): LinkHandlers {
    return {
      view: (m) => this.receiveView(m),
      welcome: (m) => this.notify(() => (this.welcome = m)),
      rejected: (m) => this.settle(() => this.recorder.refuse(m.error.code, this.pending?.inWindow ?? false)),
      closed: (code) => {
        if (!this.leaving) this.recorder.drop(code);
        this.leaving = true;
      },
    };
  }

  private receiveView(wire: ViewWire): void {
    const arrived = performance.now();
    if (this.keepsView) {
      this.view = applyViewUpdate(this.view, parseViewUpdate(wire));
      this.version = this.view?.version ?? -1;
    } else this.version = versionOfWire(wire);
    const pending = this.pending;
    if (pending && this.version > pending.version) this.settle(() => this.recorder.answer(arrived - pending.sentAt, pending.inWindow, pending.type));
    this.notify(() => undefined);
  }

  /** The pending intent got its answer (or none will come): record it and let the table go on. */
  private settle(record: () => void): void {
    if (!this.pending) return;
    clearTimeout(this.pending.timer);
    record();
    this.pending = null;
    this.onAnswer();
  }

  private notify(update: () => unknown): void {
    update();
    if (this.waiters.length === 0) return;
    const ready = this.waiters.filter((w) => w.check());
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve();
  }
}
