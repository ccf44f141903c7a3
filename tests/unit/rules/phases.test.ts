import { describe, expect, it } from 'vitest';
import { INTENT_TYPES } from '@shared/protocol/intents.ts';
import {
  allowedIntents, createGame, defaultConfig, INTENT_HANDLERS, PHASE_INTENTS, PHASES, reduce, ROUND_PHASES, type GameState, type Phase,
} from '@shared/rules/index.ts';
import { advance, advanceTo, cmd, deepFreeze, fail, intent, ok, scenario, sys, T0 } from './builders.ts';

/** A representative payload per intent type (legal or not: the phase check comes first). */
function sample(s: GameState, type: string) {
  const bodies: Record<string, Record<string, unknown> & { type: string }> = {
    ready: { type: 'ready', ready: true },
    proposePolicy: { type: 'proposePolicy', lever: 'landfillTax', value: 80 },
    cosponsor: { type: 'cosponsor', proposalId: 'p1' },
    amendProposal: { type: 'amendProposal', proposalId: 'p1', value: 90 },
    chat: { type: 'chat', text: 'hello' },
    whisper: { type: 'whisper', to: 'engineer', text: 'psst' },
    offerDeal: { type: 'offerDeal', to: 'engineer', credits: 1, influence: 0, condition: { kind: 'proposalPasses', proposalId: 'p1' } },
    respondDeal: { type: 'respondDeal', dealId: 'd1', accept: true },
    withdrawDeal: { type: 'withdrawDeal', dealId: 'd1' },
    castVote: { type: 'castVote', proposalId: 'p1', ballot: 'yes' },
    roleAction: { type: 'roleAction', action: { kind: 'pass' } },
  };
  return intent(s, 'chemist', bodies[type]);
}

function stateIn(phase: Phase): GameState {
  if (phase === 'lobby') return ok(createGame(defaultConfig(), 3), sys({ type: 'seatTaken', role: 'chemist', name: 'A', controller: 'human' }));
  if (phase === 'gameOver') {
    let s = scenario(3).withConfig({ rounds: 4 }).started().build();
    while (s.phase !== 'gameOver') s = advance(s);
    return s;
  }
  return scenario(3).started().phase(phase).build();
}

describe('phase machine', () => {
  it('has a handler for every intent and a table row for every phase', () => {
    expect(Object.keys(INTENT_HANDLERS).sort()).toEqual([...INTENT_TYPES].sort());
    expect(Object.keys(PHASE_INTENTS).sort()).toEqual([...PHASES].sort());
    for (const type of INTENT_TYPES) {
      expect(INTENT_HANDLERS[type].phases).toEqual(PHASES.filter((p) => PHASE_INTENTS[p].includes(type)));
    }
  });

  describe.each(PHASES)('in %s', (phase) => {
    const s = deepFreeze(stateIn(phase));
    it.each(INTENT_TYPES)('%s is accepted by the table or refused with notYourPhase', (type) => {
      const r = reduce(s, sample(s, type));
      if (phase === 'gameOver') {
        expect(r).toEqual({ ok: false, error: { code: 'gameOver' } });
      } else if (!allowedIntents(phase).includes(type)) {
        expect(r).toEqual({ ok: false, error: { code: 'notYourPhase', phase, intent: type } });
      } else if (!r.ok) {
        expect(r.error.code).not.toBe('notYourPhase');
      }
    });
  });

  it('runs lobby → (briefing … resolution) × rounds → gameOver, timing each phase on entry', () => {
    let s = scenario(9).withConfig({ rounds: 4 }).started().build();
    const seen: string[] = [];
    while (s.phase !== 'gameOver') {
      seen.push(`${s.round}:${s.phase}`);
      expect(s.phaseEndsAt).toBe(T0 + s.config.timers[s.phase as Exclude<Phase, 'lobby' | 'gameOver'>] * 1000);
      s = advance(s);
    }
    const expected = [1, 2, 3, 4].flatMap((r) => ROUND_PHASES.map((p) => `${r}:${p}`));
    expect(seen).toEqual(expected);
    expect(s.phaseEndsAt).toBeNull();
    expect(s.outcome).not.toBeNull();
    expect(s.rounds).toHaveLength(4);
  });

  it('ends a phase when all four seats are ready, and resets readiness on entry', () => {
    let s = scenario().started().phase('proposals').build();
    for (const r of ['chemist', 'engineer', 'activist'] as const) s = ok(s, cmd.ready(s, r));
    expect(s.phase).toBe('proposals');
    s = ok(s, cmd.ready(s, 'engineer', false));
    s = ok(s, cmd.ready(s, 'smuggler'));
    expect(s.phase).toBe('proposals');
    s = ok(s, cmd.ready(s, 'engineer'));
    expect(s.phase).toBe('negotiation');
    expect(Object.values(s.seats).every((seat) => !seat.ready)).toBe(true);
  });

  it('counts bots only when they send ready themselves', () => {
    let s = createGame(defaultConfig(), 4);
    s = ok(s, sys({ type: 'seatTaken', role: 'chemist', name: 'Ana', controller: 'human' }));
    s = ok(s, sys({ type: 'startMatch' }));
    s = ok(s, cmd.ready(s, 'chemist'));
    expect(s.phase).toBe('briefing');
    for (const r of ['engineer', 'activist', 'smuggler'] as const) s = ok(s, cmd.ready(s, r));
    expect(s.phase).toBe('proposals');
  });

  it('ends a phase on its timeout and refuses stale or early timeouts', () => {
    const s = scenario().started().build();
    const due = s.phaseEndsAt!;
    expect(fail(s, sys({ type: 'phaseTimeout', phase: 'vote', round: 1 }, due))).toMatchObject({ code: 'invalidCommand' });
    expect(fail(s, sys({ type: 'phaseTimeout', phase: 'briefing', round: 2 }, due))).toMatchObject({ code: 'invalidCommand' });
    expect(fail(s, sys({ type: 'phaseTimeout', phase: 'briefing', round: 1 }, due - 1))).toMatchObject({ code: 'invalidCommand' });
    const next = ok(s, sys({ type: 'phaseTimeout', phase: 'briefing', round: 1 }, due));
    expect(next.phase).toBe('proposals');
    expect(next.phaseEndsAt).toBe(due + s.config.timers.proposals * 1000);
    // the same timeout again is now stale
    expect(fail(next, sys({ type: 'phaseTimeout', phase: 'briefing', round: 1 }, due + 5))).toMatchObject({ code: 'invalidCommand' });
  });

  it('never stalls: timeouts alone finish a whole match', () => {
    let s = scenario(21).withConfig({ rounds: 4 }).started().build();
    for (let i = 0; i < 100 && s.phase !== 'gameOver'; i++) {
      s = ok(s, sys({ type: 'phaseTimeout', phase: s.phase, round: s.round }, s.phaseEndsAt!));
    }
    expect(s.phase).toBe('gameOver');
    expect(s.outcome).not.toBeNull();
    expect(s.rounds.map((r) => r.round)).toEqual(Array.from({ length: s.round }, (_, i) => i + 1));
    // nobody tabled anything, so the levers never moved
    expect(s.levers).toEqual(s.rounds[0].levers);
  });

  it('gets from briefing to any round phase', () => {
    for (const p of ROUND_PHASES) expect(advanceTo(scenario().started().build(), p).phase).toBe(p);
  });
});
