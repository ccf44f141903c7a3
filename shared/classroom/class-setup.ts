/**
 * From a class to its tables: every table plays a match with the class's scenario, rounds, timers and
 * bot setting, and (by default) the class's seed, so all tables face the same briefing cards and the
 * same luck and the debrief compares like with like. Also what the facilitator's controls may aim at:
 * which tables a target names, which cards may be injected, and when students may be moved.
 */
import { DECKS, EVENT_CARDS } from '../content/events.ts';
import { mixSeed } from '../bots/decision-seed.ts';
import type { ScenarioId } from '../model/types.ts';
import type { ClassConfig, ClassError, ClassTarget } from '../protocol/class-messages.ts';
import { defaultConfig } from '../rules/create-game.ts';
import type { MatchConfig, Phase } from '../rules/types.ts';

/** The match every table of the class plays. */
export function tableConfig(config: ClassConfig): MatchConfig {
  return defaultConfig({ scenario: config.scenario, rounds: config.rounds, timers: config.timers, botsFillEmptySeats: config.bots });
}

/** The seed of each table (index 0 = table 1): the class seed everywhere, or one derived per table. */
export function tableSeeds(classSeed: number, tables: number, sameSeed: boolean): number[] {
  return Array.from({ length: tables }, (_, i) => (sameSeed ? classSeed >>> 0 : mixSeed(classSeed, i + 1, 0x7ab1e)));
}

/** The table numbers a target names, or why it names none. */
export function targetTables(target: ClassTarget, tables: number): number[] | ClassError {
  if (target === 'all') return Array.from({ length: tables }, (_, i) => i + 1);
  if (target.table < 1 || target.table > tables) return { code: 'unknownTable', table: target.table };
  return [target.table];
}

/**
 * Cards a facilitator may inject in a scenario: its deck, plus what a deck card can turn into (the
 * toxic leak on stage that a sabotaged demonstration becomes), in a fixed order.
 */
export function injectableCards(scenario: ScenarioId): string[] {
  const out: string[] = [];
  for (const id of Object.keys(DECKS[scenario])) {
    if (!out.includes(id)) out.push(id);
    const fails = EVENT_CARDS[id]?.failsInto;
    if (fails && !out.includes(fails)) out.push(fails);
  }
  return out;
}

export function checkInjectable(scenario: ScenarioId, cardId: string): ClassError | null {
  return injectableCards(scenario).includes(cardId) ? null : { code: 'cardNotInDeck', cardId };
}

/**
 * Phases in which the teacher may move students: before the first round, and between rounds (the
 * year's resolution and the next briefing, when nobody is in the middle of a proposal, deal or vote).
 */
export const MOVABLE_PHASES: readonly Phase[] = ['lobby', 'resolution', 'briefing'];

export function checkMovable(table: number, phase: Phase): ClassError | null {
  return MOVABLE_PHASES.includes(phase) ? null : { code: 'notBetweenRounds', table, phase };
}
