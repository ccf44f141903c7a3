/**
 * The shape every intent module shares: the phases that accept it (read from the one phase table),
 * a `check` that explains a refusal without touching the state, and an `apply` that returns a new
 * state and the events it produced. `reduce` runs the common checks (seat, phase, version) first.
 */
import type { IntentOf, IntentType } from '../../protocol/intents.ts';
import type { RuleError } from '../errors.ts';
import type { GameEvent } from '../events.ts';
import { phasesAccepting } from '../phases.ts';
import type { GameState, Phase, Role } from '../types.ts';

export type Applied = { state: GameState; events: GameEvent[] };

export type IntentHandler<K extends IntentType> = Readonly<{
  phases: readonly Phase[];
  check: (state: GameState, actor: Role, intent: IntentOf<K>) => RuleError | null;
  apply: (state: GameState, actor: Role, intent: IntentOf<K>) => Applied;
}>;

/** Builds a handler whose phases come from PHASE_INTENTS, so the table stays the single source. */
export function defineIntent<K extends IntentType>(type: K, h: Omit<IntentHandler<K>, 'phases'>): IntentHandler<K> {
  return { phases: phasesAccepting(type), ...h };
}

/** An insufficientFunds error when `have` is below `needed`, else null. */
export function needFunds(
  resource: 'credits' | 'influence' | 'reputation', needed: number, have: number,
): RuleError | null {
  return have < needed ? { code: 'insufficientFunds', resource, needed, have } : null;
}
