/**
 * One bot-only match played through the real engine, exactly as a room would: four bots take the
 * seats, the host starts, and then every seat is asked in turn what it does next; when nobody has
 * anything left to do, the phase's timer runs out. The result is the final state and the command
 * log, which replays to the same state.
 */
import { botIntent, type BotMemo } from '../bots/index.ts';
import { mixSeed } from '../bots/decision-seed.ts';
import { botName } from '../content/roles.ts';
import type { ScenarioId } from '../model/types.ts';
import type { Intent } from '../protocol/intents.ts';
import {
  createGame, defaultConfig, reduce, ROLES, viewFor,
  type Command, type GameEvent, type GameState, type MatchConfig, type Role, type RuleError,
} from '../rules/index.ts';

export type Rejection = Readonly<{ actor: Role; intent: Intent; error: RuleError; version: number }>;

export type MatchRun = Readonly<{
  config: MatchConfig;
  seed: number;
  state: GameState;
  commands: readonly Command[];
  rejections: readonly Rejection[];
}>;

export type RunOptions = Readonly<{
  seed: number;
  scenario?: ScenarioId;
  rounds?: number;
  /** Seed of the bots' own choices; derived from `seed` when absent. */
  botSeed?: number;
  /** Let the bots share one forecast cache per round (faster; decisions are the same without it). */
  shareForecasts?: boolean;
  /** Called after every accepted command (tests use it to inspect every intermediate state). */
  observe?: (state: GameState, events: readonly GameEvent[], command: Command) => void;
}>;

/** Far more commands than any match needs: a guard against a bot loop, not a game rule. */
const MAX_COMMANDS = 20_000;

type Table = { state: GameState; commands: Command[]; rejections: Rejection[]; clock: number };

function apply(t: Table, command: Command, observe: RunOptions['observe']): RuleError | null {
  const result = reduce(t.state, command);
  if (!result.ok) return result.error;
  t.state = result.state;
  t.commands.push(command);
  observe?.(result.state, result.events, command);
  if (t.commands.length > MAX_COMMANDS) throw new Error(`bot match did not end after ${MAX_COMMANDS} commands`);
  return null;
}

function system(t: Table, event: Extract<Command, { kind: 'system' }>['event'], observe: RunOptions['observe']): void {
  const error = apply(t, { kind: 'system', at: t.clock, event }, observe);
  if (error) throw new Error(`system command ${event.type} refused: ${JSON.stringify(error)}`);
}

/**
 * Asks every seat once, in an order that rotates each round so no seat always moves first.
 * Returns whether any seat acted. A seat whose intent was refused is not asked again until the
 * state changes, so a confused bot cannot stall the table.
 */
function askSeats(t: Table, botSeed: number, memo: BotMemo | undefined, stuck: Map<Role, number>, observe: RunOptions['observe']): boolean {
  let acted = false;
  for (let i = 0; i < ROLES.length; i++) {
    const role = ROLES[(i + t.state.round) % ROLES.length];
    if (t.state.phase === 'gameOver') return acted;
    if (stuck.get(role) === t.state.version) continue;
    const intent = botIntent(viewFor(t.state, { kind: 'seat', role }), botSeed, memo);
    if (!intent) continue;
    t.clock += 1;
    const error = apply(t, { kind: 'intent', actor: role, at: t.clock, intent }, observe);
    if (error) {
      t.rejections.push({ actor: role, intent, error, version: t.state.version });
      stuck.set(role, t.state.version);
    } else acted = true;
  }
  return acted;
}

/** Plays a whole match with four bots and returns its final state and command log. */
export function runMatch(options: RunOptions): MatchRun {
  const config = defaultConfig({ scenario: options.scenario ?? 'default', rounds: options.rounds, botsFillEmptySeats: true });
  const botSeed = options.botSeed ?? mixSeed(options.seed, 0xb075);
  const t: Table = { state: createGame(config, options.seed), commands: [], rejections: [], clock: 0 };
  for (const role of ROLES) system(t, { type: 'seatTaken', role, name: botName(role), controller: 'bot' }, options.observe);
  system(t, { type: 'startMatch' }, options.observe);
  const memo: BotMemo | undefined = options.shareForecasts === false ? undefined : new Map();
  const stuck = new Map<Role, number>();
  let round = t.state.round;
  while (t.state.phase !== 'gameOver') {
    if (t.state.round !== round) {
      // Forecasts are asked about this year's city; last year's answers are of no more use.
      round = t.state.round;
      memo?.clear();
    }
    if (askSeats(t, botSeed, memo, stuck, options.observe)) continue;
    // Nobody has anything left to do: the phase's timer runs out.
    t.clock = Math.max(t.clock + 1, t.state.phaseEndsAt ?? t.clock + 1);
    system(t, { type: 'phaseTimeout', phase: t.state.phase, round: t.state.round }, options.observe);
  }
  return { config, seed: options.seed, state: t.state, commands: t.commands, rejections: t.rejections };
}
