/**
 * The class contract: a class config with classroom defaults, class codes, the facilitator's commands
 * (each aimed at one table or all), student messages, and what the class setup derives from them —
 * the tables' match config and seeds, which cards may be injected, when students may be moved.
 */
import { describe, expect, it } from 'vitest';
import {
  checkInjectable, checkMovable, injectableCards, MOVABLE_PHASES, tableConfig, tableSeeds, targetTables,
} from '@shared/classroom/index.ts';
import { DECKS } from '@shared/content/events.ts';
import {
  CLASS_CONFIG, CLASS_CREATE_OPTIONS, FACILITATOR_COMMAND_SCHEMAS, FACILITATOR_COMMAND_TYPES, isClassCode, JOIN_CLASS,
  parseFacilitatorCommand, STUDENT_MESSAGE_SCHEMAS, type FacilitatorCommand,
} from '@shared/protocol/class-messages.ts';
import { DEFAULT_TIMERS } from '@shared/rules/index.ts';
import { PHASES } from '@shared/rules/types.ts';
import { SCENARIO_IDS } from '@shared/model/types.ts';

describe('CLASS_CONFIG', () => {
  it('fills classroom defaults', () => {
    expect(CLASS_CONFIG.parse({})).toEqual({
      scenario: 'default', tables: 'auto', rounds: 8, timers: {}, bots: true, chatMode: 'open', names: 'filtered',
      spectatorDelaySec: 0, sameSeed: true,
    });
  });

  it.each([
    [{ tables: 0 }], [{ tables: 26 }], [{ tables: 2.5 }], [{ rounds: 3 }], [{ rounds: 13 }], [{ chatMode: 'loud' }],
    [{ names: 'secret' }], [{ spectatorDelaySec: -1 }], [{ timers: { vote: 2 } }], [{ extra: true }], [{ scenario: 'mars' }],
  ])('refuses %j', (input) => {
    expect(CLASS_CONFIG.safeParse(input).success).toBe(false);
  });

  it('accepts a full teacher choice', () => {
    const config = CLASS_CONFIG.parse({
      title: 'Period 3', scenario: 'smugglersHaven', tables: 4, rounds: 6, timers: { negotiation: 240 }, bots: false,
      chatMode: 'presets', names: 'generated', spectatorDelaySec: 30, sameSeed: false,
    });
    expect(config.tables).toBe(4);
    expect(CLASS_CREATE_OPTIONS.parse({ protocolVersion: 1 }).config).toEqual(CLASS_CONFIG.parse({}));
  });
});

describe('class codes and joining', () => {
  it('students may type the code in lower case with spaces', () => {
    expect(JOIN_CLASS.parse({ protocolVersion: 1, code: ' abc23x ' }).code).toBe('ABC23X');
    expect(isClassCode('ABC23X')).toBe(true);
  });

  it.each(['ABC23', 'ABC23XY', 'ABCD1O', 'ABC-23'])('refuses the code %s (wrong length or ambiguous letters)', (code) => {
    expect(JOIN_CLASS.safeParse({ protocolVersion: 1, code }).success).toBe(false);
  });

  it('preset phrases are named by id and go to the table or one seat', () => {
    expect(STUDENT_MESSAGE_SCHEMAS.sayPreset.safeParse({ phraseId: 'support', to: 'all' }).success).toBe(true);
    expect(STUDENT_MESSAGE_SCHEMAS.sayPreset.safeParse({ phraseId: 'support', to: 'smuggler' }).success).toBe(true);
    expect(STUDENT_MESSAGE_SCHEMAS.sayPreset.safeParse({ phraseId: 'insult', to: 'all' }).success).toBe(false);
  });
});

describe('facilitator commands', () => {
  it.each<[string, unknown, FacilitatorCommand]>([
    ['pause', { target: 'all' }, { type: 'pause', target: 'all' }],
    ['advancePhase', { target: { table: 2 } }, { type: 'advancePhase', target: { table: 2 } }],
    ['extendTimer', { target: { table: 1 }, seconds: 60 }, { type: 'extendTimer', target: { table: 1 }, seconds: 60 }],
    ['broadcast', { target: 'all', text: '  Five minutes left  ' }, { type: 'broadcast', target: 'all', text: 'Five minutes left' }],
    ['injectEvent', { target: { table: 3 }, cardId: 'priceShock' }, { type: 'injectEvent', target: { table: 3 }, cardId: 'priceShock' }],
    ['muteStudent', { studentId: 'st1' }, { type: 'muteStudent', studentId: 'st1', muted: true }],
    ['moveStudent', { studentId: 'st1', table: 2, seat: 'copilot', of: 'chemist' }, { type: 'moveStudent', studentId: 'st1', table: 2, seat: 'copilot', of: 'chemist' }],
    ['endSession', { target: 'all' }, { type: 'endSession', target: 'all' }],
  ])('parses %s', (type, payload, command) => {
    expect(parseFacilitatorCommand(type, payload)).toEqual({ ok: true, command });
  });

  it.each<[unknown, unknown]>([
    ['start', {}], ['pause', { target: 'some' }], ['resume', { target: { table: 0 } }], ['extendTimer', { target: 'all', seconds: 1 }],
    ['broadcast', { target: 'all', text: '   ' }], ['injectEvent', { target: 'all', cardId: 'meteor' }],
    ['moveStudent', { studentId: 'st1', table: 1, seat: 'mayor' }], ['endSession', { target: 'all', now: true }],
    ['startMatch', { target: 'all' }], [42, {}], ['toString', {}],
  ])('refuses %j %j', (type, payload) => {
    expect(parseFacilitatorCommand(type, payload).ok).toBe(false);
  });

  it('every command type has a schema, and all the issue\'s controls are there', () => {
    expect(FACILITATOR_COMMAND_TYPES.sort()).toEqual(
      ['advancePhase', 'broadcast', 'endSession', 'extendTimer', 'injectEvent', 'moveStudent', 'muteStudent', 'pause', 'resume', 'start'],
    );
    for (const t of FACILITATOR_COMMAND_TYPES) expect(FACILITATOR_COMMAND_SCHEMAS[t]).toBeDefined();
  });

  it('type contract', () => {
    // @ts-expect-error a target is a table number or 'all'
    const bad: FacilitatorCommand = { type: 'pause', target: 'everyone' };
    // @ts-expect-error extendTimer needs seconds
    const missing: FacilitatorCommand = { type: 'extendTimer', target: 'all' };
    expect([bad, missing]).toHaveLength(2);
  });
});

describe('class setup', () => {
  it('each table plays the class\'s scenario, rounds, timers and bot setting', () => {
    const config = CLASS_CONFIG.parse({ scenario: 'greenMandate', rounds: 5, timers: { vote: 60 }, bots: false });
    expect(tableConfig(config)).toEqual({
      scenario: 'greenMandate', rounds: 5, timers: { ...DEFAULT_TIMERS, vote: 60 }, botsFillEmptySeats: false,
    });
  });

  it('tables share the class seed by default, or get distinct derived seeds', () => {
    expect(tableSeeds(1234, 3, true)).toEqual([1234, 1234, 1234]);
    const own = tableSeeds(1234, 5, false);
    expect(new Set(own).size).toBe(5);
    expect(tableSeeds(1234, 5, false)).toEqual(own);
  });

  it('a target names one existing table or all of them', () => {
    expect(targetTables('all', 3)).toEqual([1, 2, 3]);
    expect(targetTables({ table: 2 }, 3)).toEqual([2]);
    expect(targetTables({ table: 4 }, 3)).toEqual({ code: 'unknownTable', table: 4 });
  });

  it('injectable cards are the scenario\'s deck plus the leak a sabotaged demonstration becomes', () => {
    for (const scenario of SCENARIO_IDS) {
      const cards = injectableCards(scenario);
      for (const id of Object.keys(DECKS[scenario])) expect(cards).toContain(id);
      expect(cards).toContain('vaultDemoLeak');
      expect(new Set(cards).size).toBe(cards.length);
    }
    expect(checkInjectable('default', 'priceShock')).toBeNull();
    expect(checkInjectable('default', 'nope')).toEqual({ code: 'cardNotInDeck', cardId: 'nope' });
  });

  it('students may be moved before the first round and between rounds only', () => {
    for (const phase of PHASES) {
      const expected = MOVABLE_PHASES.includes(phase) ? null : { code: 'notBetweenRounds', table: 2, phase };
      expect(checkMovable(2, phase), phase).toEqual(expected);
    }
    expect(checkMovable(1, 'vote')).not.toBeNull();
    expect(checkMovable(1, 'lobby')).toBeNull();
  });
});
