/**
 * The registry of intent modules, one per intent type: `reduce` looks an intent up here after the
 * checks every intent shares (seat, phase, version).
 */
import type { IntentType } from '../../protocol/intents.ts';
import { amendProposal } from './amend-proposal.ts';
import { castVote } from './cast-vote.ts';
import { chat } from './chat.ts';
import { cosponsor } from './cosponsor.ts';
import type { IntentHandler } from './handler.ts';
import { offerDeal } from './offer-deal.ts';
import { proposePolicy } from './propose-policy.ts';
import { ready } from './ready.ts';
import { respondDeal } from './respond-deal.ts';
import { roleAction } from './role-action.ts';
import { whisper } from './whisper.ts';
import { withdrawDeal } from './withdraw-deal.ts';

export const INTENT_HANDLERS: { readonly [K in IntentType]: IntentHandler<K> } = {
  ready, proposePolicy, cosponsor, amendProposal, chat, whisper, offerDeal, respondDeal, withdrawDeal, castVote, roleAction,
};

export { ACTION_RULES, actionsFor } from './role-action.ts';
export type { ActionKind } from './actions/action-rule.ts';
export type { IntentHandler } from './handler.ts';
