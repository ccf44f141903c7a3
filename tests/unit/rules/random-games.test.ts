/**
 * Properties over whole random matches (seeded; a failing seed is printed in the test name): reduce
 * never mutates, a log replays to the same states, invariants hold after every command, and no view
 * or event stream leaks another seat's secrets.
 */
import { describe, expect, it } from 'vitest';
import { AGENDAS } from '@shared/content/agendas.ts';
import { BETA0_RANGE } from '@shared/model/index.ts';
import {
  covertPublic, defaultConfig, eventsFor, replay, replayStates, reduce, ROLES, roundView, viewFor,
  type Deal, type GameState, type MatchView, type Role, type Viewer,
} from '@shared/rules/index.ts';
import { playRandomGame, type Played } from './random-play.ts';

const SEEDS = [1, 2, 3, 4, 5, 6];
const cache = new Map<string, Played>();
function game(seed: number, scenario: 'default' | 'smugglersHaven' | 'greenMandate' | 'budgetCrisis' = 'default', rounds = 4): Played {
  const key = `${seed}/${scenario}/${rounds}`;
  if (!cache.has(key)) cache.set(key, playRandomGame(seed, defaultConfig({ scenario, rounds })));
  return cache.get(key)!;
}

const GAMES: [string, () => Played][] = [
  ...SEEDS.map((seed) => [`seed ${seed}`, () => game(seed)] as [string, () => Played]),
  ['seed 11 smugglersHaven 8 rounds', () => game(11, 'smugglersHaven', 8)],
  ['seed 12 greenMandate 6 rounds', () => game(12, 'greenMandate', 6)],
  ['seed 13 budgetCrisis 5 rounds', () => game(13, 'budgetCrisis', 5)],
];

describe.each(GAMES)('random match, %s', (_name, get) => {
  it('reaches the end without stalling and without mutating any input (states are frozen)', () => {
    const p = get();
    expect(p.states.at(-1)!.phase).toBe('gameOver');
    expect(p.rejected).toBeGreaterThan(0); // illegal attempts were made and refused
  });

  it('replays its command log to exactly the same states', () => {
    const p = get();
    expect(replay(p.config, p.seed, p.commands)).toEqual(p.states.at(-1));
    const states = replayStates(p.config, p.seed, p.commands);
    for (let i = 0; i < states.length; i += 17) expect(states[i]).toEqual(p.states[i]);
  });

  it('keeps its invariants after every command', () => {
    const p = get();
    for (let i = 1; i < p.states.length; i++) checkStep(p.states[i - 1], p.states[i], p.events[i - 1].some((e) => e.type === 'roundResolved'));
  });

  it('never shows a seat or a spectator what is not theirs', () => {
    const p = get();
    const viewers: Viewer[] = [...ROLES.map((role) => ({ kind: 'seat', role }) as Viewer), { kind: 'spectator' }];
    for (let i = 0; i < p.states.length; i += 4) {
      const s = p.states[i];
      if (s.phase === 'gameOver') continue;
      for (const viewer of viewers) {
        const view = viewFor(s, viewer);
        assertNoLeak(s, viewer, JSON.stringify(view));
        assertSecretBallots(s, viewer, view);
        for (const other of ROLES.filter((r) => viewer.kind !== 'seat' || r !== viewer.role)) {
          const seat = view.seats[other];
          expect([seat.credits, seat.influence, seat.agenda, seat.intel, seat.covertLog]).toEqual([undefined, undefined, undefined, undefined, undefined]);
        }
      }
    }
    for (let i = 0; i < p.events.length; i++) {
      const s = p.states[i + 1];
      if (s.phase === 'gameOver') continue;
      for (const viewer of viewers) assertNoLeak(s, viewer, JSON.stringify(eventsFor(p.events[i], viewer)));
    }
  });

  it('keeps the shared public history equal to a fresh projection', () => {
    const p = get();
    for (const s of p.states.filter((_, i) => i % 25 === 0).concat(p.states.at(-1)!)) {
      expect(s.publicRounds).toEqual(s.rounds.map((r) => roundView(r, false, covertPublic(s, r.round))));
    }
  });

  it('has a leak detector that would notice the facilitator’s full view', () => {
    const p = get();
    const s = p.states.find((x) => x.phase === 'actions' && x.seats.smuggler.covertLog.length > 0) ?? p.states[Math.floor(p.states.length / 2)];
    const full = JSON.stringify(viewFor(s, { kind: 'facilitator' }));
    expect(forbiddenFor(s, { kind: 'spectator' }).filter((x) => full.includes(x)).length).toBeGreaterThan(4);
  });

  it('refuses stale versions and leaves the state unchanged on every refusal', () => {
    const p = get();
    for (let i = 0; i < p.commands.length; i += 11) {
      const s = p.states[i];
      const c = p.commands[i];
      if (c.kind !== 'intent' || !('expectedVersion' in c.intent)) continue;
      const stale = { ...c, intent: { ...c.intent, expectedVersion: s.version + 1 } } as typeof c;
      const before = JSON.stringify(s);
      expect(reduce(s, stale)).toEqual({ ok: false, error: { code: 'staleVersion', expected: s.version, got: s.version + 1 } });
      expect(JSON.stringify(s)).toBe(before);
    }
  });
});

/** Before the reveal a viewer sees who voted, and only its own ballot. */
function assertSecretBallots(s: GameState, viewer: Viewer, view: MatchView): void {
  const me = viewer.kind === 'seat' ? viewer.role : null;
  for (const p of s.proposals.filter((x) => x.status === 'tabled')) {
    const b = view.ballots[p.id];
    expect(b.revealed).toBeUndefined();
    expect(b.mine).toBe(me ? s.ballots[p.id]?.[me] : undefined);
    expect([...b.voted].sort()).toEqual(Object.keys(s.ballots[p.id] ?? {}).sort());
  }
}

const escrow = (s: GameState) => s.deals.filter((d) => d.status === 'accepted').reduce((n, d) => n + d.credits, 0);
const credits = (s: GameState) => ROLES.reduce((n, r) => n + s.seats[r].resources.credits, 0) + escrow(s);

const NEXT: Record<Deal['status'], readonly Deal['status'][]> = {
  offered: ['offered', 'accepted', 'declined', 'withdrawn', 'expired'],
  accepted: ['accepted', 'paid', 'refunded'],
  declined: ['declined'], withdrawn: ['withdrawn'], expired: ['expired'], paid: ['paid'], refunded: ['refunded'],
};

function checkStep(before: GameState, after: GameState, resolved: boolean): void {
  expect(after.version).toBe(before.version + 1);
  expect(after.round).toBeGreaterThanOrEqual(before.round);
  for (const r of ROLES) {
    const res = after.seats[r].resources;
    expect(res.credits).toBeGreaterThanOrEqual(0);
    expect(res.influence).toBeGreaterThanOrEqual(0);
    expect(res.reputation).toBeGreaterThanOrEqual(0);
    expect(res.reputation).toBeLessThanOrEqual(100);
    if (after.phase !== 'lobby') expect(after.seats[r].controller).not.toBe('open');
  }
  // Credits only appear at resolution (incomes, black-market takings); deals and bribes just move them.
  if (!resolved) expect(credits(after)).toBe(credits(before));
  for (const d of before.deals) {
    const now = after.deals.find((x) => x.id === d.id)!;
    expect(NEXT[d.status]).toContain(now.status);
  }
  const ids = after.proposals.map((p) => p.id).concat(after.deals.map((d) => d.id), after.chat.map((m) => m.id));
  expect(new Set(ids).size).toBe(ids.length);
}

/** Substrings `viewer` must never find in anything it receives while the match runs. */
function forbiddenFor(s: GameState, viewer: Viewer): string[] {
  const me: Role | null = viewer.kind === 'seat' ? viewer.role : null;
  const out = [String(s.world.beta0), '"covertLog"', '"rng"', '"deck"', '"seed"'];
  for (const other of ROLES) {
    if (other === me) continue;
    const agenda = AGENDAS[s.seats[other].agendaId];
    out.push(agenda.text, `"title":"${agenda.title}"`, `"${agenda.id}"`);
    for (const intel of s.seats[other].intel) {
      // the band is fixed per match, so a later publication makes an earlier private band public
      if (intel.kind === 'assay' && s.publishedAssay) continue;
      out.push(JSON.stringify(intel));
      if (intel.kind !== 'assay') continue;
      // a band end clamped to the prior range is no secret: everyone's prior shows it
      if (intel.beta0Min !== BETA0_RANGE.min) out.push(`"beta0Min":${intel.beta0Min},`, `"beta0Max":${intel.beta0Min},`);
      if (intel.beta0Max !== BETA0_RANGE.max) out.push(`"beta0Max":${intel.beta0Max}}`, `"beta0Min":${intel.beta0Max},`);
    }
  }
  if (me !== 'smuggler') out.push('"kind":"divert"', '"kind":"bribe"', '"kind":"sabotage"');
  for (const m of s.chat) if (m.to !== 'all' && m.from !== me && m.to !== me) out.push(m.text);
  for (const d of s.deals) {
    const party = d.from === me || d.to === me;
    const settled = d.status === 'paid' || d.status === 'refunded';
    if (!party && !settled) out.push(`"id":"${d.id}"`);
  }
  return out;
}

function assertNoLeak(s: GameState, viewer: Viewer, json: string): void {
  const found = forbiddenFor(s, viewer).filter((x) => json.includes(x));
  expect(found, `${JSON.stringify(viewer)} at version ${s.version}`).toEqual([]);
}
