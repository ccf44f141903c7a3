import { describe, expect, it } from 'vitest';
import { createGame, defaultConfig, eventsFor } from '@shared/rules/index.ts';
import { advance, cmd, deepFreeze, fail, ok, okEvents, scenario, seatAll, withVersion } from './builders.ts';

describe('chat and whisper', () => {
  it('posts public chat to everyone, without a version check', () => {
    const s = deepFreeze(scenario().started().build());
    const [next, events] = okEvents(s, withVersion(cmd.chat(s, 'chemist', 'hi all'), 999));
    expect(next.chat).toEqual([{ id: 'm1', round: 1, from: 'chemist', to: 'all', text: 'hi all' }]);
    expect(events).toEqual([{ type: 'chatPosted', from: 'chemist', to: 'all', text: 'hi all', audience: 'all' }]);
  });

  it('delivers a whisper only to its two seats', () => {
    const s = scenario().started().build();
    const [next, events] = okEvents(s, cmd.whisper(s, 'smuggler', 'engineer', 'a word?'));
    expect(next.chat[0]).toMatchObject({ from: 'smuggler', to: 'engineer' });
    expect(eventsFor(events, { kind: 'seat', role: 'engineer' })).toHaveLength(1);
    expect(eventsFor(events, { kind: 'seat', role: 'smuggler' })).toHaveLength(1);
    expect(eventsFor(events, { kind: 'seat', role: 'activist' })).toHaveLength(0);
    expect(eventsFor(events, { kind: 'spectator' })).toHaveLength(0);
    expect(eventsFor(events, { kind: 'facilitator' })).toHaveLength(1);
  });

  it('refuses empty or over-long messages (bots and replays bypass the room schema)', () => {
    const s = scenario().started().build();
    expect(fail(s, cmd.chat(s, 'chemist', ''))).toEqual({ code: 'outOfRange', field: 'text', min: 1, max: 280, got: 0 });
    expect(fail(s, cmd.whisper(s, 'chemist', 'engineer', 'x'.repeat(281)))).toEqual({
      code: 'outOfRange', field: 'text', min: 1, max: 280, got: 281,
    });
  });

  it('refuses whispering to yourself', () => {
    const s = scenario().started().build();
    expect(fail(s, cmd.whisper(s, 'chemist', 'chemist', 'me'))).toEqual({ code: 'selfTarget' });
  });

  it('works in the lobby for seated players and in every round phase', () => {
    let s = seatAll(createGame(defaultConfig(), 2));
    s = ok(s, cmd.chat(s, 'activist', 'ready?'));
    s = ok(s, cmd.ready(s, 'activist'));
    expect(s.phase).toBe('lobby');
    s = advance(s);
    for (let i = 0; i < 6; i++) {
      s = ok(s, cmd.whisper(s, 'chemist', 'engineer', `phase ${s.phase}`));
      s = advance(s);
    }
    expect(s.chat.filter((m) => m.to === 'engineer')).toHaveLength(6);
  });
});

describe('ready', () => {
  it('is idempotent and announces changes only', () => {
    const s = scenario().started().build();
    const [once, e1] = okEvents(s, cmd.ready(s, 'chemist'));
    const [twice, e2] = okEvents(once, cmd.ready(once, 'chemist'));
    expect(e1).toEqual([{ type: 'seatReady', role: 'chemist', ready: true, audience: 'all' }]);
    expect(e2).toEqual([]);
    expect(twice.seats.chemist.ready).toBe(true);
    expect(twice.version).toBe(s.version + 2);
  });
});
