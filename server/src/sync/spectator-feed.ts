/**
 * What spectators (and guests without a seat) see: the public view, optionally delayed so a
 * spectator cannot relay the table live to a player. Nothing is delayed in the lobby, and the end
 * of the match flushes the queue and reveals everything at once.
 */
import type { GameEvent } from '@shared/rules/events.ts';
import type { GameState } from '@shared/rules/types.ts';

export type FeedEntry = Readonly<{ state: GameState; events: readonly GameEvent[] }>;
export type Schedule = (run: () => void, delayMs: number) => { clear(): void };

export const SPECTATOR = { kind: 'spectator' } as const;

export class SpectatorFeed {
  private readonly queue: { due: number; entry: FeedEntry }[] = [];
  private timer: { clear(): void } | null = null;
  /** The last state spectators were shown; a spectator joining now starts from it. */
  current: GameState | null = null;

  constructor(
    private readonly delayMs: number,
    private readonly deliver: (entry: FeedEntry) => void,
    private readonly schedule: Schedule,
    private readonly now: () => number,
  ) {}

  publish(entry: FeedEntry): void {
    const { phase } = entry.state;
    if (this.delayMs <= 0 || phase === 'lobby' || phase === 'gameOver') {
      this.flush();
      this.emit(entry);
      return;
    }
    this.queue.push({ due: this.now() + this.delayMs, entry });
    this.arm();
  }

  /** Delivers everything still queued, oldest first (used at the end of the match). */
  flush(): void {
    this.timer?.clear();
    this.timer = null;
    for (const { entry } of this.queue.splice(0)) this.emit(entry);
  }

  private emit(entry: FeedEntry): void {
    this.current = entry.state;
    this.deliver(entry);
  }

  private arm(): void {
    if (this.timer || this.queue.length === 0) return;
    this.timer = this.schedule(() => this.drain(), Math.max(0, this.queue[0].due - this.now()));
  }

  private drain(): void {
    this.timer = null;
    const now = this.now();
    while (this.queue.length > 0 && this.queue[0].due <= now) this.emit(this.queue.shift()!.entry);
    this.arm();
  }
}
