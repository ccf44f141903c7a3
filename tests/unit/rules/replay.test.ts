/**
 * Replay is truth: a recorded match (seed + config + command log, tests/fixtures/games/) rebuilds the
 * same states, and its round reports match the checked-in golden file. After a deliberate change of
 * the model or the rules, regenerate with UPDATE_GOLDEN=1 and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  createGame, reduce, replay, replayStates, ReplayError, type Command, type GameState, type MatchConfig,
} from '@shared/rules/index.ts';
import { deepFreeze } from './builders.ts';
import { scriptedCommands, SCRIPTED_CONFIG, SCRIPTED_SEED } from './scripted-game.ts';

const dir = fileURLToPath(new URL('../../fixtures/games/', import.meta.url));
const fixture = JSON.parse(readFileSync(`${dir}green-package.json`, 'utf8')) as { config: MatchConfig; seed: number; commands: Command[] };
const goldenPath = `${dir}green-package.golden.json`;

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** What a reviewer reads in the golden file: per year, the decisions, the luck and the city. */
function report(s: GameState) {
  return {
    rounds: s.rounds.map((r) => ({
      round: r.round,
      card: r.eventCardId,
      events: r.events,
      passed: s.proposals.filter((p) => p.round === r.round && p.status === 'passed').map((p) => `${p.lever}=${p.value}`),
      city: { T: r4(r.worldAfter.T), P: r4(r.worldAfter.P), H: r4(r.worldAfter.H), R: r4(r.worldAfter.R), B: r4(r.worldAfter.B), c: r4(r.worldAfter.c) },
      ghost: { T: r4(r.baselineAfter.T), P: r4(r.baselineAfter.P), R: r4(r.baselineAfter.R) },
      headlines: r.headlines,
    })),
    seats: Object.fromEntries(Object.entries(s.seats).map(([role, seat]) => [role, { ...seat.resources, exposed: seat.exposed, agenda: seat.agendaId }])),
    deals: s.deals.map((d) => `${d.id} ${d.from}->${d.to} ${d.credits}c ${d.status}`),
    outcome: s.outcome && { ...s.outcome, sustainability: r4(s.outcome.sustainability) },
  };
}

describe('recorded match: green package', () => {
  it('the fixture log is still what the script produces', () => {
    expect(fixture.config).toEqual(SCRIPTED_CONFIG);
    expect(fixture.seed).toBe(SCRIPTED_SEED);
    expect(JSON.parse(JSON.stringify(scriptedCommands()))).toEqual(fixture.commands);
  });

  it('replays to a finished match, the same every time', () => {
    const a = replay(fixture.config, fixture.seed, fixture.commands);
    const b = replay(fixture.config, fixture.seed, fixture.commands);
    expect(a.phase).toBe('gameOver');
    expect(a).toEqual(b);
    const states = replayStates(fixture.config, fixture.seed, fixture.commands);
    expect(states).toHaveLength(fixture.commands.length + 1);
    expect(states.at(-1)).toEqual(a);
    expect(states.map((s) => s.version)).toEqual(states.map((_, i) => i));
  });

  it('never mutates a state it is given (every state deep-frozen before the next command)', () => {
    let s = deepFreeze(createGame(fixture.config, fixture.seed));
    for (const c of fixture.commands) {
      const r = reduce(s, c);
      if (!r.ok) throw new Error(r.error.code);
      s = deepFreeze(r.state);
    }
    expect(s).toEqual(replay(fixture.config, fixture.seed, fixture.commands));
  });

  it('matches the golden round reports', () => {
    const actual = report(replay(fixture.config, fixture.seed, fixture.commands));
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(goldenPath)) {
      writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
  });

  it('throws on a log the rules refuse, naming the command', () => {
    const vote = fixture.commands.findIndex((c) => c.kind === 'intent' && c.intent.type === 'castVote');
    const doubled = [...fixture.commands.slice(0, vote + 1), fixture.commands[vote], ...fixture.commands.slice(vote + 1)];
    expect(() => replay(fixture.config, fixture.seed, doubled)).toThrow(ReplayError);
    try {
      replay(fixture.config, fixture.seed, doubled);
    } catch (e) {
      expect(e).toMatchObject({ index: vote + 1, code: 'alreadyVoted' });
    }
  });

  it('a different seed gives a different match from the same log prefix', () => {
    const seated = fixture.commands.slice(0, 3);
    expect(replay(fixture.config, 1, seated).eventCardId).toBeDefined();
    expect(replay(fixture.config, 1, seated).world.beta0).not.toBe(replay(fixture.config, fixture.seed, seated).world.beta0);
  });
});
