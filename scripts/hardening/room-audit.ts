/**
 * Looking at one room after it has been under fire. Its stored log must replay, command by
 * command, to exactly the state the room holds; every state along the way must keep the engine's
 * invariants; and every change must be explained: each intent logged for a human seat was sent,
 * well-formed, by a client of the room, and each start or retiming was asked for by someone.
 */
import { firstDifference, stateViolations, stepViolations } from '@shared/fuzz/index.ts';
import { createGame, reduce } from '@shared/rules/index.ts';
import type { Command } from '@shared/rules/commands.ts';
import type { GameState } from '@shared/rules/types.ts';
import type { MatchStore } from '@server/store/match-store.ts';

/** What the clients of one room sent that could legitimately change its state. */
export type RoomLedger = {
  code: string;
  matchId: string;
  /** Each well-formed intent sent (as the contract parsed it), with how many times. */
  intents: Map<string, number>;
  hostStarts: number;
  hostSetTimers: number;
};

export function newLedger(code: string, matchId: string): RoomLedger {
  return { code, matchId, intents: new Map(), hostStarts: 0, hostSetTimers: 0 };
}

export type RoomAudit = { code: string; commands: number; finished: boolean; violations: string[]; unexplained: string[] };

/** Walks the stored log from the start, checking invariants and explanations; returns the final state. */
function walk(config: Parameters<typeof createGame>[0], seed: number, log: readonly Command[], ledger: RoomLedger, audit: RoomAudit): GameState {
  let state = createGame(config, seed);
  const known = new Set<string>();
  const pending = new Map(ledger.intents);
  let starts = 0;
  let retimes = 0;
  log.forEach((command, i) => {
    const result = reduce(state, command);
    if (!result.ok) {
      audit.violations.push(`${ledger.code} #${i}: stored ${JSON.stringify(command).slice(0, 120)} refused on replay (${result.error.code})`);
      return;
    }
    for (const v of [...stepViolations(state, result.state, result.events), ...stateViolations(result.state).filter((x) => !known.has(x))]) {
      known.add(v);
      audit.violations.push(`${ledger.code} #${i}: ${v}`);
    }
    if (command.kind === 'intent' && state.seats[command.actor].controller === 'human') {
      const key = JSON.stringify(command.intent);
      const left = pending.get(key) ?? 0;
      if (left > 0) pending.set(key, left - 1);
      else audit.unexplained.push(`${ledger.code} #${i}: ${command.actor} ${key.slice(0, 160)} was never sent`);
    }
    if (command.kind === 'system' && command.event.type === 'startMatch') starts += 1;
    if (command.kind === 'system' && command.event.type === 'setTimers') retimes += 1;
    state = result.state;
  });
  if (starts > ledger.hostStarts) audit.unexplained.push(`${ledger.code}: ${starts} starts, ${ledger.hostStarts} asked for`);
  if (retimes > ledger.hostSetTimers) audit.unexplained.push(`${ledger.code}: ${retimes} retimings, ${ledger.hostSetTimers} asked for`);
  return state;
}

/**
 * Audits a room against its stored record. `live` is the state the room holds now (null when the
 * room is gone, e.g. a finished match whose room closed).
 */
export async function auditRoom(store: MatchStore, ledger: RoomLedger, live: GameState | null): Promise<RoomAudit> {
  const audit: RoomAudit = { code: ledger.code, commands: 0, finished: false, violations: [], unexplained: [] };
  const record = await store.getMatch(ledger.matchId);
  if (!record) {
    audit.violations.push(`${ledger.code}: no stored match ${ledger.matchId}`);
    return audit;
  }
  const log = await store.getCommands(ledger.matchId);
  audit.commands = log.length;
  audit.finished = record.status === 'finished';
  const replayed = walk(record.config, record.seed, log, ledger, audit);
  if (live) {
    const diff = firstDifference(replayed, live);
    if (diff) audit.unexplained.push(`${ledger.code}: the live state differs from the replay of its log at ${diff}`);
    if (live.version !== log.length) audit.unexplained.push(`${ledger.code}: version ${live.version} but ${log.length} commands logged`);
  }
  return audit;
}
