/**
 * What makes a lever value proposable: inside the lever's range (from the model's LEVERS table),
 * snapped to the lever's step, and different from the value already in force.
 */
import { clampLever, LEVERS } from '../../model/index.ts';
import type { LeverId } from '../../model/types.ts';
import type { RuleError } from '../errors.ts';
import type { GameState } from '../types.ts';

/** The value the proposal will carry (snapped to the step) or why it cannot. */
export function proposableValue(state: GameState, lever: LeverId, value: number): { value: number } | { error: RuleError } {
  const { min, max } = LEVERS[lever];
  if (!Number.isFinite(value) || value < min || value > max) {
    return { error: { code: 'outOfRange', field: 'value', min, max, got: value } };
  }
  const snapped = clampLever(lever, value);
  if (snapped === state.levers[lever]) return { error: { code: 'noChange', lever, value: snapped } };
  return { value: snapped };
}
