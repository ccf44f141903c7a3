import { describe, expect, it } from 'vitest';
import { advanceTo, cmd, fail, lastDeal, lastProposal, ok, scenario, withVersion } from './builders.ts';

describe('stale-version guard', () => {
  it('accepts simultaneous ballots decided on the same view', () => {
    const s = scenario().started().proposal('engineer', 'landfillTax', 80).phase('vote').build();
    const id = lastProposal(s);
    const seen = s.version;
    let next = ok(s, cmd.vote(s, 'engineer', id, 'yes'));
    next = ok(next, withVersion(cmd.vote(next, 'activist', id, 'no'), seen));
    next = ok(next, withVersion(cmd.vote(next, 'chemist', id, 'yes'), seen));
    expect(next.ballots[id]).toMatchObject({ engineer: 'yes', activist: 'no', chemist: 'yes' });
  });

  it('refuses an intent decided on a view from an earlier phase', () => {
    const neg = scenario().started().proposal('engineer', 'landfillTax', 80).phase('negotiation').build();
    const vote = advanceTo(neg, 'vote');
    const id = lastProposal(vote);
    expect(fail(vote, withVersion(cmd.vote(vote, 'chemist', id, 'yes'), neg.version))).toEqual({
      code: 'staleVersion', expected: vote.version, got: neg.version,
    });
  });

  it('refuses a view from the future', () => {
    const s = scenario().started().proposal('engineer', 'landfillTax', 80).phase('vote').build();
    expect(fail(s, withVersion(cmd.vote(s, 'chemist', lastProposal(s), 'yes'), s.version + 1)).code).toBe('staleVersion');
  });

  it('refuses to accept a deal on a proposal amended after the view it was decided on', () => {
    let s = scenario().started().proposal('engineer', 'landfillTax', 80).phase('negotiation').build();
    const id = lastProposal(s);
    s = ok(s, cmd.offer(s, 'engineer', 'chemist', 1, 0, { kind: 'proposalPasses', proposalId: id }));
    const seenBeforeAmendment = s.version;
    s = ok(s, cmd.amend(s, 'engineer', id, 120));
    const deal = lastDeal(s);
    expect(fail(s, withVersion(cmd.respond(s, 'chemist', deal, true), seenBeforeAmendment)).code).toBe('staleVersion');
    expect(ok(s, cmd.respond(s, 'chemist', deal, true)).deals.find((d) => d.id === deal)?.status).toBe('accepted');
  });
});
