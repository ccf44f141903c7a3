/**
 * The debrief: re-running the recorded years reproduces them exactly; a decision's effect on the final
 * outcome is the model's own one-at-a-time attribution (model.md §4.2 b) and, over a single year, the
 * engine's recorded attribution; key decisions are the biggest effects; luck, agendas, tie-backs and
 * questions come out of the table's data; a revealed view gives the same debrief as the state.
 */
import { describe, expect, it } from 'vitest';
import {
  agendaResults, compareTables, decisions, discussionQuestions, DISCUSSION_QUESTIONS, fortunes, keyDecisions, recordedPlans,
  tableDebrief, tieBacks, trajectory, worldBefore, type DebriefSource,
} from '@shared/classroom/index.ts';
import {
  attribute, attributeRun, DEFAULT_MODIFIERS, indicatorsOf, INDICATOR_IDS, initialWorld, NO_EVENTS, scenarioLevers, step,
  type LeverId, type Levers, type StepModifiers, type World,
} from '@shared/model/index.ts';
import { viewFor } from '@shared/rules/index.ts';
import { ROLES, type Proposal, type Role } from '@shared/rules/types.ts';
import { botGame } from './games.ts';

const DIVERTING: StepModifiers = { ...DEFAULT_MODIFIERS, smugglingScale: 1 };

/**
 * A table played by the model alone: no events, the smuggler diverting every year (so re-runs match
 * attributeRun's defaults), and the given decisions passed in their rounds.
 */
function syntheticTable(years: number, passed: { round: number; lever: LeverId; value: number; by?: Role }[]): DebriefSource {
  let world: World = initialWorld('default');
  let levers: Levers = scenarioLevers('default');
  const rounds = [];
  for (let round = 1; round <= years; round++) {
    const before = levers;
    for (const d of passed.filter((p) => p.round === round)) levers = { ...levers, [d.lever]: d.value };
    const r = step(world, levers, NO_EVENTS, DIVERTING);
    rounds.push({
      round, eventCardId: null, levers, flows: r.flows, worldAfter: r.world, events: [],
      attribution: attribute(world, before, levers, NO_EVENTS, DIVERTING), inputs: { draws: NO_EVENTS, modifiers: DIVERTING },
    });
    world = r.world;
  }
  const proposals: Proposal[] = passed.map((d, i) => ({
    id: `p${i + 1}`, round: d.round, by: d.by ?? 'engineer', lever: d.lever, value: d.value, cosponsors: [], status: 'passed',
  }));
  const seat = (name: string) => ({ name, exposed: false });
  return {
    config: { scenario: 'default', rounds: years, timers: { briefing: 1, proposals: 1, negotiation: 1, vote: 1, actions: 1, resolution: 1 }, botsFillEmptySeats: true },
    world, levers, proposals, rounds, outcome: null,
    seats: {
      chemist: seat('Ana'), engineer: seat('Ben'), activist: seat('Cy'),
      smuggler: { ...seat('Di'), covertLog: rounds.map((r) => ({ round: r.round, kind: 'divert' as const })) },
    },
  };
}

describe('re-running the record', () => {
  it.each([[7, 4], [11, 4], [12, 6]])('reproduces every year of bot game %i exactly from its recorded inputs', (seed, rounds) => {
    const state = botGame(seed, rounds).state;
    const plans = recordedPlans(state);
    state.rounds.forEach((record, i) => {
      const r = step(worldBefore(state, record.round), plans[i].levers, plans[i].draws, plans[i].modifiers);
      expect(r.world, `seed ${seed} round ${record.round}`).toEqual(record.worldAfter);
      expect(r.flows.events).toEqual(record.events);
    });
  });

  it('before the reveal, a view gets the public approximation: recorded events, card shocks, an average network', () => {
    const state = botGame(7).state;
    const live = { ...viewFor(state, { kind: 'spectator' }), rounds: viewFor(state, { kind: 'spectator' }).rounds.map(({ inputs: _hidden, ...r }) => r) };
    const plans = recordedPlans(live);
    state.rounds.forEach((record, i) => {
      expect(plans[i].levers).toEqual(record.levers);
      expect(step(worldBefore(state, record.round), plans[i].levers, plans[i].draws, plans[i].modifiers).flows.events).toEqual(record.events);
      expect(plans[i].modifiers.retrofit ?? null).toBeNull();
    });
    expect(decisions(live).map((d) => d.proposalId)).toEqual(decisions(state).map((d) => d.proposalId));
    expect(fortunes(live).some((f) => f.kind === 'covert')).toBe(false);
  });
});

describe('decisions', () => {
  const held = syntheticTable(8, [
    { round: 1, lever: 'landfillTax', value: 120 }, { round: 1, lever: 'eprFee', value: 150, by: 'activist' },
    { round: 1, lever: 'campaign', value: 1, by: 'activist' },
  ]);

  it('a decision held to the end moves the final indicators exactly as attributeRun says', () => {
    const run = attributeRun(initialWorld('default'), scenarioLevers('default'), held.levers, 8);
    for (const d of decisions(held)) {
      expect(d.yearsInForce).toBe(8);
      for (const id of INDICATOR_IDS) expect(d.effects[id], `${d.lever} ${id}`).toBeCloseTo(run.policies[d.lever]![id], 9);
      expect(d.effect).toBe(d.effects.sustainability);
    }
  });

  it('key decisions are the largest effects on the final sustainability index, biggest first', () => {
    const run = attributeRun(initialWorld('default'), scenarioLevers('default'), held.levers, 8);
    const expected = (['landfillTax', 'eprFee', 'campaign'] as const)
      .map((lever) => ({ lever, effect: run.policies[lever]!.sustainability }))
      .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
    expect(keyDecisions(held).map((d) => d.lever)).toEqual(expected.map((e) => e.lever));
    expect(keyDecisions(held, 1)).toHaveLength(1);
  });

  it('a decision overturned later counts only for the years it was in force', () => {
    const source = syntheticTable(6, [{ round: 2, lever: 'enforcement', value: 6 }, { round: 4, lever: 'enforcement', value: 2 }]);
    const [first, second] = decisions(source);
    expect([first.from, first.value, first.yearsInForce]).toEqual([1, 6, 2]);
    expect([second.from, second.value, second.yearsInForce]).toEqual([6, 2, 3]);
    // By hand: rounds 2–3 with enforcement back at 1, then as it happened.
    let world = worldBefore(source, 2);
    let flows = source.rounds[0].flows;
    for (const r of source.rounds.slice(1)) {
      const s = step(world, r.round <= 3 ? { ...r.levers, enforcement: 1 } : r.levers, NO_EVENTS, DIVERTING);
      world = s.world;
      flows = s.flows;
    }
    const last = source.rounds[5];
    const actual = indicatorsOf(last.worldAfter as World, last.flows);
    const whatIf = indicatorsOf(world, flows);
    for (const id of INDICATOR_IDS) expect(first.effects[id], id).toBeCloseTo(actual[id] - whatIf[id], 9);
    expect(first.effects.B).toBeLessThan(0); // enforcement shrank the black market: without it, more would be left
  });

  it('over a single year, a decision\'s effect is the engine\'s recorded attribution (real bot games)', () => {
    let checked = 0;
    for (const seed of [7, 11, 12]) {
      const state = botGame(seed, seed === 12 ? 6 : 4).state;
      for (const d of decisions(state)) {
        const upToIt = { ...state, rounds: state.rounds.slice(0, d.round) };
        const single = decisions(upToIt).find((x) => x.proposalId === d.proposalId)!;
        expect(single.effect, `seed ${seed} ${d.proposalId}`).toBeCloseTo(d.firstYear, 9);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('lists every passed proposal of a played year, in order, with who tabled it and the tally', () => {
    const state = botGame(12, 6).state;
    const list = decisions(state);
    expect(list.map((d) => d.proposalId)).toEqual(state.proposals.filter((p) => p.status === 'passed').map((p) => p.id));
    for (const d of list) {
      const p = state.proposals.find((x) => x.id === d.proposalId)!;
      expect([d.round, d.lever, d.value, d.by, d.tally]).toEqual([p.round, p.lever, p.value, p.by, p.tally]);
    }
    const key = keyDecisions(state, 3);
    for (let i = 1; i < key.length; i++) expect(Math.abs(key[i - 1].effect)).toBeGreaterThanOrEqual(Math.abs(key[i].effect));
  });
});

describe('fortunes', () => {
  it('lists each year with events or card shocks, and each diversion, biggest effect first', () => {
    const state = botGame(7).state;
    const list = fortunes(state);
    const eventful = state.rounds.filter((r) => r.events.length > 0).map((r) => r.round);
    for (const round of eventful) expect(list.some((f) => f.kind === 'events' && f.round === round)).toBe(true);
    const diversions = state.seats.smuggler.covertLog.filter((c) => c.kind === 'divert').map((c) => c.round);
    expect(list.filter((f) => f.kind === 'covert').map((f) => f.round).sort()).toEqual([...diversions].sort());
    for (let i = 1; i < list.length; i++) expect(Math.abs(list[i - 1].effect)).toBeGreaterThanOrEqual(Math.abs(list[i].effect));
  });

  it('a quiet table has no luck to report', () => {
    const quiet = syntheticTable(3, []);
    expect(fortunes({ ...quiet, seats: { ...quiet.seats, smuggler: { name: 'Di', exposed: false, covertLog: [] } } })).toEqual([]);
  });
});

describe('agendas, tie-backs and questions', () => {
  it('reveal every agenda with whether it was met and who won', () => {
    const state = botGame(11).state;
    const agendas = agendaResults(state);
    expect(agendas.map((a) => a.role)).toEqual([...ROLES]);
    for (const a of agendas) {
      expect(a.agendaId).toBe(state.seats[a.role].agendaId);
      expect(a.met).toBe(state.outcome!.agendaMet[a.role]);
      expect(a.winner).toBe(state.outcome!.winners.includes(a.role));
    }
    expect(agendaResults(syntheticTable(2, [])).every((a) => a.met === null && a.agendaId === null)).toBe(true);
  });

  it('tie the table\'s numbers to real figures', () => {
    const source = syntheticTable(8, [{ round: 1, lever: 'landfillTax', value: 120 }, { round: 2, lever: 'depositScheme', value: 1 }]);
    const ties = Object.fromEntries(tieBacks(source).map((t) => [t.id, t]));
    expect(ties.landfillTax.text).toBe('Your landfill tax: $120/t. UK standard rate 2025/26: £126.15/t.');
    expect(ties.collection.yours).toBe(`Your collection rate: ${Math.round(source.world.c * 100)} %`);
    expect(ties.collection.real).toContain('42.8 %');
    expect(ties.depositScheme.yours).toBe('Your deposit-return scheme is running');
    expect(ties.eprFee).toBeUndefined();
    expect(ties.exportedHarm.value).toBeGreaterThan(0);
    for (const t of Object.values(ties)) expect(t.source.length).toBeGreaterThan(0);
  });

  it('spot the Stockholm pattern: trust that dips and then recovers', () => {
    // The green package of model.md §3.12: trust 45 → 40.70 in round 1, then up to 50.97.
    const green = syntheticTable(8, [
      { round: 1, lever: 'landfillTax', value: 120 }, { round: 1, lever: 'eprFee', value: 150 }, { round: 1, lever: 'depositScheme', value: 1 },
      { round: 1, lever: 'enforcement', value: 4 }, { round: 1, lever: 'nanoCap', value: 0 }, { round: 1, lever: 'campaign', value: 1 },
      { round: 1, lever: 'remediation', value: 1 },
    ]);
    expect(tieBacks(green).find((t) => t.id === 'trust')!.real).toContain('Stockholm');
    expect(tieBacks(syntheticTable(3, [])).find((t) => t.id === 'trust')!.real).toContain('OECD');
  });

  it('ask the §4.9 questions, with hints from the table where its data speaks', () => {
    expect(discussionQuestions().map((q) => q.text)).toEqual(DISCUSSION_QUESTIONS.map((q) => q.text));
    expect(discussionQuestions().every((q) => q.hint === null)).toBe(true);
    const source = syntheticTable(8, [{ round: 1, lever: 'landfillTax', value: 120 }]);
    const byId = Object.fromEntries(discussionQuestions(source, keyDecisions(source)).map((q) => [q.id, q.hint]));
    expect(byId.taxAndSmuggling).toMatch(/from \$40 to \$120\/t while the smuggled share rose/);
    expect(byId.oneLever).toMatch(/^Your biggest decision: Landfill tax in year 1/);
  });
});

describe('the table debrief', () => {
  it('is the same from the final state and from the revealed view a results screen holds', () => {
    const state = botGame(11).state;
    expect(tableDebrief(viewFor(state, { kind: 'seat', role: 'activist' }))).toEqual(tableDebrief(state));
  });

  it('charts every year from the starting city, with the ghost baseline, and tables side by side', () => {
    const a = botGame(7).state;
    const points = trajectory(a);
    expect(points.map((p) => p.round)).toEqual([0, 1, 2, 3, 4]);
    a.rounds.forEach((r, i) => {
      expect(points[i + 1].indicators).toEqual(indicatorsOf(r.worldAfter, r.flows));
      expect(points[i + 1].baseline!.P).toBe(r.baselineAfter.P);
    });
    const side = compareTables([{ table: 1, points }, { table: 2, points: trajectory(botGame(11).state) }], 'R');
    expect(side.map((s) => s.values.length)).toEqual([5, 5]);
    expect(side[0].values[0]).toBe(side[1].values[0]);
  });

  it('names its key decisions among its decisions', () => {
    const d = tableDebrief(botGame(12, 6).state);
    expect(d.keyDecisionIds.length).toBeLessThanOrEqual(3);
    for (const id of d.keyDecisionIds) expect(d.decisions.map((x) => x.proposalId)).toContain(id);
  });
});
