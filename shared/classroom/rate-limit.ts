/**
 * How fast a student may talk. Each student has a small bucket of tokens per kind of message that
 * refills steadily: a burst of a few messages is fine, a flood is refused with the wait until the
 * next token. Buckets are plain data and time is passed in, so the room keeps them and tests run
 * without clocks.
 */

export type RateRule = Readonly<{ burst: number; perSecond: number }>;
export type RateBucket = Readonly<{ tokens: number; at: number }>;

/** Classroom limits: chat is generous enough for real negotiation, presets a little more so. */
export const CLASS_RATE_RULES = {
  chat: { burst: 5, perSecond: 0.5 },
  preset: { burst: 6, perSecond: 1 },
  intent: { burst: 20, perSecond: 5 },
  join: { burst: 3, perSecond: 0.2 },
} as const satisfies Record<string, RateRule>;
export type RateKind = keyof typeof CLASS_RATE_RULES;

export type RateDecision =
  | { ok: true; bucket: RateBucket }
  | { ok: false; bucket: RateBucket; retryInMs: number };

/** Spends one token at time `now` (ms) if there is one; a missing bucket starts full. */
export function takeToken(bucket: RateBucket | undefined, rule: RateRule, now: number): RateDecision {
  const start = bucket ?? { tokens: rule.burst, at: now };
  const elapsed = Math.max(0, now - start.at) / 1000;
  const tokens = Math.min(rule.burst, start.tokens + elapsed * rule.perSecond);
  if (tokens >= 1) return { ok: true, bucket: { tokens: tokens - 1, at: now } };
  return { ok: false, bucket: { tokens, at: now }, retryInMs: Math.ceil(((1 - tokens) / rule.perSecond) * 1000) };
}
