/**
 * Names and chat are cleaned by their contracts: control characters, invisible formatting marks and
 * broken surrogates are removed, line breaks become spaces, limits hold on the text as sent, and text
 * with nothing visible left is refused. Markup is kept as plain text: escaping is the page's job.
 */
import { describe, expect, it } from 'vitest';
import { INTENT_SCHEMAS, MAX_CHAT_LENGTH } from '@shared/protocol/intents.ts';
import { CREATE_OPTIONS, MAX_NAME_LENGTH, ROOM_MESSAGE_SCHEMAS } from '@shared/protocol/room-messages.ts';
import { cleanChat, cleanName, hasHiddenCharacters } from '@shared/protocol/text.ts';
import { HOSTILE_STRINGS } from '@shared/fuzz/index.ts';

describe('cleaning', () => {
  it.each([
    ['a\u0000b', 'ab', 'ab'],
    ['\u202eevil\u202c', 'evil', 'evil'],
    ['line\nbreak', 'line break', 'line break'],
    ['  two   spaces  ', 'two   spaces', 'two spaces'],
    ['zero\u200bwidth', 'zerowidth', 'zerowidth'],
    ['\u001b[31mred', '[31mred', '[31mred'],
    ['broken \ud800 surrogate', 'broken  surrogate', 'broken surrogate'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['Zoë 🙂', 'Zoë 🙂', 'Zoë 🙂'],
  ])('%j → chat %j, name %j', (raw, chat, name) => {
    expect(cleanChat(raw)).toBe(chat);
    expect(cleanName(raw)).toBe(name);
  });

  it('leaves nothing hidden in any hostile string', () => {
    for (const s of HOSTILE_STRINGS) {
      expect(hasHiddenCharacters(cleanChat(s)), JSON.stringify(s)).toBe(false);
      expect(hasHiddenCharacters(cleanName(s)), JSON.stringify(s)).toBe(false);
    }
  });
});

describe('contracts of typed text', () => {
  const chat = (text: unknown) => INTENT_SCHEMAS.chat.safeParse({ text });
  const name = (n: unknown) => ROOM_MESSAGE_SCHEMAS.setName.safeParse({ name: n });

  it('clean chat, whispers and spectator chat', () => {
    expect(chat('hi\u0007 there').data).toEqual({ text: 'hi there' });
    expect(INTENT_SCHEMAS.whisper.safeParse({ to: 'smuggler', text: '\u202edeal\u202c' }).data).toEqual({ to: 'smuggler', text: 'deal' });
    expect(ROOM_MESSAGE_SCHEMAS.spectatorChat.safeParse({ text: 'go\r\nteam' }).data).toEqual({ text: 'go team' });
  });

  it('refuse text with nothing visible left, and text over the limit as sent', () => {
    for (const empty of ['', ' ', '\u0000', '\u200b\u200b', '\r\n']) expect(chat(empty).success, JSON.stringify(empty)).toBe(false);
    expect(chat('x'.repeat(MAX_CHAT_LENGTH)).success).toBe(true);
    expect(chat('x'.repeat(MAX_CHAT_LENGTH + 1)).success).toBe(false);
    expect(chat(`${'x'.repeat(MAX_CHAT_LENGTH)}\u0000`).success).toBe(false);
    expect(chat(42).success).toBe(false);
  });

  it('clean names everywhere a name is typed', () => {
    expect(name('  Ada\u0000  Lovelace ').data).toEqual({ name: 'Ada Lovelace' });
    expect(name('\u200b').success).toBe(false);
    expect(name('n'.repeat(MAX_NAME_LENGTH + 1)).success).toBe(false);
    expect(ROOM_MESSAGE_SCHEMAS.claimSeat.safeParse({ role: 'chemist', name: 'Bo\u202e' }).data).toEqual({ role: 'chemist', name: 'Bo' });
    expect(CREATE_OPTIONS.safeParse({ protocolVersion: 1, name: '\u0007Host' }).data?.name).toBe('Host');
  });
});
