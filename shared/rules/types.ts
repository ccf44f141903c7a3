/**
 * The game state and everything that flows through `reduce`. Each field of GameState carries a
 * visibility tag: [public] every player and spectator, [owner] one seat, [server] nobody.
 * `viewFor` (visibility.ts) builds views from an allow-list of these fields.
 */
import type { RngState } from '../random/rng.ts';
import type { Attribution, Flows, LeverId, Levers, ModelEventId, ScenarioId, StepModifiers, World, YearDraws } from '../model/types.ts';
import type { RoundView } from './view.ts';

export const ROLES = ['chemist', 'engineer', 'activist', 'smuggler'] as const;
export type Role = (typeof ROLES)[number];
/** There is exactly one seat per role, so a seat is named by its role. */
export type SeatId = Role;

export const PHASES = ['lobby', 'briefing', 'proposals', 'negotiation', 'vote', 'actions', 'resolution', 'gameOver'] as const;
export type Phase = (typeof PHASES)[number];
/** Phases that have a timer. */
export type TimedPhase = Exclude<Phase, 'lobby' | 'gameOver'>;

export type Brand<T, B extends string> = T & { readonly __brand: B };
export type ProposalId = string; // `p${n}`, derived from state.nextId
export type DealId = string; // `d${n}`
export type MessageId = string; // `m${n}`

export type Ballot = 'yes' | 'no' | 'abstain';

export type MatchConfig = Readonly<{
  scenario: ScenarioId;
  rounds: number; // 4–12, default 8
  /** Phase durations in seconds. */
  timers: Readonly<Record<TimedPhase, number>>;
  botsFillEmptySeats: boolean;
}>;

export type Resources = Readonly<{ credits: number; influence: number; reputation: number }>;

export type Seat = Readonly<{
  role: Role; // [public]
  name: string; // [public] display name
  controller: 'open' | 'human' | 'bot'; // [public] 'open' only in the lobby
  ready: boolean; // [public] ready for the current phase to end
  resources: Resources; // reputation [public]; credits and influence [owner]
  agendaId: string; // [owner] secret win condition, see content/agendas.ts
  exposed: boolean; // [public] caught taking covert actions
  exposedRound: number | null; // [public] round of the (latest) exposure: covert attribution up to it is revealed
  wentStraight: boolean; // [public] smuggler's one-time "go straight"
  /** [owner] private knowledge: assay band, investigation results. */
  intel: readonly Intel[];
  /** [server] covert action taken per round (round number → kind), for investigations and leaks. */
  covertLog: readonly CovertRecord[];
}>;

export type Intel =
  | { kind: 'assay'; round: number; beta0Min: number; beta0Max: number; published: boolean }
  | { kind: 'investigation'; round: number; target: Role; tookCovertAction: boolean };

export type CovertRecord = { round: number; kind: 'divert' | 'bribe' | 'sabotage'; target?: Role; amount?: number };

export type Proposal = Readonly<{
  id: ProposalId;
  round: number;
  by: Role;
  lever: LeverId;
  value: number;
  cosponsors: readonly Role[];
  revisedAt?: number; // [public] the version at which it was last amended
  status: 'tabled' | 'passed' | 'failed';
  /** [public after the reveal] tally including mobilized votes. */
  tally?: Readonly<{ yes: number; no: number; abstain: number; mobilized: number }>;
}>;

export type DealCondition =
  | { kind: 'proposalPasses'; proposalId: ProposalId }
  | { kind: 'votes'; proposalId: ProposalId; ballot: Ballot };

/** A binding deal: `from` pays `to` if the condition holds after the vote; held in escrow meanwhile. */
export type Deal = Readonly<{
  id: DealId;
  round: number;
  from: Role;
  to: Role;
  credits: number;
  influence: number;
  condition: DealCondition;
  status: 'offered' | 'accepted' | 'declined' | 'withdrawn' | 'paid' | 'refunded' | 'expired';
}>; // [owner] visible to `from` and `to` only until settlement; settlement is public

export type ChatMessage = Readonly<{ id: MessageId; round: number; from: Role; to: Role | 'all'; text: string }>;

export type RoleAction =
  | { kind: 'assay'; publish: boolean }
  | { kind: 'retrofit'; lever: LeverId }
  | { kind: 'investigate'; target: Role; expose: boolean }
  | { kind: 'mobilize'; proposalId: ProposalId; ballot: 'yes' | 'no' }
  | { kind: 'divert' }
  | { kind: 'bribe'; target: Role; credits: number }
  | { kind: 'sabotage' }
  | { kind: 'goStraight' }
  | { kind: 'pass' };

export type YearInputs = Readonly<{ draws: YearDraws; modifiers: StepModifiers }>;

export type RoundRecord = Readonly<{
  round: number;
  eventCardId: string | null; // briefing card drawn this round
  levers: Levers; // in force during this round's step
  flows: Flows;
  worldAfter: World;
  events: readonly ModelEventId[];
  attribution: readonly Attribution[];
  headlines: readonly string[];
  baselineAfter: World; // ghost baseline after this round (status-quo levers, same draws)
  /** [server until the end] the year's exact model inputs (luck and hidden modifiers), for debriefs and counterfactuals. */
  inputs: YearInputs;
}>;

/** The briefing card of a round as it was told, with its story written from the world at the draw. */
export type DrawnCard = Readonly<{ id: string; title: string; story: string }>;

/** What a viewer may know of the hidden byproduct intensity β₀. */
export type Beta0Band = Readonly<{ beta0Min: number; beta0Max: number }>;

export type GameState = Readonly<{
  version: number; // [public] +1 on every accepted command
  config: MatchConfig; // [public]
  seed: number; // [server]
  rng: RngState; // [server]
  phase: Phase; // [public]
  round: number; // [public] 1-based; 0 in the lobby
  phaseEndsAt: number | null; // [public] room-clock ms at which the current phase times out
  phaseVersion: number; // [public] the version at which the current phase (of this round) began
  now: number; // [public] the `at` of the last command
  seats: Readonly<Record<Role, Seat>>;
  world: World; // public except beta0 [server]
  levers: Levers; // [public] in force
  baseline: World; // [public] ghost baseline: status-quo levers, same draws
  draws: YearDraws | null; // [server] this round's event draws, drawn at briefing
  eventCardId: string | null; // [public] this round's briefing card
  eventCard: DrawnCard | null; // [public] the same card with its title and story
  deck: readonly string[]; // [server] undealt briefing cards, top first
  pendingCardId: string | null; // [server] facilitator's injected card for the next briefing
  sabotageArmed: boolean; // [server] the next demonstration card fails
  /** [server] this year's hidden activity of the smuggling network in [0,1): public figures cannot tell diversion from a busy year. */
  networkActivity: number;
  assayOffset: number; // [server] where β₀ sits inside the chemist's assay band (0–1), drawn at creation
  publishedAssay: Beta0Band | null; // [public] the chemist's published assay band
  frozenLever: LeverId | null; // [public] protest: cannot be changed this round
  proposals: readonly Proposal[]; // [public] every round's proposals (each names its round)
  ballots: Readonly<Record<ProposalId, Partial<Record<Role, Ballot>>>>; // [server] until revealed; own [owner]
  deals: readonly Deal[]; // see Deal; every round's
  chat: readonly ChatMessage[]; // every round's; public ones [public]; whispers [owner] of sender and recipient
  actions: Partial<Record<Role, RoleAction>>; // [owner] this round's; [server] for others
  rounds: readonly RoundRecord[]; // [public], covert attribution and `beta` hidden until revealed
  /**
   * [public] The same years as everyone but the facilitator may see them, built once at each resolution
   * (and again when an exposure reveals covert effects). Unchanged years keep their object identity
   * from version to version, so rooms can cache their serialisation by reference.
   */
  publicRounds: readonly RoundView[];
  outcome: Outcome | null; // [public] at game over
  nextId: number; // [public] id counter
}>;

export type Outcome = Readonly<{
  reason: 'completed' | 'collapse';
  collapseCause?: 'health' | 'trust' | 'budget';
  sustainability: number;
  citySucceeded: boolean;
  agendaMet: Readonly<Record<Role, boolean>>;
  winners: readonly Role[];
}>;
