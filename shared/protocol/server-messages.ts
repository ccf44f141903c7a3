/** Server → client messages. Every `client.send` on the server and `room.onMessage` on the client uses these. */
import type { RuleError } from '../rules/errors.ts';
import type { Role } from '../rules/types.ts';
import type { ClassError } from './class-messages.ts';

import type { ViewWire } from './view-wire.ts';

export type ProtocolError =
  | { code: 'invalidMessage'; reason: string }
  | { code: 'unknownMessage'; type: string }
  | { code: 'rateLimited'; retryInMs: number }
  | { code: 'notHost' }
  | { code: 'spectatorsCannotAct' }
  | { code: 'notInLobby' }
  /** Spectator chat is for spectators (and not-yet-seated guests) only. */
  | { code: 'spectatorsOnly' }
  /** A rematch can be asked for once the match is over. */
  | { code: 'matchNotOver' }
  /** At a class table: what only the facilitator decides, a paused or closed table, the class's chat rules. */
  | ClassTableRefusal;

/** The class errors a class table's room can answer with (class-messages.ts). */
export type ClassTableRefusal = Extract<ClassError, { code: 'notFacilitator' | 'tablePaused' | 'sessionEnded' | 'chatOff' | 'presetsOnly' | 'muted' }>;

export type ServerMessages = {
  /** Sent on join and whenever the client's seat or host status changes; `matchId` names the replay. */
  welcome: { role: Role | null; seatToken: string | null; isHost: boolean; spectator: boolean; code: string; matchId: string };
  /** JSON text of a ViewUpdate (view-wire.ts): the whole view first, then patches with the events of each change. */
  view: ViewWire;
  rejected: { type: string; error: RuleError | ProtocolError };
  notice: { kind: 'botTookSeat' | 'seatReturned' | 'inactivityWarning' | 'hostChanged' | 'serverRestarting' | 'rematchReady'; role?: Role; code?: string; text?: string };
  spectatorChat: { from: string; text: string; at: number };
};
export type ServerMessageType = keyof ServerMessages;
