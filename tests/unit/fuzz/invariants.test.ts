/**
 * The written invariants are neither blind nor paranoid: every state of a real bot match passes
 * them, and each kind of corruption a bug could cause (negative money, money from nowhere, a
 * deal paid twice, a meter out of bounds, a changed ballot…) is named when it is planted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { stateViolations, stepViolations } from '@shared/fuzz/index.ts';
import type { GameEvent, GameState } from '@shared/rules/index.ts';
import { runMatch } from '@shared/sim/run-match.ts';

type Step = { before: GameState; after: GameState; events: readonly GameEvent[] };
const steps: Step[] = [];
let first: GameState;

beforeAll(() => {
  let previous: GameState | null = null;
  runMatch({
    seed: 41,
    rounds: 4,
    observe: (state, events) => {
      if (previous) steps.push({ before: previous, after: state, events });
      else first = state;
      previous = state;
    },
  });
});

/** A state in the middle of the match with deals, ballots and actions on record. */
function rich(): Step {
  return steps.find((s) => s.after.phase === 'actions' && s.after.deals.length > 0 && Object.keys(s.after.ballots).length > 0 && Object.keys(s.after.actions).length > 0)
    ?? steps[Math.floor(steps.length / 2)];
}

describe('invariants over a real match', () => {
  it('hold in every state and across every step', () => {
    expect(steps.length).toBeGreaterThan(100);
    expect(stateViolations(first)).toEqual([]);
    for (const { before, after, events } of steps) {
      expect(stateViolations(after), `v${after.version}`).toEqual([]);
      expect(stepViolations(before, after, events), `v${after.version}`).toEqual([]);
    }
  });
});

describe('invariants catch planted corruption', () => {
  const plant = (f: (s: GameState) => GameState) => f(rich().after);
  const seat = (s: GameState, role: 'chemist' | 'smuggler', patch: object) => ({ ...s, seats: { ...s.seats, [role]: { ...s.seats[role], ...patch } } });

  it.each<[string, (s: GameState) => GameState, RegExp]>([
    ['negative credits', (s) => seat(s, 'chemist', { resources: { ...s.seats.chemist.resources, credits: -1 } }), /chemist credits = -1/],
    ['NaN influence', (s) => seat(s, 'smuggler', { resources: { ...s.seats.smuggler.resources, influence: Number.NaN } }), /smuggler influence = NaN/],
    ['reputation above 100', (s) => seat(s, 'chemist', { resources: { ...s.seats.chemist.resources, reputation: 101 } }), /reputation 101/],
    ['another role’s agenda', (s) => seat(s, 'chemist', { agendaId: s.seats.smuggler.agendaId }), /chemist has agenda/],
    ['an open seat mid-match', (s) => seat(s, 'chemist', { controller: 'open' }), /open after the lobby/],
    ['a hidden character in a name', (s) => seat(s, 'chemist', { name: 'Ada\u202e' }), /chemist name/],
    ['public health above 100', (s) => ({ ...s, world: { ...s.world, H: 100.5 } }), /world\.H/],
    ['an infinite stock', (s) => ({ ...s, world: { ...s.world, P: Number.POSITIVE_INFINITY } }), /world\.P/],
    ['a lever out of range', (s) => ({ ...s, levers: { ...s.levers, landfillTax: -5 } }), /lever landfillTax/],
    ['a deal with oneself', (s) => ({ ...s, deals: [...s.deals, { ...s.deals[0], id: 'd999', to: s.deals[0].from }] }), /to itself/],
    ['a duplicate id', (s) => ({ ...s, deals: [...s.deals, s.deals[0]] }), /duplicate ids/],
    ['an id counter behind its ids', (s) => ({ ...s, nextId: 1 }), /nextId/],
    ['a ballot on no proposal', (s) => ({ ...s, ballots: { ...s.ballots, p999: { chemist: 'yes' } } }), /unknown proposal p999/],
    ['an action of another role', (s) => ({ ...s, actions: { ...s.actions, chemist: { kind: 'divert' } } }), /chemist holds action divert/],
    ['two phases at once (timer in the lobby)', (s) => ({ ...s, phase: 'lobby' }), /round \d+ in phase lobby/],
    ['game over without an outcome', (s) => ({ ...s, phase: 'gameOver', phaseEndsAt: null }), /outcome missing/],
  ])('%s', (_name, corrupt, message) => {
    expect(stateViolations(plant(corrupt)).join('\n')).toMatch(message);
  });

  it.each<[string, (step: Step) => GameState, RegExp]>([
    ['a version that does not step by one', ({ after }) => ({ ...after, version: after.version + 1 }), /version/],
    ['credits from nowhere', ({ after }) => ({ ...after, seats: { ...after.seats, chemist: { ...after.seats.chemist, resources: { ...after.seats.chemist.resources, credits: after.seats.chemist.resources.credits + 5 } } } }), /credits .* outside resolution/],
    ['a deal that vanished', ({ after }) => ({ ...after, deals: [] }), /vanished/],
    ['a deal skipping escrow or going back', ({ before, after }) => ({ ...after, deals: after.deals.map((d) => (d.id === before.deals[0].id ? { ...d, status: before.deals[0].status === 'offered' ? 'paid' : 'offered' } : d)) }), /deal d\d+ \w+ → \w+/],
    ['a changed ballot', ({ before, after }) => {
      const [id, ballots] = Object.entries(before.ballots).find(([, b]) => Object.keys(b).length > 0)!;
      const [role, ballot] = Object.entries(ballots)[0];
      return { ...after, ballots: { ...after.ballots, [id]: { ...after.ballots[id], [role]: ballot === 'yes' ? 'no' : 'yes' } } };
    }, /ballot .* changed/],
  ])('%s', (_name, corrupt, message) => {
    const step = rich();
    expect(stepViolations(step.before, corrupt(step), step.events).join('\n')).toMatch(message);
  });
});
