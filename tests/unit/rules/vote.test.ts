import { describe, expect, it } from 'vitest';
import { BALANCE } from '@shared/content/balance.ts';
import { eventsFor, type Ballot, type GameState, type Role } from '@shared/rules/index.ts';
import { advance, cmd, deepFreeze, fail, ok, okEvents, scenario } from './builders.ts';

/** Engineer tabled p1 (landfill tax 80); we are in the vote. */
const voting = () => deepFreeze(scenario(7).started().proposal('engineer', 'landfillTax', 80).phase('vote').build());

function cast(s: GameState, ballots: Partial<Record<Role, Ballot>>): GameState {
  let v = s;
  for (const [r, b] of Object.entries(ballots)) v = ok(v, cmd.vote(v, r as Role, 'p1', b));
  return v;
}

describe('castVote', () => {
  it('records a secret ballot and announces only that the seat voted', () => {
    const s = voting();
    const [next, events] = okEvents(s, cmd.vote(s, 'chemist', 'p1', 'no'));
    expect(next.ballots.p1).toEqual({ chemist: 'no' });
    expect(events).toEqual([{ type: 'voteCast', proposalId: 'p1', by: 'chemist', audience: 'all' }]);
    expect(JSON.stringify(eventsFor(events, { kind: 'seat', role: 'engineer' }))).not.toContain('"no"');
  });

  it('refuses a second ballot, an unknown proposal and the wrong phase', () => {
    const s = voting();
    const once = ok(s, cmd.vote(s, 'chemist', 'p1', 'yes'));
    expect(fail(once, cmd.vote(once, 'chemist', 'p1', 'no'))).toEqual({ code: 'alreadyVoted', proposalId: 'p1' });
    expect(fail(s, cmd.vote(s, 'chemist', 'p2', 'no'))).toEqual({ code: 'unknownProposal', proposalId: 'p2' });
    const neg = scenario(7).started().proposal('engineer', 'landfillTax', 80).phase('negotiation').build();
    expect(fail(neg, cmd.vote(neg, 'chemist', 'p1', 'yes'))).toEqual({ code: 'notYourPhase', phase: 'negotiation', intent: 'castVote' });
  });
});

describe('the reveal', () => {
  // Starting reputation: chemist 50, engineer 50, activist 55, smuggler 40.
  const rows: [string, Partial<Record<Role, Ballot>>, boolean][] = [
    ['more yes than no', { engineer: 'yes', activist: 'yes', chemist: 'no' }, true],
    ['more no than yes', { engineer: 'yes', activist: 'no', chemist: 'no' }, false],
    ['tie, yes voters have more reputation', { engineer: 'yes', smuggler: 'no' }, true],
    ['tie, no voters have more reputation', { smuggler: 'yes', chemist: 'no' }, false],
    ['tie, equal reputation keeps the status quo', { chemist: 'yes', engineer: 'no' }, false],
    ['two against two, 95 vs 105 reputation', { chemist: 'yes', engineer: 'no', activist: 'no', smuggler: 'yes' }, false],
    ['everyone abstains', { chemist: 'abstain', engineer: 'abstain' }, false],
    ['nobody votes', {}, false],
  ];
  it.each(rows)('%s', (_n, ballots, passes) => {
    const s = cast(voting(), ballots);
    const revealed = advance(s);
    expect(revealed.phase).toBe('actions');
    expect(revealed.proposals[0].status).toBe(passes ? 'passed' : 'failed');
    expect(revealed.levers.landfillTax).toBe(passes ? 80 : 40);
    // every seat now has a ballot: silence is abstention
    expect(Object.keys(revealed.ballots.p1).sort()).toEqual(['activist', 'chemist', 'engineer', 'smuggler']);
  });

  it('reveals all ballots at once with the tally and rewards the sponsors', () => {
    let s = scenario(7).started().proposal('engineer', 'landfillTax', 80).build();
    s = ok(s, cmd.cosponsor(s, 'activist', 'p1'));
    s = cast(advance(advance(s)), { engineer: 'yes', activist: 'yes', smuggler: 'no' });
    const [revealed, events] = okEvents(s, { kind: 'system', at: 1, event: { type: 'advancePhase' } });
    expect(events[0]).toEqual({
      type: 'votesRevealed',
      results: [{ proposalId: 'p1', passed: true, ballots: { chemist: 'abstain', engineer: 'yes', activist: 'yes', smuggler: 'no' } }],
      audience: 'all',
    });
    expect(revealed.proposals[0].tally).toEqual({ yes: 2, no: 1, abstain: 1, mobilized: 0 });
    expect(revealed.seats.engineer.resources.reputation).toBe(50 + BALANCE.reputation.proposalPassed);
    expect(revealed.seats.activist.resources.reputation).toBe(55 + BALANCE.reputation.cosponsorPassed);
  });
});

describe('mobilize', () => {
  it('adds the activist’s extra public vote and counts as the year’s action', () => {
    let s = cast(voting(), { smuggler: 'yes', chemist: 'no' }); // a tie the no side would win on reputation
    s = ok(s, cmd.act(s, 'activist', { kind: 'mobilize', proposalId: 'p1', ballot: 'yes' }));
    expect(s.seats.activist.resources.influence).toBe(BALANCE.start.activist.influence - BALANCE.mobilizeCost);
    const revealed = advance(s);
    expect(revealed.proposals[0]).toMatchObject({ status: 'passed', tally: { yes: 2, no: 1, mobilized: 1 } });
    expect(fail(revealed, cmd.act(revealed, 'activist', { kind: 'investigate', target: 'smuggler', expose: false }))).toEqual({
      code: 'alreadyActed',
    });
  });

  it('can sink a proposal', () => {
    let s = cast(voting(), { engineer: 'yes', smuggler: 'no' });
    s = ok(s, cmd.act(s, 'activist', { kind: 'mobilize', proposalId: 'p1', ballot: 'no' }));
    expect(advance(s).proposals[0].status).toBe('failed');
  });

  it('is refused outside the vote, for other roles, on unknown proposals and without influence', () => {
    const s = voting();
    expect(fail(s, cmd.act(s, 'chemist', { kind: 'mobilize', proposalId: 'p1', ballot: 'yes' }))).toEqual({
      code: 'actionNotOfRole', action: 'mobilize', role: 'chemist',
    });
    expect(fail(s, cmd.act(s, 'activist', { kind: 'mobilize', proposalId: 'p5', ballot: 'yes' }))).toEqual({
      code: 'unknownProposal', proposalId: 'p5',
    });
    const broke = { ...s, seats: { ...s.seats, activist: { ...s.seats.activist, resources: { credits: 0, influence: 1, reputation: 55 } } } };
    expect(fail(broke, cmd.act(broke, 'activist', { kind: 'mobilize', proposalId: 'p1', ballot: 'yes' }))).toEqual({
      code: 'insufficientFunds', resource: 'influence', needed: BALANCE.mobilizeCost, have: 1,
    });
    const actions = advance(s);
    expect(fail(actions, cmd.act(actions, 'activist', { kind: 'mobilize', proposalId: 'p1', ballot: 'yes' }))).toMatchObject({
      code: 'actionUnavailable', action: 'mobilize',
    });
    expect(fail(s, cmd.act(s, 'activist', { kind: 'investigate', target: 'smuggler', expose: false }))).toMatchObject({
      code: 'actionUnavailable', action: 'investigate',
    });
  });
});
