/**
 * Public table talk: every seat and spectator of the table sees it. (Filtering words in class mode
 * happens in the room before the message reaches the rules.)
 */
import type { ChatMessage } from '../types.ts';
import { event, nextId } from '../seat-updates.ts';
import { defineIntent } from './handler.ts';

export const chat = defineIntent('chat', {
  check: () => null,
  apply(state, actor, intent) {
    const [id, s] = nextId(state, 'm');
    const msg: ChatMessage = { id, round: state.round, from: actor, to: 'all', text: intent.text };
    return {
      state: { ...s, chat: [...s.chat, msg] },
      events: [event({ type: 'chatPosted', from: actor, to: 'all', text: intent.text })],
    };
  },
});
