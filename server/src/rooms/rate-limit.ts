/**
 * Token buckets that keep chat readable and the match log small: each seat (or connection) may send
 * a short burst, then one message per refill period. Time comes from the room clock, so limits follow
 * the same time as the match. Refused messages get `rateLimited` with the wait until the next token.
 */
export type BucketRule = Readonly<{ burst: number; refillMs: number }>;

/** Chat and whispers, per seat (so a reconnect does not refill it). */
export const CHAT_RULE: BucketRule = { burst: 5, refillMs: 1500 };
export const SPECTATOR_CHAT_RULE: BucketRule = { burst: 3, refillMs: 3000 };
/**
 * Every other game intent, per seat: far above what anyone clicks (a whole year takes a dozen
 * moves), far below what a script could make the match log record (each accepted intent is stored).
 */
export const INTENT_RULE: BucketRule = { burst: 20, refillMs: 200 };
/** Seating, renaming, host controls and rematch, per connection: each may write to the log too. */
export const ROOM_MESSAGE_RULE: BucketRule = { burst: 10, refillMs: 1000 };

type Bucket = { tokens: number; updatedAt: number };

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly rule: BucketRule) {}

  /** Takes one token for `key`; returns 0 when allowed, else the ms until a token is available. */
  take(key: string, now: number): number {
    const bucket = this.refilled(key, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) * this.rule.refillMs);
  }

  /** Whether `key` has a token now (without taking it). */
  available(key: string, now: number): boolean {
    return this.refilled(key, now).tokens >= 1;
  }

  forget(key: string): void {
    this.buckets.delete(key);
  }

  private refilled(key: string, now: number): Bucket {
    const bucket = this.buckets.get(key) ?? { tokens: this.rule.burst, updatedAt: now };
    const elapsed = Math.max(0, now - bucket.updatedAt);
    bucket.tokens = Math.min(this.rule.burst, bucket.tokens + elapsed / this.rule.refillMs);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    return bucket;
  }
}

/** One table's limits: chat per seat, spectator chat and room messages per connection, intents per seat. */
export class TableLimits {
  readonly chat = new RateLimiter(CHAT_RULE);
  readonly spectatorChat = new RateLimiter(SPECTATOR_CHAT_RULE);
  readonly intent = new RateLimiter(INTENT_RULE);
  readonly roomMessage = new RateLimiter(ROOM_MESSAGE_RULE);

  /** A connection that left: its per-connection buckets go (per-seat ones stay with the seat). */
  forget(sessionId: string): void {
    this.chat.forget(sessionId);
    this.spectatorChat.forget(sessionId);
    this.roomMessage.forget(sessionId);
  }
}
