import { describe, expect, it } from 'vitest';
import { AGENDAS } from '@shared/content/agendas.ts';
import { BETA0_RANGE, NO_EVENTS } from '@shared/model/index.ts';
import { assayBand, eventsFor, roundView, ROLES, viewFor, type GameState, type Viewer } from '@shared/rules/index.ts';
import { advance, advanceTo, cmd, lastDeal, ok, scenario } from './builders.ts';

const seat = (role: (typeof ROLES)[number]): Viewer => ({ kind: 'seat', role });

/**
 * Round 2, actions phase. Round 1: smuggler diverted (covert) and bribed nobody; chemist assayed
 * without publishing; engineer whispered to the smuggler; two deals settled, one offer expired.
 */
function busy(): GameState {
  let s = scenario(17).started().proposal('engineer', 'landfillTax', 80).phase('negotiation').build();
  s = ok(s, cmd.whisper(s, 'engineer', 'smuggler', 'secret plan'));
  s = ok(s, cmd.offer(s, 'chemist', 'activist', 5, 0, { kind: 'votes', proposalId: 'p1', ballot: 'no' }));
  s = ok(s, cmd.respond(s, 'activist', lastDeal(s), true));
  s = ok(s, cmd.offer(s, 'smuggler', 'engineer', 3, 0, { kind: 'proposalPasses', proposalId: 'p1' }));
  s = ok(s, cmd.respond(s, 'engineer', lastDeal(s), true));
  s = ok(s, cmd.offer(s, 'smuggler', 'chemist', 2, 0, { kind: 'proposalPasses', proposalId: 'p1' })); // never answered
  s = advanceTo(s, 'vote');
  s = ok(s, cmd.vote(s, 'activist', 'p1', 'no'));
  s = advanceTo(s, 'actions');
  s = ok(s, cmd.act(s, 'smuggler', { kind: 'divert' }));
  s = ok(s, cmd.act(s, 'chemist', { kind: 'assay', publish: false }));
  s = { ...s, draws: NO_EVENTS };
  return advanceTo(advance(advanceTo(s, 'resolution')), 'actions');
}

describe('viewFor a seat', () => {
  const s = busy();
  it('shows its own secrets and nobody else’s', () => {
    const v = viewFor(s, seat('chemist'));
    expect(v.revealed).toBe(false);
    expect(v.seats.chemist.agenda?.text).toBe(AGENDAS[s.seats.chemist.agendaId].text);
    expect(v.seats.chemist.credits).toBe(s.seats.chemist.resources.credits);
    expect(v.seats.chemist.intel).toHaveLength(1);
    for (const r of ['engineer', 'activist', 'smuggler'] as const) {
      expect(v.seats[r]).not.toHaveProperty('agenda');
      expect(v.seats[r]).not.toHaveProperty('credits');
      expect(v.seats[r].reputation).toBe(s.seats[r].resources.reputation);
    }
  });

  it('knows beta0 only through its own assay or a published one', () => {
    expect(viewFor(s, seat('chemist')).knowledge).toEqual(assayBand(s));
    expect(viewFor(s, seat('engineer')).knowledge).toEqual({ beta0Min: BETA0_RANGE.min, beta0Max: BETA0_RANGE.max });
    const published = ok(s, cmd.act(s, 'chemist', { kind: 'assay', publish: true }));
    expect(viewFor(published, seat('engineer')).knowledge).toEqual(published.publishedAssay);
    expect(viewFor(published, { kind: 'spectator' }).publishedAssay).toEqual(published.publishedAssay);
  });

  it('sees its whispers and deals, not other pairs’', () => {
    const eng = viewFor(s, seat('engineer'));
    const act = viewFor(s, seat('activist'));
    expect(eng.chat.map((m) => m.text)).toContain('secret plan');
    expect(act.chat.map((m) => m.text)).not.toContain('secret plan');
    expect(act.deals.map((d) => d.from)).toEqual(['chemist', 'smuggler']); // own deal + the settled one
    expect(eng.deals.map((d) => d.from)).toEqual(['chemist', 'smuggler']);
    expect(viewFor(s, seat('chemist')).deals).toHaveLength(3); // party to all three
  });

  it('hides this year’s actions of others but shows its own', () => {
    const next = ok(s, cmd.act(s, 'smuggler', { kind: 'divert' }));
    expect(viewFor(next, seat('smuggler')).myAction).toEqual({ kind: 'divert' });
    const chem = viewFor(next, seat('chemist'));
    expect(chem.myAction).toBeNull();
    expect(chem.seats.smuggler.hasActed).toBe(true);
    expect(JSON.stringify(chem)).not.toContain('divert');
  });

  it('zeroes covert attribution and this year’s byproduct intensity', () => {
    const rec = s.rounds[0];
    expect(rec.flows.beta).toBeGreaterThan(0);
    const covertTruth = rec.attribution.map((a) => a.covert);
    expect(covertTruth.some((c) => c !== 0)).toBe(true); // the smuggler diverted in round 1
    for (const viewer of [seat('activist'), seat('smuggler'), { kind: 'spectator' } as Viewer]) {
      const r = viewFor(s, viewer).rounds[0];
      expect(r.flows.beta).toBe(0);
      expect(r.attribution.every((a) => a.covert === 0)).toBe(true);
      expect(r.worldAfter).not.toHaveProperty('beta0');
      expect(viewFor(s, viewer).world).not.toHaveProperty('beta0');
    }
  });
});

describe('the public history', () => {
  it('is shared by every seat and spectator and keeps its objects from version to version', () => {
    const s = busy();
    const chatted = ok(s, cmd.chat(s, 'engineer', 'hello'));
    const later = ok(chatted, cmd.act(chatted, 'smuggler', { kind: 'pass' }));
    const a = viewFor(s, seat('chemist')).rounds;
    expect(viewFor(later, { kind: 'spectator' }).rounds).toBe(a);
    expect(a[0]).toEqual(roundView(s.rounds[0], false, false));
    expect(viewFor(s, { kind: 'facilitator' }).rounds[0]).toEqual(roundView(s.rounds[0], true, true));
    const next = advanceTo(advance(advanceTo(later, 'resolution')), 'actions');
    expect(viewFor(next, seat('chemist')).rounds[0]).toBe(a[0]);
    expect(viewFor(next, seat('chemist')).rounds).toHaveLength(2);
  });
});

describe('viewFor a spectator', () => {
  it('is the public table only', () => {
    const s = busy();
    const v = viewFor(s, { kind: 'spectator' });
    for (const r of ROLES) expect(Object.keys(v.seats[r]).sort()).toEqual(
      ['controller', 'exposed', 'exposedRound', 'hasActed', 'name', 'ready', 'reputation', 'role', 'wentStraight'],
    );
    expect(v.chat.every((m) => m.to === 'all')).toBe(true);
    expect(v.deals.map((d) => d.status).sort()).toEqual(['paid', 'refunded']); // settled ones only, not the expired offer
    expect(v.myAction).toBeNull();
  });
});

describe('viewFor the facilitator', () => {
  it('sees every secret except the generator', () => {
    const s = busy();
    const v = viewFor(s, { kind: 'facilitator' });
    const json = JSON.stringify(v);
    expect(json).not.toContain('"rng"');
    expect(v.knowledge).toEqual({ beta0Min: s.world.beta0, beta0Max: s.world.beta0 });
    for (const r of ROLES) expect(v.seats[r].agenda?.id).toBe(s.seats[r].agendaId);
    expect(v.seats.smuggler.covertLog).toEqual([{ round: 1, kind: 'divert' }]);
    expect(v.chat.map((m) => m.text)).toContain('secret plan');
    expect(v.rounds[0].attribution.map((a) => a.covert)).toEqual(s.rounds[0].attribution.map((a) => a.covert));
  });

  it('sees ballots before the reveal; seats see only their own', () => {
    let s = scenario(17).started().proposal('engineer', 'landfillTax', 80).phase('vote').build();
    s = ok(s, cmd.vote(s, 'smuggler', 'p1', 'no'));
    expect(viewFor(s, { kind: 'facilitator' }).ballots.p1.revealed).toEqual({ smuggler: 'no' });
    expect(viewFor(s, seat('smuggler')).ballots.p1).toEqual({ voted: ['smuggler'], mine: 'no' });
    expect(viewFor(s, seat('chemist')).ballots.p1).toEqual({ voted: ['smuggler'] });
  });
});

describe('exposure reveals covert attribution up to its round', () => {
  it('shows covert effects of exposed years to everyone', () => {
    let s = busy();
    s = ok(s, cmd.act(s, 'activist', { kind: 'investigate', target: 'smuggler', expose: true }));
    s = advance(s);
    expect(s.seats.smuggler.exposedRound).toBe(2);
    const v = viewFor(s, { kind: 'spectator' });
    expect(v.rounds[0].attribution.map((a) => a.covert)).toEqual(s.rounds[0].attribution.map((a) => a.covert));
    expect(v.seats.smuggler.exposed).toBe(true);
  });
});

describe('at game over', () => {
  it('reveals everything to everyone', () => {
    let s = busy();
    while (s.phase !== 'gameOver') s = advance(s);
    for (const viewer of [seat('activist'), { kind: 'spectator' } as Viewer]) {
      const v = viewFor(s, viewer);
      expect(v.revealed).toBe(true);
      for (const r of ROLES) {
        expect(v.seats[r].agenda).toMatchObject({ id: s.seats[r].agendaId, met: s.outcome!.agendaMet[r] });
        expect(v.seats[r].credits).toBe(s.seats[r].resources.credits);
      }
      expect(v.seats.smuggler.covertLog).toEqual(s.seats.smuggler.covertLog);
      expect(v.chat).toHaveLength(s.chat.length);
      expect(v.deals).toHaveLength(s.deals.length);
      expect(v.knowledge).toEqual({ beta0Min: s.world.beta0, beta0Max: s.world.beta0 });
      expect(v.rounds[0].flows.beta).toBe(s.rounds[0].flows.beta);
      expect(JSON.stringify(v)).not.toContain('"rng"');
    }
  });
});

describe('eventsFor', () => {
  it('filters by audience and strips it', () => {
    const events = [
      { type: 'dealOffered', dealId: 'd9', from: 'chemist', to: 'activist', audience: ['chemist', 'activist'] },
      { type: 'actionTaken', by: 'chemist', audience: 'all' },
      { type: 'cardInjected', cardId: 'quietYear', audience: [] },
    ] as const;
    expect(eventsFor(events as never, seat('activist'))).toEqual([
      { type: 'dealOffered', dealId: 'd9', from: 'chemist', to: 'activist' }, { type: 'actionTaken', by: 'chemist' },
    ]);
    expect(eventsFor(events as never, seat('engineer'))).toEqual([{ type: 'actionTaken', by: 'chemist' }]);
    expect(eventsFor(events as never, { kind: 'spectator' })).toEqual([{ type: 'actionTaken', by: 'chemist' }]);
    expect(eventsFor(events as never, { kind: 'facilitator' })).toHaveLength(3);
  });
});
