/** Why an intent or system command was refused. `reduce` returns one of these and leaves the state unchanged. */
import type { Phase } from './types.ts';

export type RuleError =
  | { code: 'notYourPhase'; phase: Phase; intent: string }
  | { code: 'staleVersion'; expected: number; got: number }
  | { code: 'notSeated' }
  | { code: 'notYourSeat' }
  | { code: 'unknownPolicy'; lever: string }
  | { code: 'outOfRange'; field: string; min: number; max: number; got: number }
  | { code: 'insufficientFunds'; resource: 'credits' | 'influence' | 'reputation'; needed: number; have: number }
  | { code: 'alreadyProposed' }
  | { code: 'leverFrozen'; lever: string }
  | { code: 'leverAlreadyTabled'; lever: string; proposalId: string } // one proposal per lever per round
  | { code: 'noChange'; lever: string; value: number } // the value is already in force
  | { code: 'unknownProposal'; proposalId: string }
  | { code: 'notProposer' }
  | { code: 'alreadyCosponsored' }
  | { code: 'alreadyVoted'; proposalId: string }
  | { code: 'unknownDeal'; dealId: string }
  | { code: 'dealNotOpen'; dealId: string }
  | { code: 'selfTarget' }
  | { code: 'alreadyActed' }
  | { code: 'actionNotOfRole'; action: string; role: string }
  | { code: 'actionUnavailable'; action: string; reason: string }
  | { code: 'seatTaken'; role: string }
  | { code: 'seatsNotFilled' }
  | { code: 'gameOver' }
  | { code: 'invalidCommand'; reason: string };

export type RuleErrorCode = RuleError['code'];
