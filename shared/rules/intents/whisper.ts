/**
 * A private whisper between two seats: only the sender and the recipient ever see it (everyone
 * does once the match is over). Whispering to yourself is refused.
 */
import type { ChatMessage } from '../types.ts';
import { event, nextId } from '../seat-updates.ts';
import { chatTextError } from './chat.ts';
import { defineIntent } from './handler.ts';

export const whisper = defineIntent('whisper', {
  check: (_state, actor, intent) => (intent.to === actor ? { code: 'selfTarget' } : chatTextError(intent.text)),
  apply(state, actor, intent) {
    const [id, s] = nextId(state, 'm');
    const msg: ChatMessage = { id, round: state.round, from: actor, to: intent.to, text: intent.text };
    return {
      state: { ...s, chat: [...s.chat, msg] },
      events: [event({ type: 'chatPosted', from: actor, to: intent.to, text: intent.text }, [actor, intent.to])],
    };
  },
});
