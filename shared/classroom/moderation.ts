/**
 * Keeping a classroom civil. Names and chat pass a maintained profanity filter (the `obscenity`
 * package, which catches leetspeak and look-alike letters). A profane name is refused so the student
 * picks another; in chat the offending words are starred out and the rest goes through. Chat follows
 * the class's chat mode: open, preset phrases only, or off. `obscenity` is plain JavaScript with no
 * node APIs, so this module runs in the browser too (the client can warn before sending).
 */
import {
  asteriskCensorStrategy, englishDataset, englishRecommendedTransformers, RegExpMatcher, TextCensor,
} from 'obscenity';
import type { ChatMode, NameMode, NameRejection } from '../protocol/class-messages.ts';
import { MAX_NAME_LENGTH } from '../protocol/room-messages.ts';

function makeMatcher(): RegExpMatcher {
  return new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
}

function makeCensor(): TextCensor {
  return new TextCensor().setStrategy(asteriskCensorStrategy());
}

// Built once: the matcher and censor hold only their compiled patterns, never per-message state. Marked
// pure so a bundle that never filters text (a client importing only the debrief) drops the word list.
const MATCHER = /* @__PURE__ */ makeMatcher();
const CENSOR = /* @__PURE__ */ makeCensor();

/** Whether the text contains a word from the profanity list (after undoing leetspeak and look-alikes). */
export function isProfane(text: string): boolean {
  return MATCHER.hasMatch(text);
}

/** The text with every profane word replaced by asterisks of the same length. */
export function censorText(text: string): { text: string; censored: boolean } {
  const matches = MATCHER.getAllMatches(text, true);
  return matches.length === 0 ? { text, censored: false } : { text: CENSOR.applyTo(text, matches), censored: true };
}

// Control and invisible formatting characters (zero-width joiners, direction marks) let people fake or hide names.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** A name as it will be shown: normalised, invisible characters removed, spaces collapsed, trimmed. */
export function tidyName(raw: string): string {
  return raw.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

// Things a filtered class refuses in names: ways to be contacted, and posing as staff or a bot.
const CONTACT = /(@|https?:|www\.|\.(com|net|org|io)\b|\d{4,})/iu;
const RESERVED = /\b(teacher|admin|moderator|facilitator|host|staff|bot|system)\b/iu;

export type NameCheck = { ok: true; name: string } | { ok: false; reason: NameRejection };

/**
 * Checks a typed name under the class's name mode. `typed` refuses only profanity; `filtered` also
 * refuses contact details (emails, links, long numbers) and names posing as staff or bots. In
 * `generated` mode the room ignores typed names and hands out friendly ones (names.ts).
 */
export function checkName(raw: string, mode: Exclude<NameMode, 'generated'>): NameCheck {
  const name = tidyName(raw);
  if (name.length === 0 || !/\p{L}/u.test(name)) return { ok: false, reason: 'empty' };
  if (name.length > MAX_NAME_LENGTH) return { ok: false, reason: 'tooLong' };
  if (isProfane(name)) return { ok: false, reason: 'profanity' };
  if (mode === 'filtered' && CONTACT.test(name)) return { ok: false, reason: 'contactDetails' };
  if (mode === 'filtered' && RESERVED.test(name)) return { ok: false, reason: 'reserved' };
  return { ok: true, name };
}

export type ChatCheck =
  | { ok: true; text: string; censored: boolean }
  | { ok: false; code: 'chatOff' | 'presetsOnly' | 'muted' };

/** What becomes of a typed chat line in a class: refused by the chat mode or a mute, else starred where needed. */
export function moderateChat(text: string, mode: ChatMode, muted = false): ChatCheck {
  if (mode === 'off') return { ok: false, code: 'chatOff' };
  if (muted) return { ok: false, code: 'muted' };
  if (mode === 'presets') return { ok: false, code: 'presetsOnly' };
  return { ok: true, ...censorText(text) };
}
