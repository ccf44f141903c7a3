/**
 * The Colyseus state every client of a match room decodes: the table as a lobby sees it (code,
 * phase, round, timer, who sits where and whether they are connected and ready). Only public facts
 * live here; the game itself goes to each client as its own `view` message (see sync/view-sync.ts).
 */
import { schema, t, type SchemaType } from '@colyseus/schema';

export const SeatSchema = schema(
  {
    role: t.string().default(''),
    name: t.string().default(''),
    /** 'open' | 'human' | 'bot' */
    controller: t.string().default('open'),
    /** A person holds this seat and their connection is up. */
    connected: t.boolean().default(false),
    ready: t.boolean().default(false),
  },
  'SeatSchema',
);
export type SeatSchema = SchemaType<typeof SeatSchema>;

export const MatchSchema = schema(
  {
    code: t.string().default(''),
    matchId: t.string().default(''),
    scenario: t.string().default('default'),
    rounds: t.uint8().default(8),
    phase: t.string().default('lobby'),
    round: t.uint8().default(0),
    /** Room-clock ms at which the phase times out, as in the view; 0 = no timer. */
    phaseEndsAt: t.float64().default(0),
    /** The same moment as wall-clock epoch ms (for countdowns); 0 = no timer. */
    deadline: t.float64().default(0),
    /** Role of the seat whose holder is the host, '' when the host has no seat yet. */
    hostRole: t.string().default(''),
    seats: t.map(SeatSchema),
    spectators: t.uint16().default(0),
    allowSpectators: t.boolean().default(true),
    isPublic: t.boolean().default(true),
  },
  'MatchSchema',
);
export type MatchSchema = SchemaType<typeof MatchSchema>;
