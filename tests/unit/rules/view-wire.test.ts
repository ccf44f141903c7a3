import { describe, expect, it } from 'vitest';
import { encodeFullUpdate, encodePatchUpdate } from '@shared/protocol/view-wire-encode.ts';
import { applyViewUpdate, parseViewUpdate, versionOfWire } from '@shared/protocol/view-wire.ts';
import { createGame, eventsFor, reduce, ROLES, viewFor, ViewProjector, type GameState, type Viewer } from '@shared/rules/index.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { runMatch } from '@shared/sim/run-match.ts';
import { cmd, ok, scenario } from './builders.ts';

const VIEWERS: Viewer[] = [
  ...ROLES.map((role): Viewer => ({ kind: 'seat', role })),
  { kind: 'spectator' },
  { kind: 'facilitator' },
];

/** Plain JSON data, as a client holds it after parsing. */
const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe('a projector following a whole match, and the updates written from it', () => {
  for (const seed of [3, 11, 29]) {
    it(`rebuilds exactly viewFor at every command, for every viewer (seed ${seed})`, () => {
      const run = runMatch({ seed, shareForecasts: true });
      let state: GameState = createGame(run.config, run.seed);
      const projectors = VIEWERS.map((v) => new ViewProjector(v));
      let held: MatchView[] = projectors.map((p) => p.project(state));
      let client: (MatchView | null)[] = held.map((v) => applyViewUpdate(null, parseViewUpdate(encodeFullUpdate(v))));
      for (const command of run.commands) {
        const result = reduce(state, command);
        if (!result.ok) throw new Error('a recorded command was refused');
        state = result.state;
        const next = projectors.map((p) => p.project(state));
        next.forEach((view, i) => {
          const wire = encodePatchUpdate(held[i], view, eventsFor(result.events, VIEWERS[i]));
          expect(versionOfWire(wire)).toBe(state.version);
          const update = parseViewUpdate(wire);
          expect(update.events ?? []).toEqual(plain(eventsFor(result.events, VIEWERS[i])));
          client[i] = applyViewUpdate(client[i], update);
        });
        held = next;
        for (let i = 0; i < VIEWERS.length; i++) expect(client[i]).toEqual(plain(viewFor(state, VIEWERS[i])));
      }
      expect(state.phase).toBe('gameOver');
    });
  }

  it('keeps every part a move did not touch as the same object', () => {
    let s = scenario(5).started().phase('negotiation').build();
    const projector = new ViewProjector({ kind: 'seat', role: 'activist' });
    const before = projector.project(s);
    s = ok(s, cmd.whisper(s, 'engineer', 'smuggler', 'meet me later'));
    const after = projector.project(s);
    for (const key of ['config', 'world', 'baseline', 'levers', 'seats', 'proposals', 'ballots', 'deals', 'chat', 'rounds', 'knowledge'] as const) {
      expect(after[key], key).toBe(before[key]);
    }
  });

  it('tells a third seat nothing about a whisper between two others, and the recipient everything', () => {
    let s = scenario(5).started().phase('negotiation').build();
    const third = new ViewProjector({ kind: 'seat', role: 'activist' });
    const recipient = new ViewProjector({ kind: 'seat', role: 'smuggler' });
    const thirdBefore = third.project(s);
    const recipientBefore = recipient.project(s);
    const result = reduce(s, cmd.whisper(s, 'engineer', 'smuggler', 'meet me later'));
    if (!result.ok) throw new Error('whisper refused');
    s = result.state;
    const thirdWire = encodePatchUpdate(thirdBefore, third.project(s), eventsFor(result.events, third.viewer));
    // Only the version (and the clock, when time passed) moves: no chat, seat or deal part.
    expect(Object.keys((parseViewUpdate(thirdWire) as { patch: object }).patch).filter((k) => k !== 'now')).toEqual([]);
    expect(thirdWire).not.toContain('meet me later');
    const recipientWire = encodePatchUpdate(recipientBefore, recipient.project(s), eventsFor(result.events, recipient.viewer));
    expect(recipientWire).toContain('meet me later');
  });

  it('sends only the seats that changed', () => {
    let s = scenario(5).started().phase('negotiation').build();
    const projector = new ViewProjector({ kind: 'spectator' });
    const before = projector.project(s);
    s = ok(s, cmd.ready(s, 'chemist'));
    const update = parseViewUpdate(encodePatchUpdate(before, projector.project(s)));
    expect('patch' in update && Object.keys(update.patch.seats ?? {})).toEqual(['chemist']);
  });
});
