import { describe, expect, it } from 'vitest';
import { BALANCE } from '@shared/content/balance.ts';
import { LEVERS } from '@shared/model/index.ts';
import { createGame, defaultConfig, type GameState, type Role, type RuleError } from '@shared/rules/index.ts';
import { affordable, cmd, deepFreeze, fail, lastProposal, ok, scenario, sys, T0, withVersion } from './builders.ts';

const proposals = () => deepFreeze(scenario(7).started().phase('proposals').build());

describe('proposePolicy', () => {
  it('tables a proposal, charges influence and announces it', () => {
    const s = proposals();
    const next = ok(s, cmd.propose(s, 'engineer', 'landfillTax', 80));
    const p = next.proposals[0];
    expect(p).toEqual({
      id: 'p1', round: 1, by: 'engineer', lever: 'landfillTax', value: 80, cosponsors: [], status: 'tabled',
    });
    expect(next.seats.engineer.resources.influence).toBe(s.seats.engineer.resources.influence - BALANCE.policyCost.landfillTax);
    expect(next.levers.landfillTax).toBe(s.levers.landfillTax); // nothing changes before the vote
  });

  it('snaps the value to the lever step', () => {
    const s = proposals();
    const next = ok(s, cmd.propose(s, 'chemist', 'nanoCap', 0.31));
    expect(next.proposals[0].value).toBeCloseTo(0.3, 10);
  });

  const poor = (s: GameState): GameState => ({
    ...s, seats: { ...s.seats, activist: { ...s.seats.activist, resources: { ...s.seats.activist.resources, influence: 1 } } },
  });
  const withFrozen = (s: GameState): GameState => ({ ...s, frozenLever: 'eprFee' });
  const tabled = (s: GameState): GameState => ok(s, cmd.propose(s, 'engineer', 'landfillTax', 80));

  const same = (s: GameState) => s;
  const rows: [string, (s: GameState) => GameState, Role, string, number, RuleError][] = [
    ['unknown policy', same, 'activist', 'notALever', 1, { code: 'unknownPolicy', lever: 'notALever' }],
    ['value above range', same, 'activist', 'landfillTax', 161,
      { code: 'outOfRange', field: 'value', min: LEVERS.landfillTax.min, max: LEVERS.landfillTax.max, got: 161 }],
    ['value below range', same, 'activist', 'fine', 100, { code: 'outOfRange', field: 'value', min: 300, max: 5000, got: 100 }],
    ['value not a number', same, 'activist', 'fine', Number.NaN, { code: 'outOfRange', field: 'value', min: 300, max: 5000, got: Number.NaN }],
    ['value already in force', same, 'activist', 'landfillTax', 40, { code: 'noChange', lever: 'landfillTax', value: 40 }],
    ['not enough influence', poor, 'activist', 'landfillTax', 80, { code: 'insufficientFunds', resource: 'influence', needed: BALANCE.policyCost.landfillTax, have: 1 }],
    ['frozen lever', withFrozen, 'activist', 'eprFee', 100, { code: 'leverFrozen', lever: 'eprFee' }],
    ['second proposal of the seat', tabled, 'engineer', 'eprFee', 100, { code: 'alreadyProposed' }],
    ['lever already tabled', tabled, 'activist', 'landfillTax', 120, { code: 'leverAlreadyTabled', lever: 'landfillTax', proposalId: 'p1' }],
  ];
  it.each(rows)('refuses: %s, leaving the state unchanged', (_name, prepare, actor, lever, value, error) => {
    const s = deepFreeze(prepare(proposals()));
    const before = JSON.stringify(s);
    expect(fail(s, cmd.propose(s, actor, lever, value))).toEqual(error);
    expect(JSON.stringify(s)).toBe(before);
  });

  it('refuses outside the proposals phase, a stale version, and an open seat', () => {
    const s = proposals();
    const neg = ok(s, sys({ type: 'advancePhase' }));
    expect(fail(neg, cmd.propose(neg, 'engineer', 'landfillTax', 80))).toEqual({
      code: 'notYourPhase', phase: 'negotiation', intent: 'proposePolicy',
    });
    const stale = withVersion(cmd.propose(s, 'engineer', 'landfillTax', 80), s.version - 1);
    expect(fail(s, stale)).toEqual({ code: 'staleVersion', expected: s.version, got: s.version - 1 });
    const lobby = createGame(defaultConfig(), 7);
    expect(fail(lobby, cmd.propose(lobby, 'engineer', 'landfillTax', 80))).toEqual({ code: 'notSeated' });
  });

  it('allows a new proposal by the same seat next year', () => {
    let s = proposals();
    s = ok(s, cmd.propose(s, 'engineer', 'landfillTax', 80));
    expect(lastProposal(s)).toBe('p1');
    for (let i = 0; i < 6; i++) s = ok(s, sys({ type: 'advancePhase' }, T0));
    expect(s.round).toBe(2);
    expect(s.phase).toBe('proposals');
    s = affordable(s, 'engineer', 'landfillTax');
    s = ok(s, cmd.propose(s, 'engineer', 'landfillTax', 90));
    expect(s.proposals.map((p) => [p.id, p.round])).toEqual([['p1', 1], ['p2', 2]]);
  });
});
