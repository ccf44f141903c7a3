/**
 * Seating, driven by the room: a player takes an open seat in the lobby (or leaves it open again), and
 * at any time a seat can pass between its human and a bot — when a player drops, a bot holds the seat;
 * when they return, it is theirs again. Seats are never left without a controller once play starts.
 */
import type { SystemEvent } from '../commands.ts';
import type { RuleError } from '../errors.ts';
import { event, updateSeat } from '../seat-updates.ts';
import type { Applied } from '../flow.ts';
import { ROLES, type GameState } from '../types.ts';

type Of<T extends SystemEvent['type']> = Extract<SystemEvent, { type: T }>;

const isRole = (x: unknown) => (ROLES as readonly unknown[]).includes(x);

export function seatTaken(state: GameState, e: Of<'seatTaken'>): Applied | RuleError {
  if (state.phase !== 'lobby') return { code: 'notYourPhase', phase: state.phase, intent: 'seatTaken' };
  if (!isRole(e.role)) return { code: 'invalidCommand', reason: `unknown role ${String(e.role)}` };
  if (state.seats[e.role].controller !== 'open') return { code: 'seatTaken', role: e.role };
  return {
    state: updateSeat(state, e.role, { controller: e.controller, name: e.name, ready: false }),
    events: [event({ type: 'seatChanged', role: e.role, name: e.name, controller: e.controller })],
  };
}

export function seatReleased(state: GameState, e: Of<'seatReleased'>): Applied | RuleError {
  if (state.phase !== 'lobby') return { code: 'notYourPhase', phase: state.phase, intent: 'seatReleased' };
  if (!isRole(e.role)) return { code: 'invalidCommand', reason: `unknown role ${String(e.role)}` };
  if (state.seats[e.role].controller === 'open') return { code: 'invalidCommand', reason: 'seat is already open' };
  return {
    state: updateSeat(state, e.role, { controller: 'open', name: '', ready: false }),
    events: [event({ type: 'seatChanged', role: e.role, name: '', controller: 'open' })],
  };
}

export function seatController(state: GameState, e: Of<'seatController'>): Applied | RuleError {
  if (!isRole(e.role)) return { code: 'invalidCommand', reason: `unknown role ${String(e.role)}` };
  const seat = state.seats[e.role];
  if (seat.controller === 'open') return { code: 'invalidCommand', reason: 'seat is open: use seatTaken' };
  const name = e.name ?? seat.name;
  return {
    state: updateSeat(state, e.role, { controller: e.controller, name }),
    events: [event({ type: 'seatChanged', role: e.role, name, controller: e.controller })],
  };
}
