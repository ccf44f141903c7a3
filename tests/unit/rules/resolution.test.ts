import { describe, expect, it } from 'vitest';
import { BALANCE } from '@shared/content/balance.ts';
import { NO_EVENTS, scenarioLevers, step } from '@shared/model/index.ts';
import { computeOutcome, ROLES, type GameState, type Role } from '@shared/rules/index.ts';
import { advance, advanceTo, cmd, deepFreeze, fail, ok, okEvents, scenario, sys } from './builders.ts';

const patchSeat = (s: GameState, role: Role, patch: Partial<GameState['seats'][Role]>): GameState => ({
  ...s, seats: { ...s.seats, [role]: { ...s.seats[role], ...patch } },
});

/** Round 1: the smuggler diverts. Returns the actions phase of round 2. */
function divertedLastYear(seed = 7): GameState {
  let s = scenario(seed).started().phase('actions').build();
  s = ok(s, cmd.act(s, 'smuggler', { kind: 'divert' }));
  s = { ...s, draws: NO_EVENTS }; // no scandal this year: only the activist can expose
  return advanceTo(advance(advanceTo(s, 'resolution')), 'actions');
}

describe('resolution', () => {
  it('steps the city and the ghost baseline with the same draws, and records the year', () => {
    const s = deepFreeze(scenario(7).started().proposal('engineer', 'landfillTax', 100).phase('vote').build());
    // the vote moves the lever; the step then uses it
    let v = ok(s, cmd.vote(s, 'engineer', 'p1', 'yes'));
    v = advanceTo(advance(v), 'actions');
    expect(v.levers.landfillTax).toBe(100);
    const [resolved, events] = okEvents(v, sys({ type: 'advancePhase' }));
    expect(resolved.rounds).toHaveLength(1);
    const rec = resolved.rounds[0];
    expect(rec).toMatchObject({ round: 1, eventCardId: v.eventCardId, levers: v.levers, events: rec.flows.events });
    expect(rec.worldAfter).toEqual(resolved.world);
    expect(rec.baselineAfter).toEqual(resolved.baseline);
    expect(rec.baselineAfter.year).toBe(1);
    expect(resolved.world.year).toBe(1);
    expect(rec.headlines).toContain('Council votes: Landfill tax raised to 100 $/t (was 40 $/t)');
    expect(rec.attribution.map((a) => a.indicator)).toContain('T');
    expect(rec.attribution.find((a) => a.indicator === 'T')?.policies).toHaveProperty('landfillTax');
    expect(events.map((e) => e.type)).toEqual(['phaseStarted', 'roundResolved']);
  });

  it('uses the model exactly: a quiet year with no events matches a direct step', () => {
    let s = scenario(7).started().build();
    s = ok(s, sys({ type: 'injectEvent', cardId: 'quietYear' }));
    s = advanceTo(advance(advanceTo(s, 'resolution')), 'actions');
    expect(s.eventCardId).toBe('quietYear');
    const quiet = { ...s, draws: NO_EVENTS, networkActivity: 0 };
    const resolved = advance(quiet);
    const direct = step(quiet.world, quiet.levers, NO_EVENTS, { smugglingScale: 0.5, retrofit: null, shocks: {} });
    expect(resolved.world).toEqual(direct.world);
    expect(resolved.rounds[1].flows).toEqual(direct.flows);
    const ghost = step(quiet.baseline, scenarioLevers('default'), NO_EVENTS, { smugglingScale: 0.5, shocks: {} });
    expect(resolved.baseline).toEqual(ghost.world);
  });

  it('adds a card’s shocks to the year', () => {
    let s = scenario(7).started().build();
    s = ok(s, sys({ type: 'injectEvent', cardId: 'grantWindfall' }));
    s = advanceTo(advance(advanceTo(s, 'resolution')), 'actions');
    const calm = { ...s, draws: NO_EVENTS, networkActivity: 0 };
    const resolved = advance(calm);
    const direct = step(calm.world, calm.levers, NO_EVENTS, { smugglingScale: 0.5 });
    expect(resolved.world.T).toBeCloseTo(direct.world.T + 4, 9);
  });

  it('pays yearly incomes, and the smuggler’s takings when diverting', () => {
    let s = scenario(7).started().phase('actions').build();
    s = ok(s, cmd.act(s, 'smuggler', { kind: 'divert' }));
    const resolved = advance(s);
    for (const r of ROLES) {
      expect(resolved.seats[r].resources.influence).toBe(s.seats[r].resources.influence + BALANCE.influencePerRound);
    }
    const takings = Math.round(resolved.rounds[0].flows.smugglerIncome * BALANCE.divertCreditsPerMillion);
    expect(takings).toBeGreaterThan(0);
    expect(resolved.seats.smuggler.resources.credits).toBe(s.seats.smuggler.resources.credits + BALANCE.creditsPerRound.smuggler + takings);
    expect(resolved.seats.chemist.resources.credits).toBe(s.seats.chemist.resources.credits + BALANCE.creditsPerRound.chemist);
  });
});

describe('exposure', () => {
  it('a right accusation exposes the target, who loses standing; the activist gains', () => {
    let s = divertedLastYear();
    s = ok(s, cmd.act(s, 'activist', { kind: 'investigate', target: 'smuggler', expose: true }));
    expect(s.seats.activist.intel.at(-1)).toMatchObject({ tookCovertAction: true });
    expect(s.seats.smuggler.exposed).toBe(false); // lands at resolution
    const [resolved, events] = okEvents(s, sys({ type: 'advancePhase' }));
    expect(resolved.seats.smuggler).toMatchObject({ exposed: true, exposedRound: 2 });
    expect(resolved.seats.smuggler.resources.reputation).toBe(s.seats.smuggler.resources.reputation - BALANCE.reputation.exposedLoss);
    expect(resolved.seats.activist.resources.reputation).toBe(s.seats.activist.resources.reputation + BALANCE.reputation.exposerGain);
    expect(events).toContainEqual({ type: 'seatExposed', target: 'smuggler', by: 'activist', audience: 'all' });
    expect(resolved.rounds[1].headlines[0]).toBe("Akira exposes Jax's covert dealings");
  });

  it.each(['smuggler', 'engineer'] as const)('a wrong accusation (%s did nothing covert) costs the activist', (target) => {
    let s = scenario(7).started().phase('actions').build();
    s = advanceTo(advance(advanceTo(s, 'resolution')), 'actions');
    s = ok(s, cmd.act(s, 'activist', { kind: 'investigate', target, expose: true }));
    const [resolved, events] = okEvents(s, sys({ type: 'advancePhase' }));
    expect(resolved.seats[target].exposed).toBe(false);
    expect(resolved.seats.activist.resources.reputation).toBe(s.seats.activist.resources.reputation - BALANCE.reputation.wrongExposureLoss);
    expect(events).toContainEqual({ type: 'exposureFailed', target, by: 'activist', audience: 'all' });
  });

  it('a smuggling scandal while the smuggler diverts exposes them through the press', () => {
    let s = scenario(7).started().build();
    s = ok(s, sys({ type: 'injectEvent', cardId: 'smugglingExpose' }));
    s = advanceTo(advance(advanceTo(s, 'resolution')), 'actions');
    s = ok(s, cmd.act(s, 'smuggler', { kind: 'divert' }));
    const [resolved, events] = okEvents(s, sys({ type: 'advancePhase' }));
    expect(resolved.rounds[1].events).toContain('scandal');
    expect(resolved.seats.smuggler.exposed).toBe(true);
    expect(events).toContainEqual({ type: 'seatExposed', target: 'smuggler', by: 'press', audience: 'all' });
  });

  it('a scandal while the smuggler stays idle exposes nobody', () => {
    let s = scenario(7).started().build();
    s = ok(s, sys({ type: 'injectEvent', cardId: 'smugglingExpose' }));
    s = advanceTo(advance(advanceTo(s, 'resolution')), 'resolution');
    expect(s.rounds[1].events).toContain('scandal');
    expect(s.seats.smuggler.exposed).toBe(false);
  });
});

describe('protest', () => {
  it('freezes the lever just passed for the next year', () => {
    let s = scenario(7).started().proposal('activist', 'eprFee', 100).phase('vote').build();
    s = ok(s, cmd.vote(s, 'activist', 'p1', 'yes'));
    s = advance(s); // actions
    s = { ...s, world: { ...s.world, R: 12 }, draws: { ...NO_EVENTS, protest: 0 } };
    const [resolved, events] = okEvents(s, sys({ type: 'advancePhase' }));
    expect(resolved.rounds[0].events).toContain('protest');
    expect(resolved.frozenLever).toBe('eprFee');
    expect(events).toContainEqual({ type: 'leverFrozen', lever: 'eprFee', round: 2, audience: 'all' });
    const next = advanceTo(advance(resolved), 'proposals');
    expect(fail(next, cmd.propose(next, 'engineer', 'eprFee', 50))).toEqual({ code: 'leverFrozen', lever: 'eprFee' });
    expect(ok(next, cmd.propose(next, 'engineer', 'landfillTax', 50)).proposals.at(-1)?.lever).toBe('landfillTax');
  });

  it('without a protest, nothing is frozen', () => {
    const s = { ...scenario(7).started().phase('actions').build(), frozenLever: 'fine' as const };
    expect(advance({ ...s, draws: NO_EVENTS }).frozenLever).toBeNull();
  });
});

describe('the end', () => {
  it('a collapse ends the match early after its resolution', () => {
    let s = scenario(7).started().phase('actions').build();
    s = { ...s, world: { ...s.world, T: -400 } };
    s = advance(s);
    expect(s.phase).toBe('resolution');
    const [over, events] = okEvents(s, sys({ type: 'advancePhase' }));
    expect(over.phase).toBe('gameOver');
    expect(over.round).toBe(1);
    expect(over.outcome).toMatchObject({ reason: 'collapse', collapseCause: 'budget', citySucceeded: false });
    expect(events.map((e) => e.type)).toEqual(['phaseStarted', 'gameEnded']);
  });

  it('after a collapse only an unexposed Fortune smuggler wins', () => {
    let s = scenario(7).started().phase('resolution').build();
    s = { ...s, world: { ...s.world, T: -400 } };
    s = patchSeat(s, 'smuggler', { agendaId: 'smugglerFortune', resources: { credits: 150, influence: 0, reputation: 40 } });
    s = patchSeat(s, 'chemist', { agendaId: 'chemistRecognition', resources: { credits: 0, influence: 0, reputation: 90 } });
    const outcome = computeOutcome(s);
    expect(outcome.agendaMet.chemist).toBe(true);
    expect(outcome.winners).toEqual(['smuggler']);
    expect(computeOutcome(patchSeat(s, 'smuggler', { exposed: true })).winners).toEqual([]);
  });

  it('a sustainable city crowns every seat whose agenda is met', () => {
    let s = scenario(7).started().phase('resolution').build();
    s = { ...s, world: { ...s.world, H: 98, P: 5, R: 70, T: 60, c: 0.85, yearsLeft: 14 }, levers: { ...s.levers, safety: 1 } };
    const last = s.rounds[0];
    s = { ...s, rounds: [{ ...last, flows: { ...last.flows, smuggledShare: 0.01, yearsLeft: 14 } }] };
    s = patchSeat(s, 'engineer', { agendaId: 'engineerSafeByDesign' });
    s = patchSeat(s, 'activist', { agendaId: 'activistAccountability' });
    s = patchSeat(s, 'chemist', { agendaId: 'chemistRecognition' });
    s = patchSeat(s, 'smuggler', { agendaId: 'smugglerReform', wentStraight: true });
    const outcome = computeOutcome(s);
    expect(outcome.citySucceeded).toBe(true);
    expect(outcome.reason).toBe('completed');
    expect(outcome.agendaMet).toEqual({ chemist: false, engineer: true, activist: false, smuggler: true });
    expect(outcome.winners).toEqual(['engineer', 'smuggler']);
  });

  it('the last round ends the match with an outcome', () => {
    let s = scenario(7).withConfig({ rounds: 4 }).started().build();
    while (s.phase !== 'gameOver') s = advance(s);
    expect(s.round).toBe(4);
    expect(s.outcome?.reason).toBe(s.rounds.length === 4 ? 'completed' : 'collapse');
    expect(s.outcome?.sustainability).toBeGreaterThan(0);
    expect(Object.keys(s.outcome!.agendaMet).sort()).toEqual([...ROLES].sort());
  });
});
