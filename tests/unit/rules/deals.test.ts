import { describe, expect, it } from 'vitest';
import { BALANCE } from '@shared/content/balance.ts';
import { ROLES, type GameState, type Role, type RuleError } from '@shared/rules/index.ts';
import { advance, cmd, deepFreeze, fail, lastDeal, ok, okEvents, scenario } from './builders.ts';

/** Engineer tabled p1 (landfill tax 80); we are in negotiation. */
const negotiation = () => deepFreeze(scenario(7).started().proposal('engineer', 'landfillTax', 80).phase('negotiation').build());

const credits = (s: GameState, r: Role) => s.seats[r].resources.credits;
const influence = (s: GameState, r: Role) => s.seats[r].resources.influence;
const escrowed = (s: GameState) => s.deals.filter((d) => d.status === 'accepted').reduce((n, d) => n + d.credits, 0);
const totalCredits = (s: GameState) => ROLES.reduce((n, r) => n + credits(s, r), 0) + escrowed(s);

function accepted(condition: Parameters<typeof cmd.offer>[5], amount = 10, infl = 0): GameState {
  let s = negotiation();
  s = ok(s, cmd.offer(s, 'smuggler', 'activist', amount, infl, condition));
  return ok(s, cmd.respond(s, 'activist', lastDeal(s), true));
}

/** Votes then closes the vote (reveal + settlement). */
function voteAndReveal(s: GameState, ballots: Partial<Record<Role, 'yes' | 'no' | 'abstain'>>): GameState {
  let v = advance(s);
  expect(v.phase).toBe('vote');
  for (const [r, b] of Object.entries(ballots)) v = ok(v, cmd.vote(v, r as Role, 'p1', b));
  return advance(v);
}

describe('offerDeal / respondDeal / withdrawDeal', () => {
  it('moves the amount into escrow on acceptance, not before', () => {
    let s = negotiation();
    s = ok(s, cmd.offer(s, 'smuggler', 'activist', 10, 2, { kind: 'proposalPasses', proposalId: 'p1' }));
    expect(s.deals[0]).toMatchObject({ id: lastDeal(s), from: 'smuggler', to: 'activist', credits: 10, influence: 2, status: 'offered' });
    expect(credits(s, 'smuggler')).toBe(credits(negotiation(), 'smuggler'));
    const before = s;
    s = ok(s, cmd.respond(s, 'activist', lastDeal(s), true));
    expect(s.deals[0].status).toBe('accepted');
    expect(credits(s, 'smuggler')).toBe(credits(before, 'smuggler') - 10);
    expect(influence(s, 'smuggler')).toBe(influence(before, 'smuggler') - 2);
    expect(credits(s, 'activist')).toBe(credits(before, 'activist'));
    expect(totalCredits(s)).toBe(totalCredits(before));
  });

  it('declining or withdrawing moves nothing', () => {
    let s = negotiation();
    s = ok(s, cmd.offer(s, 'smuggler', 'activist', 10, 0, { kind: 'proposalPasses', proposalId: 'p1' }));
    const d1 = lastDeal(s);
    s = ok(s, cmd.offer(s, 'chemist', 'engineer', 5, 0, { kind: 'proposalPasses', proposalId: 'p1' }));
    s = ok(s, cmd.respond(s, 'activist', d1, false));
    s = ok(s, cmd.withdraw(s, 'chemist', lastDeal(s)));
    expect(s.deals.map((d) => d.status)).toEqual(['declined', 'withdrawn']);
    for (const r of ROLES) expect(s.seats[r].resources).toEqual(negotiation().seats[r].resources);
  });

  it('lets unanswered offers expire when the vote opens', () => {
    let s = negotiation();
    s = ok(s, cmd.offer(s, 'smuggler', 'activist', 10, 0, { kind: 'proposalPasses', proposalId: 'p1' }));
    s = advance(s);
    expect(s.deals[0].status).toBe('expired');
    expect(fail(s, cmd.respond(s, 'activist', lastDeal(s), true))).toMatchObject({ code: 'notYourPhase' });
  });

  const poorSmuggler = (s: GameState): GameState => ({
    ...s, seats: { ...s.seats, smuggler: { ...s.seats.smuggler, resources: { credits: 3, influence: 0, reputation: 40 } } },
  });
  const rows: [string, (s: GameState) => GameState, Parameters<typeof cmd.offer>, RuleError][] = [
    ['to yourself', (s) => s, [null as never, 'smuggler', 'smuggler', 5, 0, { kind: 'proposalPasses', proposalId: 'p1' }], { code: 'selfTarget' }],
    ['on an unknown proposal', (s) => s, [null as never, 'smuggler', 'activist', 5, 0, { kind: 'proposalPasses', proposalId: 'p4' }],
      { code: 'unknownProposal', proposalId: 'p4' }],
    ['more credits than held', poorSmuggler, [null as never, 'smuggler', 'activist', 5, 0, { kind: 'proposalPasses', proposalId: 'p1' }],
      { code: 'insufficientFunds', resource: 'credits', needed: 5, have: 3 }],
    ['more influence than held', poorSmuggler, [null as never, 'smuggler', 'activist', 0, 1, { kind: 'votes', proposalId: 'p1', ballot: 'yes' }],
      { code: 'insufficientFunds', resource: 'influence', needed: 1, have: 0 }],
    ['nothing at all', (s) => s, [null as never, 'smuggler', 'activist', 0, 0, { kind: 'proposalPasses', proposalId: 'p1' }],
      { code: 'invalidCommand', reason: 'a deal must offer something' }],
    ['a negative amount', (s) => s, [null as never, 'smuggler', 'activist', -4, 0, { kind: 'proposalPasses', proposalId: 'p1' }],
      { code: 'outOfRange', field: 'credits', min: 0, max: 1000, got: -4 }],
  ];
  it.each(rows)('refuses an offer %s', (_n, prepare, [, from, to, c, i, cond], error) => {
    const s = deepFreeze(prepare(negotiation()));
    const before = JSON.stringify(s);
    expect(fail(s, cmd.offer(s, from, to, c, i, cond))).toEqual(error);
    expect(JSON.stringify(s)).toBe(before);
  });

  it('refuses answers and withdrawals from the wrong seat or on closed deals', () => {
    let s = negotiation();
    s = ok(s, cmd.offer(s, 'smuggler', 'activist', 5, 0, { kind: 'proposalPasses', proposalId: 'p1' }));
    const d = lastDeal(s);
    expect(fail(s, cmd.respond(s, 'chemist', d, true))).toEqual({ code: 'notYourSeat' });
    expect(fail(s, cmd.respond(s, 'smuggler', d, true))).toEqual({ code: 'notYourSeat' });
    expect(fail(s, cmd.withdraw(s, 'activist', d))).toEqual({ code: 'notYourSeat' });
    expect(fail(s, cmd.respond(s, 'activist', 'd99', true))).toEqual({ code: 'unknownDeal', dealId: 'd99' });
    s = ok(s, cmd.respond(s, 'activist', d, true));
    expect(fail(s, cmd.respond(s, 'activist', d, true))).toEqual({ code: 'dealNotOpen', dealId: d });
    expect(fail(s, cmd.withdraw(s, 'smuggler', d))).toEqual({ code: 'dealNotOpen', dealId: d });
  });

  it('re-checks the offerer’s funds at acceptance', () => {
    let s = negotiation();
    s = ok(s, cmd.offer(s, 'smuggler', 'activist', 30, 0, { kind: 'proposalPasses', proposalId: 'p1' }));
    const first = lastDeal(s);
    s = ok(s, cmd.offer(s, 'smuggler', 'engineer', 30, 0, { kind: 'proposalPasses', proposalId: 'p1' }));
    const second = lastDeal(s);
    s = ok(s, cmd.respond(s, 'activist', first, true));
    expect(fail(s, cmd.respond(s, 'engineer', second, true))).toEqual({
      code: 'insufficientFunds', resource: 'credits', needed: 30, have: credits(s, 'smuggler'),
    });
  });
});

describe('deal settlement', () => {
  it('pays the recipient exactly once when the proposal passes', () => {
    const s = accepted({ kind: 'proposalPasses', proposalId: 'p1' });
    const revealed = voteAndReveal(s, { engineer: 'yes', activist: 'yes', smuggler: 'yes' });
    expect(revealed.proposals[0].status).toBe('passed');
    expect(revealed.deals[0].status).toBe('paid');
    expect(credits(revealed, 'activist')).toBe(credits(s, 'activist') + 10);
    expect(credits(revealed, 'smuggler')).toBe(credits(s, 'smuggler'));
    expect(totalCredits(revealed)).toBe(totalCredits(s));
    // nothing more happens to it for the rest of the match
    let later = revealed;
    while (later.phase !== 'gameOver') later = advance(later);
    expect(later.deals[0].status).toBe('paid');
    // from then on the activist's credits move only by the yearly income
    expect(credits(later, 'activist') - credits(revealed, 'activist')).toBe(later.rounds.length * BALANCE.creditsPerRound.activist);
  });

  it('refunds the offerer when the proposal fails', () => {
    const s = accepted({ kind: 'proposalPasses', proposalId: 'p1' });
    const revealed = voteAndReveal(s, { engineer: 'yes', activist: 'no', smuggler: 'no' });
    expect(revealed.proposals[0].status).toBe('failed');
    expect(revealed.deals[0].status).toBe('refunded');
    expect(credits(revealed, 'smuggler')).toBe(credits(s, 'smuggler') + 10);
    expect(credits(revealed, 'activist')).toBe(credits(s, 'activist'));
  });

  it.each([
    ['voted as promised', 'yes', 'paid'],
    ['voted the other way', 'no', 'refunded'],
    ['abstained', 'abstain', 'refunded'],
    ['did not vote', null, 'refunded'],
  ] as const)('settles a vote deal when the recipient %s', (_n, ballot, status) => {
    const s = accepted({ kind: 'votes', proposalId: 'p1', ballot: 'yes' }, 6, 1);
    const revealed = voteAndReveal(s, ballot ? { activist: ballot } : {});
    expect(revealed.deals[0].status).toBe(status);
    const payee = status === 'paid' ? 'activist' : 'smuggler';
    expect(credits(revealed, payee)).toBe(credits(s, payee) + 6);
    expect(influence(revealed, payee)).toBe(influence(s, payee) + 1);
  });

  it('announces every settlement publicly, once', () => {
    let s = accepted({ kind: 'proposalPasses', proposalId: 'p1' });
    s = advance(s);
    const [, events] = okEvents(s, { kind: 'system', at: 1, event: { type: 'advancePhase' } });
    const settled = events.filter((e) => e.type === 'dealSettled');
    expect(settled).toEqual([
      { type: 'dealSettled', dealId: s.deals[0].id, from: 'smuggler', to: 'activist', paid: false, credits: 10, influence: 0, audience: 'all' },
    ]);
  });
});
