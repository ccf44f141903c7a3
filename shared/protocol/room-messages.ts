/**
 * Client → server messages that are not game intents: seating in the lobby, host controls, spectator
 * chat, rematch. Like intents, each one is a zod contract validated with `safeParse` by the room.
 */
import { z } from 'zod';
import { SCENARIO_IDS } from '../model/types.ts';
import { ROLES } from '../rules/types.ts';
import { cleanChat, cleanName, typedText } from './text.ts';

export const MAX_NAME_LENGTH = 24;
const role = z.enum(ROLES);
export const MAX_SPECTATOR_CHAT_LENGTH = 200;
/** A display name: control and invisible characters stripped, spaces collapsed (text.ts). */
export const displayName = typedText(MAX_NAME_LENGTH, cleanName);

const timers = z
  .object({
    briefing: z.number().int().min(5).max(600),
    proposals: z.number().int().min(5).max(900),
    negotiation: z.number().int().min(5).max(1800),
    vote: z.number().int().min(5).max(600),
    actions: z.number().int().min(5).max(600),
    resolution: z.number().int().min(5).max(600),
  })
  .partial()
  .strict();
/** Phase timers in seconds, as a host (or a class's facilitator) may set them. */
export const PHASE_TIMERS = timers;

export const ROOM_MESSAGE_SCHEMAS = {
  claimSeat: z.object({ role, name: displayName }).strict(),
  releaseSeat: z.object({}).strict(),
  setName: z.object({ name: displayName }).strict(),
  hostStart: z.object({}).strict(),
  hostKick: z.object({ role }).strict(), // hand the seat to a bot
  hostSetTimers: z.object({ timers }).strict(),
  spectatorChat: z.object({ text: typedText(MAX_SPECTATOR_CHAT_LENGTH, cleanChat) }).strict(),
  rematch: z.object({}).strict(),
} as const;
export type RoomMessageType = keyof typeof ROOM_MESSAGE_SCHEMAS;
export type RoomMessage<K extends RoomMessageType> = z.infer<(typeof ROOM_MESSAGE_SCHEMAS)[K]>;

/** Options to create a match (`client.create('match', …)`). */
export const CREATE_OPTIONS = z
  .object({
    protocolVersion: z.number().int(),
    name: displayName,
    scenario: z.enum(SCENARIO_IDS).default('default'),
    rounds: z.number().int().min(4).max(12).default(8),
    timers: timers.default({}),
    bots: z.boolean().default(true),
    isPublic: z.boolean().default(true),
    allowSpectators: z.boolean().default(true),
    spectatorDelaySec: z.number().int().min(0).max(600).default(0),
    seed: z.number().int().min(0).max(2 ** 32 - 1).optional(), // honoured only when NODE_ENV=test
  })
  .strict();
export type CreateOptions = z.infer<typeof CREATE_OPTIONS>;

/** Options to join a match by code (`client.joinById(code, …)`). */
export const JOIN_OPTIONS = z
  .object({
    protocolVersion: z.number().int(),
    name: displayName.optional(),
    seatToken: z.string().min(8).max(128).optional(), // returns a player to their seat, even after a restart
    spectate: z.boolean().optional(),
  })
  .strict();
export type JoinOptions = z.infer<typeof JOIN_OPTIONS>;
