/**
 * "Ready": a seat says it is done with the current phase (or takes it back). When every seat is ready
 * the phase ends early; readiness is cleared whenever a new phase starts. In the lobby it only signals
 * to the host.
 */
import { event, updateSeat } from '../seat-updates.ts';
import { defineIntent } from './handler.ts';

export const ready = defineIntent('ready', {
  check: () => null,
  apply(state, actor, intent) {
    if (state.seats[actor].ready === intent.ready) return { state, events: [] };
    return {
      state: updateSeat(state, actor, { ready: intent.ready }),
      events: [event({ type: 'seatReady', role: actor, ready: intent.ready })],
    };
  },
});
