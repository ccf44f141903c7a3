/**
 * The paper estimates bots make from a view: every secret agenda has a goal, a treasury heading for
 * bankruptcy triggers cuts and revenue, influence is cheaper when plentiful or late, nanotech
 * projections follow their levers, and the activist accuses only on evidence.
 */
import { describe, expect, it } from 'vitest';
import { activistBot, covertEstimate } from '@shared/bots/activist.ts';
import { makeContext } from '@shared/bots/context.ts';
import { budgetWishes, goalOf } from '@shared/bots/goals.ts';
import { budgetAlarm, leakChance, projectedMaturity } from '@shared/bots/projections.ts';
import { influencePrice } from '@shared/bots/table-policy.ts';
import { AGENDAS } from '@shared/content/agendas.ts';
import type { GameState, Intel } from '@shared/rules/index.ts';
import { playTo, seatView, startedMatch } from './table.ts';

const proposals = () => playTo(startedMatch(12), 'proposals', 1);

function withSeat(s: GameState, role: 'activist' | 'chemist', patch: Partial<GameState['seats']['activist']>): GameState {
  return { ...s, seats: { ...s.seats, [role]: { ...s.seats[role], ...patch } } };
}

describe('goals', () => {
  it('every agenda of the content has a goal of its own', () => {
    for (const id of Object.keys(AGENDAS)) expect(goalOf(id).agendaId).toBe(id);
    expect(goalOf('someNewAgenda').agendaId).toBe('civic');
  });

  it('only Fortune plays without needing the city', () => {
    const free = Object.keys(AGENDAS).filter((id) => !goalOf(id).needsCity);
    expect(free).toEqual(['smugglerFortune']);
  });
});

describe('the budget', () => {
  it('a rescue cuts the two biggest spending levers in force, then raises revenue', () => {
    const wishes = budgetWishes({ ...proposals().levers, enforcement: 6, remediation: 2, campaign: 1 });
    expect(wishes.slice(0, 2)).toEqual([
      { lever: 'enforcement', dir: -1, target: 0 },
      { lever: 'remediation', dir: -1, target: 0 },
    ]);
    expect(wishes.slice(2).map((w) => w.lever)).toEqual(['eprFee', 'landfillTax', 'levy']);
  });

  it('rings the alarm only when the treasury’s trend reaches the collapse floor before the end', () => {
    let s = playTo(startedMatch(12), 'proposals', 2);
    expect(budgetAlarm(seatView(s, 'engineer'))).toBe(false);
    const fallen = { ...s.world, T: s.rounds[0].worldAfter.T - 30 };
    s = { ...s, world: fallen };
    expect(budgetAlarm(seatView(s, 'engineer'))).toBe(true);
  });
});

describe('influence', () => {
  it('is priced lower when it piles up and as the match nears its end', () => {
    const s = proposals();
    const ctx = (influence: number, state = s) => makeContext(seatView(withSeat(state, 'chemist', {
      resources: { ...state.seats.chemist.resources, influence },
    }), 'chemist'), 1)!;
    expect(influencePrice(ctx(6), 'eprFee', 0.5)).toBeGreaterThan(influencePrice(ctx(100), 'eprFee', 0.5));
    const late = playTo(s, 'proposals', 8);
    expect(influencePrice(ctx(20, late), 'eprFee', 0.5)).toBeLessThan(influencePrice(ctx(20), 'eprFee', 0.5));
    expect(influencePrice(ctx(6), 'eprFee', 0.8)).toBeGreaterThan(influencePrice(ctx(6), 'eprFee', 0.1));
  });
});

describe('nanotech projections', () => {
  it('maturity grows with the licence cap and R&D; leak risk with the cap, less with safety', () => {
    const view = seatView(proposals(), 'chemist');
    const lv = view.levers;
    expect(projectedMaturity(view, { ...lv, nanoCap: 0.5 })).toBeGreaterThan(projectedMaturity(view, lv));
    expect(projectedMaturity(view, { ...lv, rnd: 3 })).toBeGreaterThan(projectedMaturity(view, lv));
    expect(leakChance(view, { ...lv, nanoCap: 0.5 })).toBeGreaterThan(leakChance(view, lv));
    expect(leakChance(view, { ...lv, nanoCap: 0.5, safety: 1 })).toBeLessThan(leakChance(view, { ...lv, nanoCap: 0.5 }));
  });
});

describe('the activist accuses on evidence', () => {
  const finding = (round: number, tookCovertAction: boolean): Intel => ({ kind: 'investigation', round, target: 'smuggler', tookCovertAction });
  const actionsWith = (intel: Intel[]) => {
    const s = playTo(startedMatch(12), 'actions', 1);
    return makeContext(seatView(withSeat(s, 'activist', { intel }), 'activist'), 1)!;
  };

  it('investigates without accusing while it has found nothing', () => {
    expect(activistBot.act(actionsWith([]))).toEqual({ kind: 'investigate', target: 'smuggler', expose: false });
    expect(activistBot.act(actionsWith([finding(1, false), finding(2, false)]))).toMatchObject({ expose: false });
  });

  it('accuses once its findings make a covert action likely', () => {
    const caught = [finding(1, true), finding(2, true)];
    expect(covertEstimate(actionsWith(caught))).toBeGreaterThan(covertEstimate(actionsWith([finding(1, false), finding(2, true)])));
    expect(activistBot.act(actionsWith(caught))).toEqual({ kind: 'investigate', target: 'smuggler', expose: true });
  });
});
