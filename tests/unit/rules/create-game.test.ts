import { describe, expect, it } from 'vitest';
import { agendasOf } from '@shared/content/agendas.ts';
import { BALANCE } from '@shared/content/balance.ts';
import { BETA0_RANGE, initialWorld, scenarioLevers } from '@shared/model/index.ts';
import { createGame, defaultConfig, DEFAULT_TIMERS, ROLES } from '@shared/rules/index.ts';

describe('createGame', () => {
  it('opens a lobby with four open seats, the scenario city and its levers', () => {
    const s = createGame(defaultConfig({ scenario: 'greenMandate' }), 11);
    expect(s.phase).toBe('lobby');
    expect(s.round).toBe(0);
    expect(s.version).toBe(0);
    expect(s.phaseEndsAt).toBeNull();
    for (const r of ROLES) {
      expect(s.seats[r].controller).toBe('open');
      expect(s.seats[r].resources).toEqual(BALANCE.start[r]);
      expect(agendasOf(r).map((a) => a.id)).toContain(s.seats[r].agendaId);
    }
    expect(s.levers).toEqual(scenarioLevers('greenMandate'));
    expect(s.world).toEqual(initialWorld('greenMandate', s.world.beta0));
    expect(s.baseline).toEqual(s.world);
  });

  it('draws the hidden beta0 inside its plausible range', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const { beta0 } = createGame(defaultConfig(), seed).world;
      expect(beta0).toBeGreaterThanOrEqual(BETA0_RANGE.min);
      expect(beta0).toBeLessThan(BETA0_RANGE.max);
    }
  });

  it('is reproducible from its seed and varies with it', () => {
    expect(createGame(defaultConfig(), 5)).toEqual(createGame(defaultConfig(), 5));
    const agendas = new Set<string>();
    const betas = new Set<number>();
    for (let seed = 1; seed <= 40; seed++) {
      const s = createGame(defaultConfig(), seed);
      agendas.add(s.seats.chemist.agendaId);
      betas.add(s.world.beta0);
    }
    expect(agendas.size).toBe(agendasOf('chemist').length);
    expect(betas.size).toBe(40);
  });

  it('shuffles the scenario deck with the seed', () => {
    const a = createGame(defaultConfig(), 1).deck;
    const b = createGame(defaultConfig(), 2).deck;
    expect([...a].sort()).toEqual([...b].sort());
    expect(a).not.toEqual(b);
    expect(a.length).toBeGreaterThanOrEqual(12);
  });

  it('fills defaults and rejects impossible configs', () => {
    const c = defaultConfig({ rounds: 5, timers: { vote: 10 } });
    expect(c.timers).toEqual({ ...DEFAULT_TIMERS, vote: 10 });
    expect(c.rounds).toBe(5);
    expect(c.botsFillEmptySeats).toBe(true);
    expect(() => createGame(defaultConfig({ rounds: 3 }), 1)).toThrow(RangeError);
    expect(() => createGame(defaultConfig({ rounds: 13 }), 1)).toThrow(RangeError);
    expect(() => createGame(defaultConfig({ timers: { vote: 0 } }), 1)).toThrow(RangeError);
  });
});
