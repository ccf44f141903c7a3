/**
 * Public table talk: every seat and spectator of the table sees it. (Filtering words in class mode
 * happens in the room before the message reaches the rules.)
 */
import type { ChatMessage } from '../types.ts';
import { event, nextId } from '../seat-updates.ts';
import { MAX_CHAT_LENGTH } from '../../protocol/intents.ts';
import { defineIntent } from './handler.ts';

/** Messages are 1–280 characters (the room's schema says so too; bots and replays go through here). */
export function chatTextError(text: unknown) {
  return typeof text === 'string' && text.length > 0 && text.length <= MAX_CHAT_LENGTH
    ? null
    : ({ code: 'outOfRange', field: 'text', min: 1, max: MAX_CHAT_LENGTH, got: typeof text === 'string' ? text.length : 0 } as const);
}

export const chat = defineIntent('chat', {
  check: (_state, _actor, intent) => chatTextError(intent.text),
  apply(state, actor, intent) {
    const [id, s] = nextId(state, 'm');
    const msg: ChatMessage = { id, round: state.round, from: actor, to: 'all', text: intent.text };
    return {
      state: { ...s, chat: [...s.chat, msg] },
      events: [event({ type: 'chatPosted', from: actor, to: 'all', text: intent.text })],
    };
  },
});
