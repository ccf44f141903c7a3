import { describe, expect, it } from 'vitest';
import { BALANCE } from '@shared/content/balance.ts';
import type { GameState, Role, RuleError } from '@shared/rules/index.ts';
import { advance, cmd, deepFreeze, fail, ok, scenario } from './builders.ts';

/** Engineer tabled p1 (landfill tax 80) in the proposals phase. */
const tabled = () => deepFreeze(scenario(7).started().proposal('engineer', 'landfillTax', 80).build());

describe('cosponsor', () => {
  it('adds the seat, costs one influence, in proposals and negotiation', () => {
    let s = tabled();
    s = ok(s, cmd.cosponsor(s, 'activist', 'p1'));
    s = advance(s);
    s = ok(s, cmd.cosponsor(s, 'chemist', 'p1'));
    expect(s.proposals[0].cosponsors).toEqual(['activist', 'chemist']);
    expect(s.seats.activist.resources.influence).toBe(BALANCE.start.activist.influence - BALANCE.cosponsorCost);
  });

  const broke = (s: GameState): GameState => ({
    ...s, seats: { ...s.seats, smuggler: { ...s.seats.smuggler, resources: { ...s.seats.smuggler.resources, influence: 0 } } },
  });
  const rows: [string, (s: GameState) => GameState, Role, string, RuleError][] = [
    ['unknown proposal', (s) => s, 'activist', 'p9', { code: 'unknownProposal', proposalId: 'p9' }],
    ['own proposal', (s) => s, 'engineer', 'p1', { code: 'selfTarget' }],
    ['twice', (s) => ok(s, cmd.cosponsor(s, 'activist', 'p1')), 'activist', 'p1', { code: 'alreadyCosponsored' }],
    ['no influence', broke, 'smuggler', 'p1', { code: 'insufficientFunds', resource: 'influence', needed: 1, have: 0 }],
  ];
  it.each(rows)('refuses: %s', (_n, prepare, actor, id, error) => {
    const s = deepFreeze(prepare(tabled()));
    const before = JSON.stringify(s);
    expect(fail(s, cmd.cosponsor(s, actor, id))).toEqual(error);
    expect(JSON.stringify(s)).toBe(before);
  });

  it('refuses proposals of an earlier year', () => {
    let s = tabled();
    for (let i = 0; i < 6; i++) s = advance(s);
    expect(s.phase).toBe('proposals');
    expect(fail(s, cmd.cosponsor(s, 'activist', 'p1'))).toEqual({ code: 'unknownProposal', proposalId: 'p1' });
  });
});

describe('amendProposal', () => {
  const negotiation = () => deepFreeze(advance(tabled()));

  it('lets the proposer change the value (snapped), keeping co-sponsors', () => {
    let s = tabled();
    s = ok(s, cmd.cosponsor(s, 'activist', 'p1'));
    s = advance(s);
    s = ok(s, cmd.amend(s, 'engineer', 'p1', 102));
    expect(s.proposals[0]).toMatchObject({ value: 100, cosponsors: ['activist'], status: 'tabled' });
  });

  const rows: [string, Role, string, number, RuleError][] = [
    ['not the proposer', 'chemist', 'p1', 90, { code: 'notProposer' }],
    ['unknown proposal', 'engineer', 'p7', 90, { code: 'unknownProposal', proposalId: 'p7' }],
    ['out of range', 'engineer', 'p1', 500, { code: 'outOfRange', field: 'value', min: 0, max: 160, got: 500 }],
    ['back to the value in force', 'engineer', 'p1', 40, { code: 'noChange', lever: 'landfillTax', value: 40 }],
    ['same value as proposed', 'engineer', 'p1', 80, { code: 'noChange', lever: 'landfillTax', value: 80 }],
  ];
  it.each(rows)('refuses: %s', (_n, actor, id, value, error) => {
    const s = negotiation();
    expect(fail(s, cmd.amend(s, actor, id, value))).toEqual(error);
  });

  it('is a negotiation-only intent', () => {
    const s = tabled();
    expect(fail(s, cmd.amend(s, 'engineer', 'p1', 90))).toMatchObject({ code: 'notYourPhase', phase: 'proposals' });
  });
});
