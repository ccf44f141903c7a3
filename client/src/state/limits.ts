/**
 * Input limits the forms enforce as a courtesy (the server validates everything again). They mirror the
 * protocol's constants; the type assertions below fail the typecheck if the protocol ever changes them,
 * without pulling the protocol's validators into the first page's JavaScript.
 */
import type * as Intents from '@shared/protocol/intents.ts';
import type * as RoomMessages from '@shared/protocol/room-messages.ts';

export const MAX_NAME_LENGTH = 24;
export const MAX_CHAT_LENGTH = 280;
export const MAX_SPECTATOR_CHAT_LENGTH = 200;

const sameName: typeof RoomMessages.MAX_NAME_LENGTH = MAX_NAME_LENGTH;
const sameChat: typeof Intents.MAX_CHAT_LENGTH = MAX_CHAT_LENGTH;
void sameName;
void sameChat;
