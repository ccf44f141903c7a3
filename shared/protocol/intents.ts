/**
 * Client → server intents: one zod contract per intent. The TypeScript types are inferred from these
 * schemas, never written twice. The room validates every message with `safeParse` before it reaches
 * `reduce`; `reduce` then judges legality (phase, seat, funds…).
 */
import { z } from 'zod';
import { LEVER_IDS } from '../model/types.ts';
import { ROLES } from '../rules/types.ts';
import { cleanChat, typedText } from './text.ts';

export const MAX_CHAT_LENGTH = 280;
const role = z.enum(ROLES);
const lever = z.enum(LEVER_IDS);
const id = z.string().min(1).max(16);
const ballot = z.enum(['yes', 'no', 'abstain']);
const amount = z.number().int().min(0).max(1000);
const version = z.number().int().min(0);
/** Chat and whispers: control and invisible characters are stripped (text.ts). */
const chatText = typedText(MAX_CHAT_LENGTH, cleanChat);

export const INTENT_SCHEMAS = {
  /** Ready for the current phase to end ("everyone ready" ends it early). Idempotent. */
  ready: z.object({ ready: z.boolean() }).strict(),
  proposePolicy: z.object({ lever, value: z.number().finite(), expectedVersion: version }).strict(),
  cosponsor: z.object({ proposalId: id, expectedVersion: version }).strict(),
  /** The proposer changes the value of their own proposal (negotiation). */
  amendProposal: z.object({ proposalId: id, value: z.number().finite(), expectedVersion: version }).strict(),
  chat: z.object({ text: chatText }).strict(),
  whisper: z.object({ to: role, text: chatText }).strict(),
  offerDeal: z
    .object({
      to: role,
      credits: amount,
      influence: amount,
      condition: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('proposalPasses'), proposalId: id }).strict(),
        z.object({ kind: z.literal('votes'), proposalId: id, ballot }).strict(),
      ]),
      expectedVersion: version,
    })
    .strict(),
  respondDeal: z.object({ dealId: id, accept: z.boolean(), expectedVersion: version }).strict(),
  withdrawDeal: z.object({ dealId: id, expectedVersion: version }).strict(),
  castVote: z.object({ proposalId: id, ballot, expectedVersion: version }).strict(),
  roleAction: z
    .object({
      action: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('assay'), publish: z.boolean() }).strict(),
        z.object({ kind: z.literal('retrofit'), lever }).strict(),
        z.object({ kind: z.literal('investigate'), target: role, expose: z.boolean() }).strict(),
        z.object({ kind: z.literal('mobilize'), proposalId: id, ballot: z.enum(['yes', 'no']) }).strict(),
        z.object({ kind: z.literal('divert') }).strict(),
        z.object({ kind: z.literal('bribe'), target: role, credits: amount }).strict(),
        z.object({ kind: z.literal('sabotage') }).strict(),
        z.object({ kind: z.literal('goStraight') }).strict(),
        z.object({ kind: z.literal('pass') }).strict(),
      ]),
      expectedVersion: version,
    })
    .strict(),
} as const;

export type IntentType = keyof typeof INTENT_SCHEMAS;
export const INTENT_TYPES = Object.keys(INTENT_SCHEMAS) as IntentType[];
export type IntentPayload<K extends IntentType> = z.infer<(typeof INTENT_SCHEMAS)[K]>;
/** An intent as the engine sees it: the message type plus its validated payload. */
export type Intent = { [K in IntentType]: { type: K } & IntentPayload<K> }[IntentType];
export type IntentOf<K extends IntentType> = Extract<Intent, { type: K }>;

/** Parses an untrusted message into an Intent, or explains why it is not one. */
export function parseIntent(type: unknown, payload: unknown): { ok: true; intent: Intent } | { ok: false; reason: string } {
  // Own keys only: `'toString' in INTENT_SCHEMAS` is true, and its "schema" has no safeParse.
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(INTENT_SCHEMAS, type)) return { ok: false, reason: `unknown message type` };
  const result = INTENT_SCHEMAS[type as IntentType].safeParse(payload);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, reason: `${issue.path.join('.') || 'payload'}: ${issue.message}` };
  }
  return { ok: true, intent: { type, ...result.data } as Intent };
}
