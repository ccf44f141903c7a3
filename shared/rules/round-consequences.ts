/**
 * What lands on the seats at the end of a year: exposures (the activist's accusation, or the press when
 * a smuggling scandal breaks while the smuggler was diverting), the smuggler's black-market takings,
 * everyone's yearly income, and the lever a protest freezes for the next year.
 */
import { BALANCE } from '../content/balance.ts';
import { LEVERS, scenarioLevers } from '../model/index.ts';
import { LEVER_IDS, type Flows, type LeverId } from '../model/types.ts';
import type { GameEvent } from './events.ts';
import { adjustResources, event, updateSeat } from './seat-updates.ts';
import { ROLES, type GameState, type Role } from './types.ts';

export type Exposures = {
  exposures: { target: Role; by: Role | 'press' }[];
  wrongAccusations: { target: Role; by: Role }[];
};

/** Whether a seat took a covert action in a given round (what an investigation reveals). */
export function tookCovertAction(state: GameState, target: Role, round: number): boolean {
  return state.seats[target].covertLog.some((c) => c.round === round);
}

function expose(state: GameState, target: Role): GameState {
  const s = updateSeat(state, target, { exposed: true, exposedRound: state.round });
  return adjustResources(s, target, { reputation: -BALANCE.reputation.exposedLoss });
}

/** Lands the activist's accusation and the press's scandal. */
export function landExposures(state: GameState, flows: Flows): { state: GameState; events: GameEvent[]; found: Exposures } {
  let s = state;
  const events: GameEvent[] = [];
  const found: Exposures = { exposures: [], wrongAccusations: [] };
  const a = state.actions.activist;
  if (a && a.kind === 'investigate' && a.expose) {
    if (tookCovertAction(state, a.target, state.round - 1)) {
      s = adjustResources(expose(s, a.target), 'activist', { reputation: BALANCE.reputation.exposerGain });
      events.push(event({ type: 'seatExposed', target: a.target, by: 'activist' }));
      found.exposures.push({ target: a.target, by: 'activist' });
    } else {
      s = adjustResources(s, 'activist', { reputation: -BALANCE.reputation.wrongExposureLoss });
      events.push(event({ type: 'exposureFailed', target: a.target, by: 'activist' }));
      found.wrongAccusations.push({ target: a.target, by: 'activist' });
    }
  }
  const diverted = state.actions.smuggler?.kind === 'divert';
  const alreadyThisYear = found.exposures.some((x) => x.target === 'smuggler');
  if (diverted && flows.events.includes('scandal') && !alreadyThisYear) {
    s = expose(s, 'smuggler');
    events.push(event({ type: 'seatExposed', target: 'smuggler', by: 'press' }));
    found.exposures.push({ target: 'smuggler', by: 'press' });
  }
  return { state: s, events, found };
}

/** Everyone's yearly income, plus the smuggler's share of the black market in a year they diverted. */
export function payIncomes(state: GameState, flows: Flows): GameState {
  let s = state;
  for (const role of ROLES) {
    s = adjustResources(s, role, { influence: BALANCE.influencePerRound, credits: BALANCE.creditsPerRound[role] });
  }
  if (state.actions.smuggler?.kind === 'divert') {
    const takings = Math.max(0, Math.round(flows.smugglerIncome * BALANCE.divertCreditsPerMillion));
    s = adjustResources(s, 'smuggler', { credits: takings });
  }
  return s;
}

/**
 * The lever protesters block: the latest policy passed this year, else the lever furthest (relative to
 * its range) from the scenario's starting setting, else the landfill tax — the classic flashpoint.
 */
export function protestLever(state: GameState): LeverId {
  const passed = state.proposals.filter((p) => p.round === state.round && p.status === 'passed');
  if (passed.length > 0) return passed[passed.length - 1].lever;
  const start = scenarioLevers(state.config.scenario);
  let best: LeverId = 'landfillTax';
  let bestGap = 0;
  for (const id of LEVER_IDS) {
    const gap = Math.abs(state.levers[id] - start[id]) / (LEVERS[id].max - LEVERS[id].min);
    if (gap > bestGap) [best, bestGap] = [id, gap];
  }
  return best;
}

/** Sets (or clears) the lever frozen for the coming year. */
export function applyProtest(state: GameState, flows: Flows): { state: GameState; events: GameEvent[] } {
  if (!flows.events.includes('protest')) return { state: { ...state, frozenLever: null }, events: [] };
  const lever = protestLever(state);
  return {
    state: { ...state, frozenLever: lever },
    events: [event({ type: 'leverFrozen', lever, round: state.round + 1 })],
  };
}
