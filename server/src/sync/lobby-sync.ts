/**
 * Mirrors the public facts of the table into the Colyseus state every client decodes: phase,
 * round, timer, seats (name, controller, connected, ready) and head counts. Nothing here is secret,
 * which is why it may travel in the shared state rather than in per-client views.
 */
import { ROLES, type GameState, type Role } from '@shared/rules/types.ts';
import { SeatSchema, type MatchSchema } from '../schema/match-schema.ts';

export type LobbyFacts = Readonly<{
  /** Room-clock now, to turn `phaseEndsAt` into a wall-clock deadline. */
  now: number;
  isConnected: (role: Role) => boolean;
  hostRole: Role | null;
  spectators: number;
}>;

export function syncLobby(schema: MatchSchema, state: GameState, facts: LobbyFacts): void {
  schema.phase = state.phase;
  schema.round = state.round;
  const endsAt = state.phaseEndsAt ?? 0;
  if (schema.phaseEndsAt !== endsAt) {
    // Computed once per deadline so the wall-clock value does not jitter with every update.
    schema.phaseEndsAt = endsAt;
    schema.deadline = state.phaseEndsAt === null ? 0 : Math.round(Date.now() + (state.phaseEndsAt - facts.now));
  }
  schema.hostRole = facts.hostRole ?? '';
  schema.spectators = facts.spectators;
  for (const role of ROLES) {
    const seat = state.seats[role];
    let entry = schema.seats.get(role);
    if (!entry) {
      entry = new SeatSchema();
      entry.role = role;
      schema.seats.set(role, entry);
    }
    entry.name = seat.name;
    entry.controller = seat.controller;
    entry.ready = seat.ready;
    entry.connected = facts.isConnected(role);
  }
}
