/**
 * Engine-level fuzzing: bot matches played through the real rules while a hostile player sends a
 * seeded stream of broken, out-of-place and replayed messages on behalf of every seat, through the
 * same contract check the server uses (`parseIntent`) and then `reduce`. Refusals must change
 * nothing, acceptances must be explainable, invariants must hold after every command, and each
 * match's log must replay to its final state. Pure and seeded: a seed reproduces a whole run.
 */
import type { ScenarioId } from '../model/types.ts';
import { parseIntent } from '../protocol/intents.ts';
import { ROLES, viewFor, type Command, type GameState, type Role } from '../rules/index.ts';
import { firstDifference } from './deep.ts';
import { contextOfView, type FuzzContext } from './fuzz-context.ts';
import { messageFuzzer, type FuzzMessage, type MessageFuzzer } from './fuzz-message.ts';
import { makeRand, subSeed, type Rand } from './fuzz-random.ts';
import { FuzzTable } from './fuzz-table.ts';
import { countMessage, emptyTally, report, type FuzzTally } from './fuzz-tally.ts';
import { forgedCommand } from './forged-commands.ts';

export type EngineFuzzOptions = Readonly<{
  seed: number;
  /** How many hostile messages to send in all (matches are played until they are spent). */
  messages: number;
  rounds?: number;
  scenario?: ScenarioId;
  /** Deep-compare the state around every n-th refusal (freezing already catches any mutation). */
  snapshotEvery?: number;
}>;

export type EngineFuzzReport = FuzzTally & { seed: number; matches: number; commands: number };

/** Refusal codes each category may legitimately get from the rules. */
const EXPECTED_CODES: Readonly<Record<string, readonly string[]>> = {
  outOfPhase: ['notYourPhase', 'gameOver'],
  stale: ['staleVersion', 'notYourPhase', 'gameOver'],
  replayed: ['staleVersion', 'notYourPhase', 'gameOver'],
  forgedCommand: ['notSeated', 'invalidCommand', 'gameOver'],
};

type Run = { rand: Rand; fuzzer: MessageFuzzer; tally: FuzzTally; seed: number; snapshotEvery: number; refusals: number };

const describe = (m: FuzzMessage) => `${m.category} ${String(m.type).slice(0, 24)} (${m.how.slice(0, 60)})`;

function contextFor(table: FuzzTable, role: Role, cache: Map<string, FuzzContext>): FuzzContext {
  const key = `${table.state.version}:${role}`;
  let ctx = cache.get(key);
  if (!ctx) {
    cache.clear();
    ctx = contextOfView(viewFor(table.state, { kind: 'seat', role }), role, table.state.phaseVersion - 1);
    cache.set(key, ctx);
  }
  return ctx;
}

/** Applies a command that passed (or skipped) the contract, and judges the result. */
function judge(run: Run, table: FuzzTable, command: Command, category: string, expect: FuzzMessage['expect'], what: string): boolean {
  const before = run.snapshotEvery > 0 && run.refusals % run.snapshotEvery === 0 ? structuredClone(table.state) : null;
  const start: GameState = table.state;
  let result;
  try {
    result = table.apply(command, what);
  } catch (error) {
    countMessage(run.tally, category, 'rulesRefused', 'threw');
    report(run.tally, 'crashes', `seed ${run.seed} v${start.version}: ${what} threw ${(error as Error).message}`);
    return false;
  }
  if (!result.ok) {
    run.refusals += 1;
    const code = result.error.code;
    countMessage(run.tally, category, 'rulesRefused', code);
    const diff = before ? firstDifference(before, table.state) : null;
    if (table.state !== start || diff) report(run.tally, 'unexplained', `seed ${run.seed} v${start.version}: refused ${what} changed ${diff ?? 'the state'}`);
    const allowed = EXPECTED_CODES[category];
    if (expect === 'rulesRefuse' && allowed && !allowed.includes(code)) report(run.tally, 'unexplained', `seed ${run.seed} v${start.version}: ${what} refused as ${code}`);
    return false;
  }
  countMessage(run.tally, category, 'accepted');
  if (expect !== 'any') report(run.tally, 'unexplained', `seed ${run.seed} v${start.version}: accepted ${what}`);
  return true;
}

function sendOne(run: Run, table: FuzzTable, cache: Map<string, FuzzContext>): void {
  if (run.rand.chance(0.03)) {
    const forged = forgedCommand(run.rand, table.state, table.tick());
    judge(run, table, forged.command, 'forgedCommand', 'rulesRefuse', `forged ${forged.how}`);
    return;
  }
  const role = run.rand.pick(ROLES);
  const msg = run.fuzzer.next(contextFor(table, role, cache));
  let parsed;
  try {
    parsed = parseIntent(msg.type, msg.payload);
  } catch (error) {
    countMessage(run.tally, msg.category, 'contractRefused', 'threw');
    report(run.tally, 'crashes', `seed ${run.seed}: parseIntent threw on ${describe(msg)}: ${(error as Error).message}`);
    return;
  }
  if (!parsed.ok) return countMessage(run.tally, msg.category, 'contractRefused', 'contract');
  if (msg.expect === 'contractRefuses') report(run.tally, 'unexplained', `seed ${run.seed}: the contract accepted ${describe(msg)}`);
  const command: Command = { kind: 'intent', actor: role, at: table.tick(), intent: parsed.intent };
  if (judge(run, table, command, msg.category, msg.expect, `${role} ${describe(msg)}`)) run.fuzzer.accepted(msg);
}

/** Plays one bot match with hostile messages between the bots' moves, until it ends or the budget is spent. */
function playFuzzed(run: Run, table: FuzzTable, budget: number): void {
  const cache = new Map<string, FuzzContext>();
  while (!table.over && run.tally.messages < budget) {
    let acted = false;
    for (let i = 0; i < ROLES.length && !table.over; i++) {
      acted = table.botMove(ROLES[(i + table.state.round) % ROLES.length]) || acted;
      for (let k = run.rand.int(0, 4); k > 0 && run.tally.messages < budget; k--) sendOne(run, table, cache);
    }
    if (!acted && !table.over) table.timeout();
  }
}

/** Runs bot matches under fire until `messages` hostile messages have been sent. */
export function fuzzEngine(options: EngineFuzzOptions): EngineFuzzReport {
  const tally = emptyTally();
  const run: Run = {
    rand: makeRand(subSeed(options.seed, 1)), fuzzer: messageFuzzer(makeRand(subSeed(options.seed, 2))),
    tally, seed: options.seed, snapshotEvery: options.snapshotEvery ?? 25, refusals: 0,
  };
  let matches = 0;
  let commands = 0;
  while (tally.messages < options.messages) {
    const table = new FuzzTable(subSeed(options.seed, 100 + matches), tally, options.rounds ?? 4, options.scenario ?? 'default');
    playFuzzed(run, table, options.messages);
    table.checkReplay();
    matches += 1;
    commands += table.log.length;
  }
  return { ...tally, seed: options.seed, matches, commands };
}
