/**
 * Messages that pass their contract but may well break the rules: tabling a policy with a value out
 * of range, voting on a proposal that does not exist, answering someone else's deal, bribing
 * yourself, acting for the wrong role. Each is what a player could send from devtools with a
 * correct payload; the engine must refuse the illegal ones and change nothing.
 */
import { LEVERS } from '../model/levers.ts';
import { LEVER_IDS } from '../model/types.ts';
import { MAX_CHAT_LENGTH, type IntentType } from '../protocol/intents.ts';
import { ROLES, type Role } from '../rules/types.ts';
import type { FuzzContext } from './fuzz-context.ts';
import type { Rand } from './fuzz-random.ts';
import { hostileString, textOfLength } from './hostile-values.ts';

export type RawMessage = Readonly<{ type: unknown; payload: unknown }>;
type Body = Record<string, unknown>;

const BALLOTS = ['yes', 'no', 'abstain'] as const;
/** Ids a script might try: real-looking ones that do not exist, and prototype names. */
const ODD_IDS = ['p0', 'p9999', 'd0', 'm1', '__proto__', 'constructor', 'toString', 'p1 ', 'P1', '0'];

function someId(rand: Rand, known: readonly string[], prefix: 'p' | 'd'): string {
  const current = known.slice(0, 4);
  if (known.length > 0 && rand.chance(0.75)) return rand.pick(rand.chance(0.8) && current.length > 0 ? current : known);
  return rand.chance(0.6) ? `${prefix}${rand.int(1, 60)}` : rand.pick(ODD_IDS);
}

function someValue(rand: Rand, lever: (typeof LEVER_IDS)[number]): number {
  const spec = LEVERS[lever];
  const r = rand.float();
  if (r < 0.6) return spec.min + Math.round((rand.float() * (spec.max - spec.min)) / spec.step) * spec.step;
  if (r < 0.8) return spec.min + rand.float() * (spec.max - spec.min) * 1.3 - (spec.max - spec.min) * 0.15;
  return rand.pick([0, -0, -1, 1e300, -1e300, spec.max + spec.step, spec.min - spec.step, 0.1 + 0.2]);
}

function someText(rand: Rand): string {
  const r = rand.float();
  if (r < 0.5) return `offer ${rand.int(1, 999)}: let us table the landfill tax`;
  if (r < 0.75) return hostileString(rand) || 'x';
  return textOfLength(rand, rand.int(1, MAX_CHAT_LENGTH));
}

function someAction(rand: Rand, ctx: FuzzContext): Body {
  const target: Role = rand.pick(ROLES);
  const amount = rand.chance(0.8) ? rand.int(0, 30) : rand.int(0, 1000);
  const actions: Body[] = [
    { kind: 'assay', publish: rand.chance(0.5) },
    { kind: 'retrofit', lever: rand.pick(LEVER_IDS) },
    { kind: 'investigate', target, expose: rand.chance(0.5) },
    { kind: 'mobilize', proposalId: someId(rand, ctx.proposalIds, 'p'), ballot: rand.pick(['yes', 'no']) },
    { kind: 'divert' },
    { kind: 'bribe', target, credits: amount },
    { kind: 'sabotage' },
    { kind: 'goStraight' },
    { kind: 'pass' },
  ];
  return rand.pick(actions);
}

/** The payload of a well-formed message of `type` (without expectedVersion). */
function bodyOf(rand: Rand, ctx: FuzzContext, type: IntentType): Body {
  const lever = rand.pick(LEVER_IDS);
  const proposalId = someId(rand, ctx.proposalIds, 'p');
  const dealId = someId(rand, ctx.dealIds, 'd');
  const amount = () => (rand.chance(0.85) ? rand.int(0, 20) : rand.int(0, 1000));
  switch (type) {
    case 'ready': return { ready: rand.chance(0.7) };
    case 'proposePolicy': return { lever, value: someValue(rand, lever) };
    case 'cosponsor': return { proposalId };
    case 'amendProposal': return { proposalId, value: someValue(rand, lever) };
    case 'chat': return { text: someText(rand) };
    case 'whisper': return { to: rand.pick(ROLES), text: someText(rand) };
    case 'offerDeal': {
      const condition = rand.chance(0.5)
        ? { kind: 'proposalPasses', proposalId }
        : { kind: 'votes', proposalId, ballot: rand.pick(BALLOTS) };
      return { to: rand.pick(ROLES), credits: amount(), influence: amount() % 6, condition };
    }
    case 'respondDeal': return { dealId, accept: rand.chance(0.6) };
    case 'withdrawDeal': return { dealId };
    case 'castVote': return { proposalId, ballot: rand.pick(BALLOTS) };
    case 'roleAction': return { action: someAction(rand, ctx) };
  }
}

const EXEMPT: readonly IntentType[] = ['chat', 'whisper', 'ready'];

/**
 * A well-formed intent of `type`. Versioned intents carry the version the sender saw, or (when
 * `stale`) one from before the current phase began, or one the table will not reach for a very
 * long time: the engine must refuse those with staleVersion even if the sender's view lags behind.
 */
export function wellFormedIntent(rand: Rand, ctx: FuzzContext, type: IntentType, stale = false): RawMessage {
  const body = bodyOf(rand, ctx, type);
  if (EXEMPT.includes(type)) return { type, payload: body };
  const before = ctx.beforePhase;
  const expectedVersion = !stale ? ctx.version : before !== null && before >= 0 && rand.chance(0.8) ? rand.int(0, before) : 1_000_000_000 + rand.int(0, 9);
  return { type, payload: { ...body, expectedVersion } };
}

export function isVersioned(type: string): boolean {
  return !(EXEMPT as readonly string[]).includes(type);
}
