/**
 * Small immutable updates of seats and resources that many rules share: paying, earning, gaining or
 * losing reputation (always kept within its bounds), and recording private knowledge.
 */
import { BALANCE } from '../content/balance.ts';
import type { GameEvent, GameEventBody, Audience } from './events.ts';
import type { GameState, Resources, Role, Seat } from './types.ts';
import { ROLES } from './types.ts';

export type ResourceDelta = Partial<Resources>;

export function updateSeat(state: GameState, role: Role, patch: Partial<Seat>): GameState {
  return { ...state, seats: { ...state.seats, [role]: { ...state.seats[role], ...patch } } };
}

function clampReputation(x: number): number {
  return Math.min(BALANCE.reputation.max, Math.max(BALANCE.reputation.min, x));
}

/** Adds (or with negative numbers, takes) resources. Callers check funds first; reputation is clamped. */
export function adjustResources(state: GameState, role: Role, d: ResourceDelta): GameState {
  const r = state.seats[role].resources;
  return updateSeat(state, role, {
    resources: {
      credits: r.credits + (d.credits ?? 0),
      influence: r.influence + (d.influence ?? 0),
      reputation: clampReputation(r.reputation + (d.reputation ?? 0)),
    },
  });
}

export function setAllReady(state: GameState, ready: boolean): GameState {
  let s = state;
  for (const role of ROLES) if (s.seats[role].ready !== ready) s = updateSeat(s, role, { ready });
  return s;
}

/** Every seat is taken and has said it is ready. */
export function everyoneReady(state: GameState): boolean {
  return ROLES.every((r) => state.seats[r].controller !== 'open' && state.seats[r].ready);
}

export function event(body: GameEventBody, audience: Audience = 'all'): GameEvent {
  return { ...body, audience } as GameEvent;
}

/** The next derived id (`p3`, `d7`, `m12`) and the state with its counter advanced. */
export function nextId(state: GameState, prefix: 'p' | 'd' | 'm'): [string, GameState] {
  return [`${prefix}${state.nextId}`, { ...state, nextId: state.nextId + 1 }];
}
