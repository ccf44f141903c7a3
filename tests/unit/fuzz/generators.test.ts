/**
 * The hostile message generators keep their promises: a broken message never meets its contract
 * (for every intent type and every way of breaking it), a well-formed one almost always does, a
 * stale one is refused whatever the table did meanwhile, and the same seed makes the same attack.
 */
import { describe, expect, it } from 'vitest';
import {
  contextOfView, EMPTY_CONTEXT, fuzzRoomMessage, garbageFrame, garbageValue, makeRand, malform, meetsRoomContract, messageFuzzer,
  ROOM_MESSAGE_TYPES, wellFormedIntent, wellFormedRoomMessage, type FuzzContext,
} from '@shared/fuzz/index.ts';
import { INTENT_TYPES, parseIntent } from '@shared/protocol/intents.ts';
import { PHASES } from '@shared/rules/types.ts';

const CONTEXTS: FuzzContext[] = PHASES.map((phase, i) => ({
  ...EMPTY_CONTEXT, phase, version: i * 7, round: i, role: 'chemist', proposalIds: ['p1', 'p3'], dealIds: ['d2'], beforePhase: i > 0 ? i * 7 - 3 : null,
}));

describe('malform', () => {
  it.each(['malformed', 'mistyped', 'oversized'] as const)('%s messages never meet their contract', (kind) => {
    const rand = makeRand(31);
    for (const type of INTENT_TYPES) {
      for (let i = 0; i < 60; i++) {
        const broken = malform(rand, wellFormedIntent(rand, rand.pick(CONTEXTS), type), kind);
        const parsed = parseIntent(broken.message.type, broken.message.payload);
        expect(parsed.ok, `${type} ${broken.how}`).toBe(false);
      }
    }
  });
});

describe('well-formed messages', () => {
  it('meet their contract (all but a few made only of invisible characters)', () => {
    const rand = makeRand(32);
    let passed = 0;
    let total = 0;
    for (const type of INTENT_TYPES) {
      for (let i = 0; i < 80; i++) {
        const m = wellFormedIntent(rand, rand.pick(CONTEXTS), type);
        const parsed = parseIntent(m.type, m.payload);
        total += 1;
        if (parsed.ok) passed += 1;
        else expect(['chat', 'whisper'], `${type} ${JSON.stringify(m.payload)}`).toContain(type);
      }
    }
    expect(passed / total).toBeGreaterThan(0.97);
  });

  it('are stale when asked to be: from before the phase began, or far in the future', () => {
    const rand = makeRand(33);
    for (const ctx of CONTEXTS) {
      for (let i = 0; i < 30; i++) {
        const v = (wellFormedIntent(rand, ctx, 'castVote', true).payload as { expectedVersion: number }).expectedVersion;
        const certainlyStale = (ctx.beforePhase !== null && v <= ctx.beforePhase) || v >= 1_000_000_000;
        expect(certainlyStale, `version ${v} in ${JSON.stringify(ctx)}`).toBe(true);
      }
    }
  });

  it('only know what the sender’s view shows', () => {
    expect(contextOfView(null, 'activist')).toEqual({ ...EMPTY_CONTEXT, role: 'activist' });
  });
});

describe('the message fuzzer', () => {
  it('is reproducible from its seed', () => {
    const run = (seed: number) => {
      const f = messageFuzzer(makeRand(seed));
      return Array.from({ length: 200 }, (_, i) => f.next(CONTEXTS[i % CONTEXTS.length]));
    };
    expect(JSON.stringify(run(5))).toBe(JSON.stringify(run(5)));
    expect(JSON.stringify(run(5))).not.toBe(JSON.stringify(run(6)));
  });

  it('never makes parseIntent throw, even on pure garbage', () => {
    const rand = makeRand(34);
    for (let i = 0; i < 3000; i++) {
      expect(() => parseIntent(garbageValue(rand, 2), garbageValue(rand, 3))).not.toThrow();
    }
    for (const type of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(parseIntent(type, {})).toEqual({ ok: false, reason: 'unknown message type' });
    }
  });
});

describe('room messages and raw frames', () => {
  it('room messages: well-formed ones meet their contract, the rest mostly do not', () => {
    const rand = makeRand(35);
    for (const type of ROOM_MESSAGE_TYPES) {
      for (let i = 0; i < 40; i++) {
        const m = wellFormedRoomMessage(rand, type);
        // A typed name or text made only of invisible characters is the one expected exception.
        if (!meetsRoomContract(m)) expect(['claimSeat', 'setName', 'spectatorChat'], JSON.stringify(m)).toContain(type);
      }
    }
    const mixed = Array.from({ length: 400 }, () => meetsRoomContract(fuzzRoomMessage(rand)));
    expect(mixed.filter(Boolean).length).toBeGreaterThan(150);
    expect(mixed.filter((ok) => !ok).length).toBeGreaterThan(80);
  });

  it('garbage frames come in every variety, reproducibly', () => {
    const frames = (seed: number) => Array.from({ length: 300 }, () => garbageFrame(makeRand(seed)).how);
    const rand = makeRand(36);
    const kinds = new Set(Array.from({ length: 300 }, () => garbageFrame(rand).how.replace(/^\S+ with /, 'type with ')));
    expect(kinds.size).toBeGreaterThanOrEqual(9);
    expect(frames(3)).toEqual(frames(3));
  });
});
