/**
 * Secrets stay secret over whole bot matches: at every accepted command, each seat's and the
 * spectator's view, and the events each of them receives, are searched for another seat's agenda,
 * private intel, covert actions, the hidden byproduct rate, others' deals and early ballots.
 */
import { describe, expect, it } from 'vitest';
import { eventsFor, viewFor, type GameState } from '@shared/rules/index.ts';
import { SCENARIO_IDS } from '@shared/model/types.ts';
import { runMatch } from '@shared/sim/run-match.ts';
import { leaksIn, VIEWERS } from './secrets.ts';

/** What the checked matches contained, so the test is known to have seen secrets worth hiding. */
const seen = { covert: 0, investigations: 0, assays: 0, deals: 0 };

function countSecrets(state: GameState): void {
  seen.covert += state.seats.smuggler.covertLog.length;
  seen.investigations += state.seats.activist.intel.filter((i) => i.kind === 'investigation').length;
  seen.assays += state.seats.chemist.intel.filter((i) => i.kind === 'assay').length;
  seen.deals += state.deals.length;
}

describe('no view or event leaks another seat’s secrets in bot matches', () => {
  const cases = SCENARIO_IDS.flatMap((scenario, i) => [1, 2, 3].map((k) => ({ scenario, seed: 100 * i + k, rounds: k === 3 ? 8 : 5 })));
  it.each(cases)('$scenario seed $seed ($rounds rounds)', ({ scenario, seed, rounds }) => {
    const leaks: string[] = [];
    let checked = 0;
    const run = runMatch({
      seed, scenario, rounds,
      observe: (state, events) => {
        for (const viewer of VIEWERS) {
          const view = viewFor(state, viewer);
          const where = `v${state.version} ${state.phase} r${state.round} ${JSON.stringify(viewer)}`;
          for (const l of leaksIn(state, viewer, JSON.stringify(view), view)) leaks.push(`${where} view: ${l}`);
          for (const l of leaksIn(state, viewer, JSON.stringify(eventsFor(events, viewer)))) leaks.push(`${where} events: ${l}`);
          checked += 1;
        }
      },
    });
    countSecrets(run.state);
    expect(leaks.slice(0, 10)).toEqual([]);
    expect(checked).toBe(run.commands.length * VIEWERS.length);
  });

  it('the matches above held covert actions, investigations, assays and deals', () => {
    expect(seen.covert).toBeGreaterThan(0);
    expect(seen.investigations).toBeGreaterThan(0);
    expect(seen.assays).toBeGreaterThan(0);
    expect(seen.deals).toBeGreaterThan(0);
  });

  it('the checker itself finds a planted secret', () => {
    let planted: string[] = [];
    runMatch({
      seed: 7, rounds: 4,
      observe: (state) => {
        if (planted.length > 0 || state.phase !== 'proposals') return;
        const spectatorJson = JSON.stringify(viewFor(state, { kind: 'spectator' }));
        const smugglerJson = JSON.stringify(viewFor(state, { kind: 'seat', role: 'smuggler' }));
        planted = leaksIn(state, { kind: 'spectator' }, `${spectatorJson}${smugglerJson}`);
      },
    });
    expect(planted.some((l) => l.startsWith('smuggler:'))).toBe(true);
  });
});
