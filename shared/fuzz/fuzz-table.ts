/**
 * A table of four bots, played through the real engine exactly as the simulator plays it, with a
 * referee watching every command: states are frozen (a refusal that tried to modify one would
 * throw), every accepted command is checked against the invariants and logged, and at the end the
 * log must replay to the very same state.
 */
import { botIntent, type BotMemo } from '../bots/index.ts';
import { botName } from '../content/roles.ts';
import type { ScenarioId } from '../model/types.ts';
import {
  createGame, defaultConfig, reduce, replay, ROLES, viewFor,
  type Command, type GameState, type MatchConfig, type ReduceResult, type Role,
} from '../rules/index.ts';
import { deepFreeze, firstDifference } from './deep.ts';
import { report, type FuzzTally } from './fuzz-tally.ts';
import { stateViolations, stepViolations } from './invariants.ts';

/** Far more commands than any match needs: a guard against a loop, not a rule. */
const MAX_COMMANDS = 30_000;

export class FuzzTable {
  state: GameState;
  readonly log: Command[] = [];
  clock = 0;
  private readonly config: MatchConfig;
  private readonly memo: BotMemo = new Map();
  private memoRound = -1;
  private readonly stuck = new Map<Role, number>();
  private readonly known = new Set<string>();

  constructor(readonly seed: number, private readonly tally: FuzzTally, rounds: number, scenario: ScenarioId) {
    this.config = defaultConfig({ scenario, rounds, botsFillEmptySeats: true });
    this.state = deepFreeze(createGame(this.config, seed));
    for (const role of ROLES) this.system({ type: 'seatTaken', role, name: botName(role), controller: 'bot' });
    this.system({ type: 'startMatch' });
  }

  get over(): boolean {
    return this.state.phase === 'gameOver' || this.log.length > MAX_COMMANDS;
  }

  /** Reduces `command` under the referee's eye; accepted commands join the log. */
  apply(command: Command, what: string): ReduceResult {
    const result = reduce(this.state, command);
    if (!result.ok) return result;
    const next = deepFreeze(result.state);
    // A broken state stays broken: each state violation is reported once, when it first appears.
    const fresh = stateViolations(next).filter((v) => !this.known.has(v));
    for (const v of [...stepViolations(this.state, next, result.events), ...fresh]) {
      this.known.add(v);
      report(this.tally, 'violations', `seed ${this.seed} v${this.state.version} after ${what}: ${v}`);
    }
    this.state = next;
    this.log.push(command);
    return result;
  }

  tick(): number {
    this.clock += 1;
    return this.clock;
  }

  /** One seat's bot moves, if it has anything to do; returns whether it acted. */
  botMove(role: Role): boolean {
    if (this.over || this.stuck.get(role) === this.state.version) return false;
    if (this.memoRound !== this.state.round) {
      this.memo.clear();
      this.memoRound = this.state.round;
    }
    const intent = botIntent(viewFor(this.state, { kind: 'seat', role }), this.seed ^ 0xb075, this.memo);
    if (!intent) return false;
    const result = this.apply({ kind: 'intent', actor: role, at: this.tick(), intent }, `bot ${role} ${intent.type}`);
    if (!result.ok) this.stuck.set(role, this.state.version);
    return result.ok;
  }

  /** Nobody has anything left to do: the phase's timer runs out. */
  timeout(): void {
    this.clock = Math.max(this.clock + 1, this.state.phaseEndsAt ?? this.clock + 1);
    this.system({ type: 'phaseTimeout', phase: this.state.phase, round: this.state.round });
  }

  /** The log replays to exactly the live state (else a violation naming the first difference). */
  checkReplay(): void {
    try {
      const diff = firstDifference(replay(this.config, this.seed, this.log), this.state);
      if (diff) report(this.tally, 'violations', `seed ${this.seed}: replay differs from the live state at ${diff}`);
    } catch (error) {
      report(this.tally, 'violations', `seed ${this.seed}: replay failed: ${(error as Error).message}`);
    }
  }

  private system(event: Extract<Command, { kind: 'system' }>['event']): void {
    const result = this.apply({ kind: 'system', at: this.tick(), event }, `system ${event.type}`);
    if (!result.ok) throw new Error(`system command ${event.type} refused: ${JSON.stringify(result.error)}`);
  }
}
