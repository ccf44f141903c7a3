/**
 * Each role's bot behaves like its character and agenda: votes follow forecasts, the chemist assays,
 * the engineer retrofits what is in force, the activist watches the smuggler, the smuggler diverts
 * only while it dares and goes straight when reform is its agenda; deals are accepted when worth it
 * and then honoured.
 */
import { describe, expect, it } from 'vitest';
import { botIntent } from '@shared/bots/index.ts';
import { exposureRisk } from '@shared/bots/smuggler.ts';
import { POLICIES } from '@shared/content/policies.ts';
import type { GameState, Role } from '@shared/rules/index.ts';
import { runMatch } from '@shared/sim/run-match.ts';
import type { LeverId } from '@shared/model/types.ts';
import { act, afford, playTo, seatView, seedWithAgenda, startedMatch } from './table.ts';

function tabled(seed: number, by: Role, lever: string, value: number): GameState {
  let s = afford(playTo(startedMatch(seed), 'proposals', 1), by, lever as LeverId);
  s = act(s, by, { type: 'proposePolicy', lever: lever as LeverId, value, expectedVersion: s.version });
  return s;
}

describe('votes follow the seat’s agenda', () => {
  it('a Fortune smuggler votes against a crackdown on smuggling', () => {
    const seed = seedWithAgenda('smuggler', 'smugglerFortune');
    const s = playTo(tabled(seed, 'activist', 'enforcement', 8), 'vote');
    expect(botIntent(seatView(s, 'smuggler'), 1)).toMatchObject({ type: 'castVote', proposalId: s.proposals[0].id, ballot: 'no' });
  });

  it('a Clean-city activist votes for remediation, and the same crackdown', () => {
    const seed = seedWithAgenda('activist', 'activistCleanCity');
    let s = playTo(tabled(seed, 'engineer', 'remediation', 4), 'vote');
    expect(botIntent(seatView(s, 'activist'), 1)).toMatchObject({ type: 'castVote', ballot: 'yes' });
    s = playTo(tabled(seed, 'engineer', 'enforcement', 8), 'vote');
    expect(botIntent(seatView(s, 'activist'), 1)).toMatchObject({ type: 'castVote', ballot: 'yes' });
  });

  it('a Safe-by-design engineer tables a safety standard that meets its agenda', () => {
    const seed = seedWithAgenda('engineer', 'engineerSafeByDesign');
    const s = playTo(startedMatch(seed), 'proposals', 1);
    const intent = botIntent(seatView(s, 'engineer'), 1);
    expect(intent).toMatchObject({ type: 'proposePolicy', lever: 'safety' });
    expect(intent && intent.type === 'proposePolicy' && intent.value).toBeGreaterThanOrEqual(0.5);
  });
});

describe('role actions', () => {
  it('the chemist assays in the first year; the engineer retrofits a policy in force; the activist investigates the smuggler', () => {
    const s = playTo(startedMatch(31), 'actions', 1);
    expect(botIntent(seatView(s, 'chemist'), 1)).toMatchObject({ type: 'roleAction', action: { kind: 'assay' } });
    const retrofit = botIntent(seatView(s, 'engineer'), 1);
    expect(retrofit).toMatchObject({ type: 'roleAction', action: { kind: 'retrofit' } });
    const lever = retrofit?.type === 'roleAction' && retrofit.action.kind === 'retrofit' ? retrofit.action.lever : 'fine';
    expect(POLICIES[lever].retrofittable && s.levers[lever] > 0).toBe(true);
    expect(botIntent(seatView(s, 'activist'), 1)).toMatchObject({ type: 'roleAction', action: { kind: 'investigate', target: 'smuggler' } });
  });

  it('a Reform smuggler goes straight within two years and never takes a covert action', () => {
    const seed = seedWithAgenda('smuggler', 'smugglerReform');
    const run = runMatch({ seed, rounds: 4 });
    expect(run.state.seats.smuggler.wentStraight).toBe(true);
    expect(run.state.seats.smuggler.covertLog).toEqual([]);
  });

  it('a Fortune smuggler diverts in some years, and never after it is exposed', () => {
    let diverted = 0;
    for (let from = 1; from < 40; from += 10) {
      const seed = seedWithAgenda('smuggler', 'smugglerFortune', from);
      const { state } = runMatch({ seed, rounds: 8 });
      const smuggler = state.seats.smuggler;
      diverted += smuggler.covertLog.filter((c) => c.kind === 'divert').length;
      if (smuggler.exposedRound !== null) {
        expect(smuggler.covertLog.filter((c) => c.round > (smuggler.exposedRound ?? 0))).toEqual([]);
      }
    }
    expect(diverted).toBeGreaterThan(0);
  });

  it('the smuggler reads more risk under heavier enforcement', () => {
    const s = playTo(startedMatch(2), 'actions', 1);
    const calm = exposureRisk(seatView(s, 'smuggler'));
    const strict = exposureRisk(seatView({ ...s, levers: { ...s.levers, enforcement: 10 } }, 'smuggler'));
    expect(strict).toBeGreaterThan(calm);
  });
});

describe('deals', () => {
  it('a seat paid to vote as it would anyway accepts, and then keeps its word', () => {
    const seed = seedWithAgenda('activist', 'activistCleanCity');
    let s = playTo(tabled(seed, 'engineer', 'remediation', 4), 'negotiation');
    const proposalId = s.proposals[0].id;
    s = act(s, 'engineer', {
      type: 'offerDeal', to: 'activist', credits: 3, influence: 0,
      condition: { kind: 'votes', proposalId, ballot: 'yes' }, expectedVersion: s.version,
    });
    const answer = botIntent(seatView(s, 'activist'), 1);
    expect(answer).toMatchObject({ type: 'respondDeal', accept: true });
    s = act(s, 'activist', answer!);
    s = playTo(s, 'vote');
    expect(botIntent(seatView(s, 'activist'), 1)).toMatchObject({ type: 'castVote', proposalId, ballot: 'yes' });
  });

  it('a Fortune smuggler will not sell its vote for a crackdown for one credit', () => {
    const seed = seedWithAgenda('smuggler', 'smugglerFortune');
    let s = playTo(tabled(seed, 'activist', 'enforcement', 8), 'negotiation');
    s = act(s, 'activist', {
      type: 'offerDeal', to: 'smuggler', credits: 1, influence: 0,
      condition: { kind: 'votes', proposalId: s.proposals[0].id, ballot: 'yes' }, expectedVersion: s.version,
    });
    expect(botIntent(seatView(s, 'smuggler'), 1)).toMatchObject({ type: 'respondDeal', accept: false });
  });
});
