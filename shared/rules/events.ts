/**
 * Game events: past-tense facts produced by `reduce`, each with its audience. The room delivers each
 * event only to its audience; clients animate from them. Nothing secret may sit in a public event.
 */
import type { LeverId, ModelEventId } from '../model/types.ts';
import type { Ballot, DealId, Outcome, Phase, ProposalId, Role } from './types.ts';
import type { PublicFlows } from './view.ts';

export type Audience = 'all' | readonly Role[];

export type GameEventBody =
  | { type: 'seatChanged'; role: Role; name: string; controller: 'open' | 'human' | 'bot' }
  | { type: 'phaseStarted'; phase: Phase; round: number; endsAt: number | null }
  | { type: 'seatReady'; role: Role; ready: boolean }
  | { type: 'timerChanged'; endsAt: number | null } // facilitator extended the timer / host changed timers
  | { type: 'cardInjected'; cardId: string } // facilitator only (empty audience)
  | { type: 'eventCardDrawn'; round: number; cardId: string }
  | { type: 'policyProposed'; proposalId: ProposalId; by: Role; lever: LeverId; value: number }
  | { type: 'proposalCosponsored'; proposalId: ProposalId; by: Role }
  | { type: 'proposalAmended'; proposalId: ProposalId; value: number }
  | { type: 'chatPosted'; from: Role; to: Role | 'all'; text: string }
  | { type: 'dealOffered'; dealId: DealId; from: Role; to: Role }
  | { type: 'dealAnswered'; dealId: DealId; accepted: boolean }
  | { type: 'dealWithdrawn'; dealId: DealId }
  | { type: 'voteCast'; proposalId: ProposalId; by: Role } // public: that a seat voted
  | { type: 'votesRevealed'; results: readonly { proposalId: ProposalId; passed: boolean; ballots: Partial<Record<Role, Ballot>> }[] }
  | { type: 'actionTaken'; by: Role } // public: that a seat acted
  | { type: 'intelGained'; by: Role } // owner: look at your private panel
  | { type: 'bribeReceived'; from: Role; credits: number } // the bribed seat only
  | { type: 'seatExposed'; target: Role; by: Role | 'press' }
  | { type: 'exposureFailed'; target: Role; by: Role }
  | { type: 'wentStraight'; by: Role }
  | { type: 'assayPublished'; beta0Min: number; beta0Max: number }
  | { type: 'leverFrozen'; lever: LeverId; round: number } // protest: the lever cannot change in `round`
  | { type: 'dealSettled'; dealId: DealId; from: Role; to: Role; paid: boolean; credits: number; influence: number }
  | { type: 'roundResolved'; round: number; flows: PublicFlows; modelEvents: readonly ModelEventId[]; headlines: readonly string[] }
  | { type: 'gameEnded'; outcome: Outcome };

export type GameEvent = GameEventBody & { audience: Audience };
