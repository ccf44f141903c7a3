/**
 * How the server writes view updates without keeping their texts: parts are compared as data
 * (`sameJson` agrees with comparing JSON texts, whatever the values), and a room that writes each
 * change with a fresh text cache sends exactly what it sent with every text kept for good.
 */
import { describe, expect, it } from 'vitest';
import { encodeFullUpdate, encodePatchUpdate, sameJson } from '@shared/protocol/view-wire-encode.ts';
import { parseViewUpdate } from '@shared/protocol/view-wire.ts';
import { makeSampler } from '@shared/random/rng.ts';
import { createGame, reduce, ROLES, viewFor, ViewProjector, type GameState, type Viewer } from '@shared/rules/index.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { runMatch } from '@shared/sim/run-match.ts';
import { cmd, ok, scenario } from './builders.ts';

const VIEWERS: Viewer[] = [...ROLES.map((role): Viewer => ({ kind: 'seat', role })), { kind: 'spectator' }, { kind: 'facilitator' }];

/** A random JSON-like value, with the awkward cases JSON writes in its own way. */
function randomValue(random: () => number, depth: number): unknown {
  const atoms = [0, -0, 1, 1.5, NaN, Infinity, null, undefined, true, false, '', 'a', 'b', '0'];
  const pick = random();
  if (depth === 0 || pick < 0.5) return atoms[Math.floor(random() * atoms.length)];
  if (pick < 0.75) return Array.from({ length: Math.floor(random() * 3) }, () => randomValue(random, depth - 1));
  const keys = ['x', 'y', 'z', '1'];
  const value: Record<string, unknown> = {};
  for (const key of keys) if (random() < 0.5) value[key] = randomValue(random, depth - 1);
  return value;
}

describe('comparing view parts as data', () => {
  it('agrees with comparing their JSON texts, for values that differ and values that look alike', () => {
    const random = makeSampler(2024);
    let equal = 0;
    for (let i = 0; i < 20_000; i++) {
      const a = randomValue(random, 3);
      const b = random() < 0.3 ? JSON.parse(JSON.stringify({ v: a })).v : randomValue(random, 3);
      const texts = [JSON.stringify(a) ?? 'null', JSON.stringify(b) ?? 'null'];
      expect(sameJson(a, b), `${texts[0]} vs ${texts[1]}`).toBe(texts[0] === texts[1]);
      equal += texts[0] === texts[1] ? 1 : 0;
    }
    expect(equal).toBeGreaterThan(2000); // both answers were exercised
  });

  it('tells key order apart, as the text does', () => {
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson([undefined], [null])).toBe(true);
  });
});

describe('writing each change with a fresh text cache', () => {
  for (const seed of [7, 19]) {
    it(`sends the same updates as texts kept for good, for every viewer, a delayed one too (seed ${seed})`, () => {
      const run = runMatch({ seed, shareForecasts: true });
      const states: GameState[] = [createGame(run.config, run.seed)];
      for (const command of run.commands) {
        const result = reduce(states[states.length - 1], command);
        if (!result.ok) throw new Error('a recorded command was refused');
        states.push(result.state);
      }
      // The spectator follows five changes behind (a delayed feed); everyone else keeps up.
      const lag = (i: number) => (VIEWERS[i].kind === 'spectator' ? 5 : 0);
      const fresh = VIEWERS.map((v) => new ViewProjector(v));
      const kept = VIEWERS.map((v) => new ViewProjector(v));
      const heldFresh: MatchView[] = fresh.map((p) => p.project(states[0]));
      const heldKept: MatchView[] = kept.map((p) => p.project(states[0]));
      heldFresh.forEach((view, i) => expect(encodeFullUpdate(view, [], new Map())).toBe(encodeFullUpdate(heldKept[i])));
      let compared = 0;
      for (let at = 1; at < states.length; at++) {
        const texts = new Map<object, string>(); // as a room does: one per change, shared by its viewers
        VIEWERS.forEach((_, i) => {
          const shown = at - lag(i);
          if (shown < 1) return;
          const [a, b] = [fresh[i].project(states[shown]), kept[i].project(states[shown])];
          expect(encodePatchUpdate(heldFresh[i], a, [], texts)).toBe(encodePatchUpdate(heldKept[i], b));
          [heldFresh[i], heldKept[i]] = [a, b];
          compared++;
        });
      }
      expect(compared).toBeGreaterThan(500);
      // A client joining now gets the same full view.
      heldFresh.forEach((view, i) => expect(encodeFullUpdate(view, [], new Map())).toBe(encodeFullUpdate(heldKept[i])));
    });
  }

  it('does not send a list again whose items are new objects with the same content', () => {
    let s = scenario(5).started().phase('negotiation').build();
    s = ok(s, cmd.whisper(s, 'engineer', 'smuggler', 'meet me later'));
    const smuggler: Viewer = { kind: 'seat', role: 'smuggler' };
    const held = new ViewProjector(smuggler).project(s);
    const again = viewFor(s, smuggler); // new lists, equal content
    expect(again.chat).not.toBe(held.chat);
    const update = parseViewUpdate(encodePatchUpdate(held, again, [], new Map()));
    expect('patch' in update && update.patch).toEqual({});
  });
});
