/**
 * One hostile client's stream of game messages. Each message has a category and what the server
 * must do with it: refuse it at the contract (malformed, mistyped, oversized, unknown type), refuse
 * it in the rules (out of phase, stale version, a replay of an earlier accepted message), or judge
 * it (well-formed but probably illegal). The fuzzer remembers what was accepted so it can replay it.
 */
import { INTENT_TYPES, type IntentType } from '../protocol/intents.ts';
import { isAllowed } from '../rules/phases.ts';
import type { FuzzContext } from './fuzz-context.ts';
import type { Rand } from './fuzz-random.ts';
import { garbageValue, hostileString } from './hostile-values.ts';
import { malform } from './malform.ts';
import { isVersioned, wellFormedIntent, type RawMessage } from './well-formed.ts';

export const FUZZ_CATEGORIES = ['unknownType', 'malformed', 'mistyped', 'oversized', 'outOfPhase', 'stale', 'replayed', 'illegal'] as const;
export type FuzzCategory = (typeof FUZZ_CATEGORIES)[number];

/** What must happen: refused by the contract, refused by the rules, or either way (judged on merit). */
export type Expectation = 'contractRefuses' | 'rulesRefuse' | 'any';

export type FuzzMessage = RawMessage & Readonly<{ category: FuzzCategory; expect: Expectation; how: string }>;

/** How often each category comes up (weights). */
const WEIGHTS: Readonly<Record<FuzzCategory, number>> = {
  unknownType: 1, malformed: 2, mistyped: 2, oversized: 1, outOfPhase: 2, stale: 1, replayed: 1, illegal: 5,
};
const TOTAL = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);
const REMEMBERED = 40;

function drawCategory(rand: Rand): FuzzCategory {
  let r = rand.float() * TOTAL;
  for (const c of FUZZ_CATEGORIES) {
    r -= WEIGHTS[c];
    if (r < 0) return c;
  }
  return 'illegal';
}

function unknownType(rand: Rand): unknown {
  return rand.pick<unknown>([
    hostileString(rand), 'launchMissiles', 'setState', 'CHAT', 'chat ', '', '*', '_', rand.int(-3, 300), null, 1.5, ['chat'], { type: 'chat' },
  ]);
}

export type MessageFuzzer = {
  next(ctx: FuzzContext): FuzzMessage;
  /** Tells the fuzzer a message was accepted (it may replay it later). */
  accepted(message: RawMessage): void;
};

export function messageFuzzer(rand: Rand): MessageFuzzer {
  const history: RawMessage[] = [];
  const allowedTypes = (ctx: FuzzContext) => INTENT_TYPES.filter((t) => isAllowed(ctx.phase, t));
  const anyFitting = (ctx: FuzzContext): IntentType => {
    const fitting = allowedTypes(ctx);
    return fitting.length > 0 && rand.chance(0.9) ? rand.pick(fitting) : rand.pick(INTENT_TYPES);
  };

  function make(ctx: FuzzContext, category: FuzzCategory): FuzzMessage {
    switch (category) {
      case 'unknownType':
        return { type: unknownType(rand), payload: garbageValue(rand), category, expect: 'contractRefuses', how: 'unknown type' };
      case 'malformed': case 'mistyped': case 'oversized': {
        const broken = malform(rand, wellFormedIntent(rand, ctx, anyFitting(ctx)), category);
        return { ...broken.message, category, expect: 'contractRefuses', how: broken.how };
      }
      case 'outOfPhase': {
        const outside = INTENT_TYPES.filter((t) => !isAllowed(ctx.phase, t));
        return { ...wellFormedIntent(rand, ctx, rand.pick(outside)), category, expect: 'rulesRefuse', how: `in ${ctx.phase}` };
      }
      case 'stale': {
        const type = rand.pick(INTENT_TYPES.filter(isVersioned));
        return { ...wellFormedIntent(rand, ctx, type, true), category, expect: 'rulesRefuse', how: 'stale version' };
      }
      case 'replayed': {
        if (history.length === 0) return make(ctx, 'illegal');
        const old = rand.pick(history);
        // Decided on a view from an earlier phase, it must be refused; within the same phase a
        // replay is just the same move again, judged on its merits (a second vote is refused…).
        const seen = (old.payload as { expectedVersion?: number }).expectedVersion;
        const stale = seen !== undefined && ctx.beforePhase !== null && seen <= ctx.beforePhase;
        return { ...old, category, expect: stale ? 'rulesRefuse' : 'any', how: stale ? 'replay from an earlier phase' : 'replay' };
      }
      case 'illegal':
        return { ...wellFormedIntent(rand, ctx, anyFitting(ctx)), category, expect: 'any', how: 'well-formed' };
    }
  }

  return {
    next: (ctx) => make(ctx, drawCategory(rand)),
    accepted(message) {
      history.push({ type: message.type, payload: message.payload });
      if (history.length > REMEMBERED) history.shift();
    },
  };
}
