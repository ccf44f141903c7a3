/**
 * The bot contract: a pure function of one seat's view and a seed, deterministic, silent where it has
 * nothing to do, ready once done, and almost never refused by the engine.
 */
import { describe, expect, it } from 'vitest';
import { botIntent } from '@shared/bots/index.ts';
import { viewFor, type Command, type GameState } from '@shared/rules/index.ts';
import { SCENARIO_IDS } from '@shared/model/types.ts';
import { runMatch } from '@shared/sim/run-match.ts';
import { playTo, seatView, startedMatch } from './table.ts';

describe('botIntent', () => {
  it('returns null for spectators, in the lobby and at game over', () => {
    const started = startedMatch(3);
    expect(botIntent(viewFor(started, { kind: 'spectator' }), 1)).toBeNull();
    const run = runMatch({ seed: 3, rounds: 4 });
    expect(botIntent(seatView(run.state, 'chemist'), 1)).toBeNull();
  });

  it('is deterministic for a view and a seed, and reads only the view (a JSON copy gives the same intent)', () => {
    let checked = 0;
    runMatch({
      seed: 11, rounds: 4,
      observe: (state: GameState) => {
        if (state.version % 7 !== 0) return;
        for (const role of ['chemist', 'engineer', 'activist', 'smuggler'] as const) {
          const view = seatView(state, role);
          const first = botIntent(view, 99);
          expect(botIntent(view, 99)).toEqual(first);
          expect(botIntent(JSON.parse(JSON.stringify(view)), 99)).toEqual(first);
          checked += 1;
        }
      },
    });
    expect(checked).toBeGreaterThan(50);
  });

  it('says ready once it has nothing more to do, then stays silent', () => {
    let s = playTo(startedMatch(5), 'briefing', 1);
    const view = seatView(s, 'engineer');
    expect(botIntent(view, 1)).toEqual({ type: 'ready', ready: true });
    s = { ...s, seats: { ...s.seats, engineer: { ...s.seats.engineer, ready: true } } };
    expect(botIntent(seatView(s, 'engineer'), 1)).toBeNull();
  });

  it('a whole match runs without any phase timing out: every bot finishes every phase', () => {
    const run = runMatch({ seed: 21, rounds: 5 });
    const timeouts = run.commands.filter((c: Command) => c.kind === 'system' && c.event.type === 'phaseTimeout');
    expect(timeouts).toEqual([]);
    expect(run.state.phase).toBe('gameOver');
  });

  it('the same match seed gives the same command log, with or without the shared forecast cache', () => {
    const a = runMatch({ seed: 8, scenario: 'greenMandate', rounds: 4 });
    const b = runMatch({ seed: 8, scenario: 'greenMandate', rounds: 4 });
    const c = runMatch({ seed: 8, scenario: 'greenMandate', rounds: 4, shareForecasts: false });
    expect(b.commands).toEqual(a.commands);
    expect(c.commands).toEqual(a.commands);
  });

  it('another bot seed plays the same match differently', () => {
    const a = runMatch({ seed: 8, rounds: 4, botSeed: 1 });
    const b = runMatch({ seed: 8, rounds: 4, botSeed: 2 });
    expect(JSON.stringify(b.commands)).not.toBe(JSON.stringify(a.commands));
  });
});

describe('the engine (almost) never refuses a bot', () => {
  it('over 80 matches of every scenario, at most 1 refusal per 1,000 intents', () => {
    let intents = 0;
    const refused: string[] = [];
    for (let i = 0; i < 80; i++) {
      const scenario = SCENARIO_IDS[i % SCENARIO_IDS.length];
      const run = runMatch({ seed: 5000 + i, scenario, rounds: i % 10 === 0 ? 8 : 4 });
      intents += run.commands.filter((c) => c.kind === 'intent').length + run.rejections.length;
      for (const r of run.rejections) refused.push(`${scenario}/${5000 + i} ${r.actor} ${r.intent.type}: ${r.error.code}`);
    }
    expect(intents).toBeGreaterThan(80 * 40);
    expect(refused.length, refused.slice(0, 10).join('\n')).toBeLessThanOrEqual(intents / 1000);
  }, 60_000);
});
