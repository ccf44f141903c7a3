/**
 * The shapes `viewFor(state, viewer)` returns. A view is what one viewer may know, built from an
 * allow-list of GameState fields (visibility.ts). Clients render only views; the server never
 * sends anything else about the game.
 */
import type { Attribution, Flows, LeverId, Levers, ModelEventId, World } from '../model/types.ts';
import type {
  Ballot, Beta0Band, YearInputs, ChatMessage, CovertRecord, Deal, DrawnCard, Intel, MatchConfig, Outcome, Phase, Proposal, Role, RoleAction,
} from './types.ts';

export type Viewer = { kind: 'seat'; role: Role } | { kind: 'spectator' } | { kind: 'facilitator' };

/** The world without its hidden parameters. */
export type PublicWorld = Omit<World, 'beta0'>;

/**
 * A year's flows as the public sees them. This year's byproduct intensity `beta` would give away the
 * hidden β₀ (the rest of its formula is public), so like covert attribution it is 0 until revealed.
 */
export type PublicFlows = Flows;

export type AgendaView = Readonly<{ id: string; title: string; text: string; met?: boolean }>;

export type SeatView = Readonly<{
  role: Role;
  name: string;
  controller: 'open' | 'human' | 'bot';
  ready: boolean;
  reputation: number;
  exposed: boolean;
  exposedRound: number | null;
  wentStraight: boolean;
  hasActed: boolean; // took this round's role action
  /** Owner-only (or everyone after the end): */
  credits?: number;
  influence?: number;
  agenda?: AgendaView;
  intel?: readonly Intel[];
  covertLog?: readonly CovertRecord[]; // revealed at the end only
}>;

export type BallotView = Readonly<{
  voted: readonly Role[]; // who has voted (public)
  mine?: Ballot; // the viewer's own ballot before the reveal
  revealed?: Partial<Record<Role, Ballot>>; // everyone's, once revealed
}>;

export type RoundView = Readonly<{
  round: number;
  eventCardId: string | null;
  levers: Levers;
  flows: PublicFlows; // smuggled tonnes are public model output; `beta` is 0 until revealed
  worldAfter: PublicWorld;
  baselineAfter: PublicWorld;
  events: readonly ModelEventId[];
  attribution: readonly Attribution[]; // `covert` is 0 unless revealed (exposure or game over)
  headlines: readonly string[];
  /** Revealed views only (game over): the year's exact model inputs, for the debrief's counterfactuals. */
  inputs?: YearInputs;
}>;

export type MatchView = Readonly<{
  viewer: Viewer;
  revealed: boolean; // true at game over: everything is visible
  version: number;
  config: MatchConfig;
  phase: Phase;
  round: number;
  phaseEndsAt: number | null;
  now: number;
  world: PublicWorld;
  levers: Levers;
  baseline: PublicWorld;
  eventCardId: string | null;
  eventCard: DrawnCard | null;
  publishedAssay: Beta0Band | null;
  frozenLever: LeverId | null;
  seats: Readonly<Record<Role, SeatView>>;
  proposals: readonly Proposal[];
  ballots: Readonly<Record<string, BallotView>>;
  deals: readonly Deal[]; // only deals the viewer is party to (all at the end)
  chat: readonly ChatMessage[]; // public messages and the viewer's own whispers (all at the end)
  myAction: RoleAction | null;
  rounds: readonly RoundView[];
  outcome: Outcome | null;
  /** The viewer's knowledge of the hidden byproduct intensity (for forecasts). */
  knowledge: Readonly<{ beta0Min: number; beta0Max: number }>;
}>;
