/**
 * Commands: the only way state changes. Intents come from seats (validated by the protocol first);
 * system commands come from the room (timers, seating, host decisions) and carry the room clock `at`.
 */
import type { Intent } from '../protocol/intents.ts';
import type { Role } from './types.ts';

export type SystemEvent =
  | { type: 'seatTaken'; role: Role; name: string; controller: 'human' | 'bot' }
  | { type: 'seatReleased'; role: Role } // lobby only: the seat becomes open again
  | { type: 'seatController'; role: Role; controller: 'human' | 'bot'; name?: string } // drop → bot, return → human
  | { type: 'startMatch' } // host pressed start (room checks host rights); empty seats get bots if configured
  | { type: 'phaseTimeout'; phase: string; round: number } // the room clock reached phaseEndsAt
  | { type: 'setTimers'; timers: Partial<Record<string, number>> } // lobby only
  | { type: 'advancePhase' } // facilitator
  | { type: 'extendTimer'; seconds: number } // facilitator
  | { type: 'injectEvent'; cardId: string }; // facilitator: next briefing uses this card

export type Command =
  | { kind: 'intent'; actor: Role; at: number; intent: Intent }
  | { kind: 'system'; at: number; event: SystemEvent };
