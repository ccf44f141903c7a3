/**
 * The wire contract of classroom sessions: the class a teacher creates, the commands only the
 * facilitator (holder of the secret host token) may send, what students send, the typed errors and
 * the server's class messages. Each client message is a zod contract the class room validates with
 * `safeParse`, exactly like match intents; game intents at a table still use intents.ts.
 */
import { z } from 'zod';
import { isEventCard } from '../content/events.ts';
import { SCENARIO_IDS } from '../model/types.ts';
import { MAX_ROUNDS, MIN_ROUNDS } from '../rules/create-game.ts';
import type { RuleError } from '../rules/errors.ts';
import { ROLES, type Phase, type Role } from '../rules/types.ts';
import type { Placement, StudentId } from '../classroom/seating.ts';
import type { TableSummary } from '../classroom/dashboard.ts';
import { isPresetPhrase } from '../classroom/presets.ts';
import { displayName, PHASE_TIMERS } from './room-messages.ts';

export const CLASS_ROOM = 'class';
/** The room type of one class table: created by its class, never by a client. */
export const CLASS_TABLE_ROOM = 'classTable';

/** Class codes use the match codes' unambiguous letters, one longer so the two never collide. */
export const CLASS_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CLASS_CODE_LENGTH = 6;
const CLASS_CODE_PATTERN = new RegExp(`^[${CLASS_CODE_ALPHABET}]{${CLASS_CODE_LENGTH}}$`);
/** Students type codes on phones: lower case and stray spaces are forgiven. */
export const classCode = z.string().trim().toUpperCase().regex(CLASS_CODE_PATTERN, 'not a class code');

export function isClassCode(value: string): boolean {
  return CLASS_CODE_PATTERN.test(value);
}

export const CHAT_MODES = ['open', 'presets', 'off'] as const;
export type ChatMode = (typeof CHAT_MODES)[number];
/** typed: as typed, profanity refused · filtered: also no contact details or staff names · generated: friendly names only. */
export const NAME_MODES = ['typed', 'filtered', 'generated'] as const;
export type NameMode = (typeof NAME_MODES)[number];

export const MAX_TABLES = 25;
export const MAX_CLASS_SIZE = 100;
export const MAX_BROADCAST_LENGTH = 280;
export const MAX_SPECTATOR_DELAY_SEC = 600;

const tableNumber = z.number().int().min(1).max(MAX_TABLES);
const studentId = z.string().min(1).max(64);
const role = z.enum(ROLES);

/** What the teacher chooses when creating a class. Every field has a classroom-friendly default. */
export const CLASS_CONFIG = z
  .object({
    title: displayName.optional(),
    scenario: z.enum(SCENARIO_IDS).default('default'),
    tables: z.union([z.literal('auto'), tableNumber]).default('auto'),
    rounds: z.number().int().min(MIN_ROUNDS).max(MAX_ROUNDS).default(8),
    timers: PHASE_TIMERS.default({}),
    bots: z.boolean().default(true),
    chatMode: z.enum(CHAT_MODES).default('open'),
    names: z.enum(NAME_MODES).default('filtered'),
    spectatorDelaySec: z.number().int().min(0).max(MAX_SPECTATOR_DELAY_SEC).default(0),
    /** Every table runs on the class seed, so all face the same briefing cards, agendas and luck. */
    sameSeed: z.boolean().default(true),
  })
  .strict();
export type ClassConfig = z.infer<typeof CLASS_CONFIG>;
export type ClassConfigInput = z.input<typeof CLASS_CONFIG>;

/** Options to create a class (`client.create('class', …)`). */
export const CLASS_CREATE_OPTIONS = z
  .object({
    protocolVersion: z.number().int(),
    config: CLASS_CONFIG.default(CLASS_CONFIG.parse({})),
    seed: z.number().int().min(0).max(2 ** 32 - 1).optional(), // honoured only when NODE_ENV=test
  })
  .strict();
export type ClassCreateOptions = z.infer<typeof CLASS_CREATE_OPTIONS>;

/** A student joins with the class code and a name (or none, for a generated one). */
export const JOIN_CLASS = z
  .object({
    protocolVersion: z.number().int(),
    code: classCode,
    name: z.string().max(64).optional(), // moderated by the room (moderation.ts), so not trimmed to rules here
    studentToken: z.string().min(8).max(128).optional(), // returns a student to their place
  })
  .strict();
export type JoinClass = z.infer<typeof JOIN_CLASS>;

/** The facilitator joins the class through the secret host link. */
export const FACILITATOR_JOIN = z
  .object({ protocolVersion: z.number().int(), hostToken: z.string().min(16).max(128) })
  .strict();
export type FacilitatorJoin = z.infer<typeof FACILITATOR_JOIN>;

/** Which tables a command is for. */
export const CLASS_TARGET = z.union([z.literal('all'), z.object({ table: tableNumber }).strict()]);
export type ClassTarget = z.infer<typeof CLASS_TARGET>;

const targeted = z.object({ target: CLASS_TARGET }).strict();

export const FACILITATOR_COMMAND_SCHEMAS = {
  start: targeted,
  /** Timers stop; nothing times out until resume. */
  pause: targeted,
  resume: targeted,
  advancePhase: targeted,
  extendTimer: z.object({ target: CLASS_TARGET, seconds: z.number().int().min(5).max(900) }).strict(),
  broadcast: z.object({ target: CLASS_TARGET, text: z.string().trim().min(1).max(MAX_BROADCAST_LENGTH) }).strict(),
  /** The card becomes the next briefing's; it must be in the scenario's deck (class-setup.ts checks). */
  injectEvent: z.object({ target: CLASS_TARGET, cardId: z.string().min(1).max(32).refine(isEventCard, 'unknown event card') }).strict(),
  /** A student is named, so no table target: muting follows them if they are moved. */
  muteStudent: z.object({ studentId, muted: z.boolean().default(true) }).strict(),
  /** The destination table is the target; allowed before the first round and between rounds. */
  moveStudent: z
    .object({ studentId, table: tableNumber, seat: z.union([role, z.literal('copilot'), z.literal('observer')]), of: role.optional() })
    .strict(),
  endSession: targeted,
} as const;

export type FacilitatorCommandType = keyof typeof FACILITATOR_COMMAND_SCHEMAS;
export const FACILITATOR_COMMAND_TYPES = Object.keys(FACILITATOR_COMMAND_SCHEMAS) as FacilitatorCommandType[];
export type FacilitatorPayload<K extends FacilitatorCommandType> = z.infer<(typeof FACILITATOR_COMMAND_SCHEMAS)[K]>;
export type FacilitatorCommand = { [K in FacilitatorCommandType]: { type: K } & FacilitatorPayload<K> }[FacilitatorCommandType];

/** Messages a student sends to the class room besides game intents. */
export const STUDENT_MESSAGE_SCHEMAS = {
  /** In chat mode 'presets', the only way to talk: a phrase by id, to the table or one seat. */
  sayPreset: z
    .object({ phraseId: z.string().min(1).max(32).refine(isPresetPhrase, 'unknown phrase'), to: z.union([z.literal('all'), role]) })
    .strict(),
} as const;
export type StudentMessageType = keyof typeof STUDENT_MESSAGE_SCHEMAS;
export type StudentMessage<K extends StudentMessageType> = z.infer<(typeof STUDENT_MESSAGE_SCHEMAS)[K]>;

/** Parses an untrusted facilitator message, or explains why it is not one. */
export function parseFacilitatorCommand(type: unknown, payload: unknown): { ok: true; command: FacilitatorCommand } | { ok: false; reason: string } {
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(FACILITATOR_COMMAND_SCHEMAS, type)) {
    return { ok: false, reason: 'unknown message type' };
  }
  const result = FACILITATOR_COMMAND_SCHEMAS[type as FacilitatorCommandType].safeParse(payload);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, reason: `${issue.path.join('.') || 'payload'}: ${issue.message}` };
  }
  return { ok: true, command: { type, ...result.data } as FacilitatorCommand };
}

export type NameRejection = 'empty' | 'tooLong' | 'profanity' | 'contactDetails' | 'reserved';

/** Why the class room refused a message. Sent to the sender only; nothing changed. */
export type ClassError =
  | { code: 'invalidMessage'; reason: string }
  | { code: 'unknownMessage'; type: string }
  | { code: 'notFacilitator' }
  | { code: 'classFull'; max: number }
  | { code: 'sessionEnded' }
  /** Game messages wait while the teacher has the table paused. */
  | { code: 'tablePaused'; table: number }
  | { code: 'unknownTable'; table: number }
  | { code: 'unknownStudent'; studentId: string }
  | { code: 'noCopilotSlot'; table: number; role?: Role }
  | { code: 'notBetweenRounds'; table: number; phase: Phase }
  | { code: 'cardNotInDeck'; cardId: string }
  | { code: 'alreadyPaused'; table: number }
  | { code: 'notPaused'; table: number }
  | { code: 'nameRejected'; reason: NameRejection }
  | { code: 'chatOff' }
  | { code: 'presetsOnly' }
  | { code: 'muted' }
  | { code: 'rateLimited'; retryInMs: number }
  /** A table's engine refused the command (e.g. advancing a finished match). */
  | { code: 'tableRefused'; table: number; error: RuleError };
export type ClassErrorCode = ClassError['code'];

/** Refusals at join time travel as the matchmaking error (like JOIN_REFUSALS): code = status, message = key. */
export const CLASS_JOIN_REFUSALS = {
  unknownClass: 404,
  classFull: 409,
  sessionEnded: 410,
  nameRejected: 422,
  badHostToken: 401,
  badStudentToken: 401,
} as const;
export type ClassJoinRefusal = keyof typeof CLASS_JOIN_REFUSALS;

export type ClassStatus = 'gathering' | 'running' | 'ended';

/** A student as the facilitator's roster shows them. */
export type ClassStudentRow = Readonly<{
  id: StudentId; name: string; muted: boolean; placement: Placement | null; connected: boolean;
}>;

/** One table card of the dashboard: the summary, plus the code of its room (null before the class starts). */
export type ClassTableCard = TableSummary & Readonly<{ code: string | null; seed: number; ended: boolean }>;

/** What the facilitator's dashboard shows, pushed to facilitators after every change and once a second. */
export type ClassDashboard = Readonly<{
  code: string;
  status: ClassStatus;
  config: ClassConfig;
  tables: readonly ClassTableCard[];
  students: readonly ClassStudentRow[];
  /** Cards the facilitator may inject in this class's scenario. */
  injectable: readonly string[];
}>;

/** Server → client class messages (game views and events at a table still use server-messages.ts). */
export type ClassServerMessages = {
  /**
   * To a student on join and whenever the teacher moves them; `placement` null while waiting to be seated.
   * `tableCode` names the table's room to join with the student token (null until the class starts);
   * `paused` says the table stands still (paused by the teacher, or closed).
   */
  classWelcome: {
    studentId: StudentId; name: string; studentToken: string; code: string;
    placement: Placement | null; chatMode: ChatMode; muted: boolean;
    tableCode: string | null; paused: boolean; status: ClassStatus; title: string | null;
  };
  /**
   * To the facilitator on join: the codes to share, and the host token that the host link carries (the
   * facilitator already holds it; it never goes to students).
   */
  facilitatorWelcome: { code: string; config: ClassConfig; hostToken: string; status: ClassStatus };
  dashboard: ClassDashboard;
  broadcast: { text: string; at: number; table: number | null };
  paused: { table: number; paused: boolean; at: number };
  classRejected: { type: string; error: ClassError };
  sessionEnded: { at: number };
};
export type ClassServerMessageType = keyof ClassServerMessages;
