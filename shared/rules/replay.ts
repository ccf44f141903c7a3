/**
 * Replaying a match: the configuration, the seed and the logged commands rebuild every state exactly.
 * A logged command that the rules now refuse means the log and the rules disagree, so it throws.
 */
import type { Command } from './commands.ts';
import { createGame } from './create-game.ts';
import { reduce } from './reduce.ts';
import type { GameState, MatchConfig } from './types.ts';

export class ReplayError extends Error {
  constructor(readonly index: number, readonly command: Command, readonly code: string) {
    super(`replay: command #${index} (${command.kind === 'intent' ? command.intent.type : command.event.type}) rejected: ${code}`);
    this.name = 'ReplayError';
  }
}

/** The state after applying `commands` in order to a fresh match. */
export function replay(config: MatchConfig, seed: number, commands: readonly Command[]): GameState {
  let state = createGame(config, seed);
  commands.forEach((command, index) => {
    const result = reduce(state, command);
    if (!result.ok) throw new ReplayError(index, command, result.error.code);
    state = result.state;
  });
  return state;
}

/** Every intermediate state (the replay viewer's timeline): states[0] is the fresh match. */
export function replayStates(config: MatchConfig, seed: number, commands: readonly Command[]): GameState[] {
  const states = [createGame(config, seed)];
  commands.forEach((command, index) => {
    const result = reduce(states[states.length - 1], command);
    if (!result.ok) throw new ReplayError(index, command, result.error.code);
    states.push(result.state);
  });
  return states;
}
