import { describe, expect, it } from 'vitest';
import { botName } from '@shared/content/roles.ts';
import { createGame, defaultConfig, ROLES, type GameState } from '@shared/rules/index.ts';
import { advance, advanceTo, deepFreeze, fail, ok, okEvents, scenario, seatAll, sys, T0 } from './builders.ts';

const lobby = (botsFillEmptySeats = true) => deepFreeze(createGame(defaultConfig({ botsFillEmptySeats }), 5));

describe('seating', () => {
  it('takes and releases open seats in the lobby', () => {
    let s = lobby();
    const [taken, events] = okEvents(s, sys({ type: 'seatTaken', role: 'activist', name: 'Mo', controller: 'human' }));
    expect(taken.seats.activist).toMatchObject({ controller: 'human', name: 'Mo' });
    expect(events).toEqual([{ type: 'seatChanged', role: 'activist', name: 'Mo', controller: 'human', audience: 'all' }]);
    expect(fail(taken, sys({ type: 'seatTaken', role: 'activist', name: 'Zed', controller: 'human' }))).toEqual({
      code: 'seatTaken', role: 'activist',
    });
    s = ok(taken, sys({ type: 'seatReleased', role: 'activist' }));
    expect(s.seats.activist).toMatchObject({ controller: 'open', name: '' });
    expect(fail(s, sys({ type: 'seatReleased', role: 'activist' }))).toMatchObject({ code: 'invalidCommand' });
  });

  it('refuses taking or releasing seats once play has started', () => {
    const s = scenario().started().build();
    expect(fail(s, sys({ type: 'seatTaken', role: 'activist', name: 'X', controller: 'human' }))).toMatchObject({ code: 'notYourPhase' });
    expect(fail(s, sys({ type: 'seatReleased', role: 'activist' }))).toMatchObject({ code: 'notYourPhase' });
  });

  it('hands a seat between human and bot in any phase, keeping its resources and agenda', () => {
    let s = scenario().started().phase('vote').build();
    const before = s.seats.engineer;
    s = ok(s, sys({ type: 'seatController', role: 'engineer', controller: 'bot' }));
    expect(s.seats.engineer).toEqual({ ...before, controller: 'bot' });
    s = ok(s, sys({ type: 'seatController', role: 'engineer', controller: 'human', name: 'Lee' }));
    expect(s.seats.engineer).toMatchObject({ controller: 'human', name: 'Lee', resources: before.resources, agendaId: before.agendaId });
    expect(fail(lobby(), sys({ type: 'seatController', role: 'engineer', controller: 'bot' }))).toMatchObject({ code: 'invalidCommand' });
  });
});

describe('startMatch', () => {
  it('fills empty seats with bots when allowed and opens round 1', () => {
    let s = ok(lobby(), sys({ type: 'seatTaken', role: 'chemist', name: 'Ana', controller: 'human' }));
    const [started, events] = okEvents(s, sys({ type: 'startMatch' }, T0 + 5));
    expect(started.phase).toBe('briefing');
    expect(started.round).toBe(1);
    expect(started.phaseEndsAt).toBe(T0 + 5 + started.config.timers.briefing * 1000);
    expect(started.seats.chemist.controller).toBe('human');
    for (const r of ['engineer', 'activist', 'smuggler'] as const) {
      expect(started.seats[r]).toMatchObject({ controller: 'bot', name: botName(r) });
    }
    expect(events.map((e) => e.type)).toEqual(['seatChanged', 'seatChanged', 'seatChanged', 'phaseStarted', 'eventCardDrawn']);
    expect(started.eventCard?.story.length).toBeGreaterThan(20);
    expect(started.draws).not.toBeNull();
    s = started;
    expect(fail(s, sys({ type: 'startMatch' }))).toMatchObject({ code: 'notYourPhase' });
  });

  it('is refused with empty seats when bots may not fill them', () => {
    const s = ok(lobby(false), sys({ type: 'seatTaken', role: 'chemist', name: 'Ana', controller: 'human' }));
    expect(fail(s, sys({ type: 'startMatch' }))).toEqual({ code: 'seatsNotFilled' });
    expect(ok(seatAllOpen(s), sys({ type: 'startMatch' })).phase).toBe('briefing');
  });

  it('advancePhase in the lobby starts the match', () => {
    expect(ok(seatAll(lobby()), sys({ type: 'advancePhase' })).phase).toBe('briefing');
  });
});

function seatAllOpen(s: GameState): GameState {
  let out = s;
  for (const r of ROLES) if (out.seats[r].controller === 'open') out = ok(out, sys({ type: 'seatTaken', role: r, name: r, controller: 'human' }));
  return out;
}

describe('timers', () => {
  it('setTimers changes the lobby timers and validates them', () => {
    const s = lobby();
    const next = ok(s, sys({ type: 'setTimers', timers: { vote: 20, negotiation: 300 } }));
    expect(next.config.timers).toMatchObject({ vote: 20, negotiation: 300, briefing: s.config.timers.briefing });
    expect(fail(s, sys({ type: 'setTimers', timers: { lobby: 10 } }))).toMatchObject({ code: 'invalidCommand' });
    expect(fail(s, sys({ type: 'setTimers', timers: { vote: -1 } }))).toMatchObject({ code: 'outOfRange', field: 'vote' });
    const started = scenario().started().build();
    expect(fail(started, sys({ type: 'setTimers', timers: { vote: 20 } }))).toMatchObject({ code: 'notYourPhase' });
  });

  it('extendTimer pushes the deadline and is announced', () => {
    const s = scenario().started().build();
    const [next, events] = okEvents(s, sys({ type: 'extendTimer', seconds: 60 }));
    expect(next.phaseEndsAt).toBe(s.phaseEndsAt! + 60_000);
    expect(events).toEqual([{ type: 'timerChanged', endsAt: next.phaseEndsAt, audience: 'all' }]);
    // the old deadline no longer ends the phase
    expect(fail(next, sys({ type: 'phaseTimeout', phase: 'briefing', round: 1 }, s.phaseEndsAt!))).toMatchObject({ code: 'invalidCommand' });
    expect(fail(lobby(), sys({ type: 'extendTimer', seconds: 60 }))).toMatchObject({ code: 'invalidCommand' });
    expect(fail(s, sys({ type: 'extendTimer', seconds: 0 }))).toMatchObject({ code: 'outOfRange' });
  });
});

describe('injectEvent', () => {
  it('makes the next briefing use the card without touching the deck', () => {
    let s = scenario().started().phase('negotiation').build();
    const deck = s.deck;
    const [injected, events] = okEvents(s, sys({ type: 'injectEvent', cardId: 'priceShock' }));
    expect(events).toEqual([{ type: 'cardInjected', cardId: 'priceShock', audience: [] }]);
    s = advanceTo(advance(advanceTo(injected, 'resolution')), 'briefing');
    expect(s.round).toBe(2);
    expect(s.eventCardId).toBe('priceShock');
    expect(s.draws?.priceCrash).toBe(0);
    expect(s.deck).toEqual(deck);
    expect(s.pendingCardId).toBeNull();
  });

  it('refuses unknown cards', () => {
    const s = scenario().started().build();
    expect(fail(s, sys({ type: 'injectEvent', cardId: 'alienInvasion' }))).toMatchObject({ code: 'invalidCommand' });
  });
});

describe('after the end', () => {
  const over = () => {
    let s = scenario(3).withConfig({ rounds: 4 }).started().build();
    while (s.phase !== 'gameOver') s = advance(s);
    return deepFreeze(s);
  };
  it('refuses everything but seat handovers and (stale) timeouts', () => {
    const s = over();
    for (const e of [{ type: 'advancePhase' }, { type: 'extendTimer', seconds: 5 }, { type: 'injectEvent', cardId: 'quietYear' }, { type: 'startMatch' }] as const) {
      expect(fail(s, sys(e))).toEqual({ code: 'gameOver' });
    }
    expect(fail(s, sys({ type: 'phaseTimeout', phase: 'resolution', round: 4 }))).toMatchObject({ code: 'invalidCommand' });
    expect(ok(s, sys({ type: 'seatController', role: 'chemist', controller: 'bot' })).seats.chemist.controller).toBe('bot');
  });
});

describe('malformed commands', () => {
  it('are refused, never thrown', () => {
    const s = scenario().started().phase('actions').build();
    const bad = [
      { kind: 'intent', actor: 'chemist', at: 1, intent: { type: 'toString' } },
      { kind: 'intent', actor: 'chemist', at: 1, intent: { type: 'roleAction', action: { kind: 'constructor' }, expectedVersion: s.version } },
      { kind: 'intent', actor: 'mayor', at: 1, intent: { type: 'ready', ready: true } },
      { kind: 'system', at: 1, event: { type: 'launchRockets' } },
      { kind: 'teleport', at: 1 },
    ];
    for (const c of bad) expect(fail(s, c as never).code).toMatch(/invalidCommand|notSeated/);
  });
});

describe('every accepted command', () => {
  it('advances the version by one and stamps the time', () => {
    const s = lobby();
    const next = ok(s, sys({ type: 'seatTaken', role: 'chemist', name: 'A', controller: 'human' }, 4242));
    expect(next.version).toBe(1);
    expect(next.now).toBe(4242);
    expect(fail(next, { kind: 'system', at: Number.NaN, event: { type: 'startMatch' } })).toMatchObject({ code: 'invalidCommand' });
  });
});
