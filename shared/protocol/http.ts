/**
 * The HTTP API's response shapes, shared by the server and the client: health, the public list of
 * live matches a spectator can watch, and the record of a finished match that the replay viewer
 * rebuilds move by move (its config, seed and command log, with everything revealed).
 */
import type { Command } from '../rules/commands.ts';
import type { MatchConfig, Outcome, Phase, Role } from '../rules/types.ts';
import type { MatchView } from '../rules/view.ts';

/** GET /api/health */
export type HealthResponse = {
  status: 'ok' | 'starting';
  version: string;
  protocolVersion: number;
};

/** One entry of GET /api/matches/live (public matches that are under way and allow spectators). */
export type LiveMatch = {
  code: string;
  scenario: string;
  round: number;
  rounds: number;
  phase: Phase;
  /** Seats played by people right now. */
  players: number;
  spectators: number;
};

/** GET /api/matches/live */
export type LiveMatchesResponse = { matches: LiveMatch[] };

/** GET /api/matches/:id, finished matches only (404 unknown, 409 not finished). */
export type ReplayRecord = {
  id: string;
  code: string;
  config: MatchConfig;
  seed: number;
  /** Every accepted command in order: `replay(config, seed, commands)` rebuilds the final state. */
  commands: Command[];
  createdAt: number;
  finishedAt: number;
  summary: {
    outcome: Outcome | null;
    rounds: number;
    seats: Record<Role, { name: string; controller: 'open' | 'human' | 'bot' }>;
  };
  /** The final state as everyone sees it at the end (everything revealed). */
  finalView: MatchView;
};

/** Error body of the HTTP API. */
export type ApiError = { error: 'notFound' | 'notFinished' };
