/**
 * What a fuzzing client knows when it makes up its next message: the phase and version it last saw,
 * its own seat, and the ids on the table. Built from the view the server sent it (or, in engine
 * fuzzing, from `viewFor` of the seat), so the fuzzer never knows more than a real player would.
 */
import type { Levers } from '../model/types.ts';
import { ROLES, type Phase, type Role } from '../rules/types.ts';
import type { MatchView } from '../rules/view.ts';

export type FuzzContext = Readonly<{
  phase: Phase;
  version: number;
  round: number;
  /** The sender's seat; null for spectators and guests. */
  role: Role | null;
  /** Proposals of the current round, then older ones. */
  proposalIds: readonly string[];
  dealIds: readonly string[];
  levers: Levers | null;
  /**
   * A version known to come from before the current phase began (null when none is known): any
   * versioned intent decided on it or earlier is stale, whatever happened since.
   */
  beforePhase: number | null;
}>;

export const EMPTY_CONTEXT: FuzzContext = { phase: 'lobby', version: 0, round: 0, role: null, proposalIds: [], dealIds: [], levers: null, beforePhase: null };

export function contextOfView(view: MatchView | null, role: Role | null, beforePhase: number | null = null): FuzzContext {
  if (!view) return { ...EMPTY_CONTEXT, role };
  const current = view.proposals.filter((p) => p.round === view.round).map((p) => p.id);
  const older = view.proposals.filter((p) => p.round !== view.round).map((p) => p.id);
  return {
    phase: view.phase,
    version: view.version,
    round: view.round,
    role: role !== null && (ROLES as readonly string[]).includes(role) ? role : null,
    proposalIds: [...current, ...older],
    dealIds: view.deals.map((d) => d.id),
    levers: view.levers,
    beforePhase: beforePhase !== null && beforePhase >= 0 && beforePhase < view.version ? beforePhase : null,
  };
}
