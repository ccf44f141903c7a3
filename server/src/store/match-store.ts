/**
 * Where matches live between moves and after the end: every match is its scenario, seed and the
 * ordered log of accepted commands, so replaying the log rebuilds any moment of it exactly. A store
 * also keeps the seat tokens that let players return after a restart, and a summary of the result.
 */
import type { Command } from '@shared/rules/commands.ts';
import type { MatchConfig, Outcome, Role } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';

/** Room settings that are not part of the game rules but must survive a restart. */
export type RoomSettings = Readonly<{
  isPublic: boolean;
  allowSpectators: boolean;
  spectatorDelaySec: number;
  /** Set on the tables of a class: their class reopens them after a restart, not the match resume. */
  classId?: string;
}>;

export type MatchStatus = 'running' | 'finished' | 'abandoned';

export type SeatSummary = Readonly<{ name: string; controller: 'open' | 'human' | 'bot' }>;

/** What the results screen and the replay list need without replaying the log. */
export type MatchSummary = Readonly<{
  outcome: Outcome | null;
  rounds: number;
  seats: Readonly<Record<Role, SeatSummary>>;
}>;

export type NewMatch = Readonly<{
  id: string;
  code: string;
  config: MatchConfig;
  seed: number;
  settings: RoomSettings;
  createdAt: number;
}>;

export type StoredMatch = NewMatch &
  Readonly<{
    status: MatchStatus;
    finishedAt: number | null;
    summary: MatchSummary | null;
    /** The fully revealed view of the final state, kept so replays list results without re-running. */
    finalView: MatchView | null;
    seatTokens: Readonly<Partial<Record<Role, string>>>;
    commandCount: number;
  }>;

export type FinishedMatch = Readonly<{ summary: MatchSummary; finalView: MatchView; finishedAt: number }>;

/**
 * Writes are synchronous and ordered (a command is durable before anyone sees its effect); reads
 * may be asynchronous so a networked database can implement the same contract.
 */
export interface MatchStore {
  createMatch(match: NewMatch): void;
  /** `seq` is the command's 0-based position in the log; a duplicate position is an error. */
  appendCommand(matchId: string, seq: number, command: Command): void;
  /** Stores (or, with null, revokes) the token that returns a player to `role`. */
  setSeatToken(matchId: string, role: Role, token: string | null): void;
  finishMatch(matchId: string, result: FinishedMatch): void;
  /** A match nobody will come back to (everyone left): it is kept but not resumed. */
  abandonMatch(matchId: string): void;
  getMatch(matchId: string): Promise<StoredMatch | null>;
  getCommands(matchId: string): Promise<Command[]>;
  /** Matches to resume after a restart: status `running`, oldest first. */
  listUnfinished(): Promise<StoredMatch[]>;
  close(): void;
}
