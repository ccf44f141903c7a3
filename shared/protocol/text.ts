/**
 * Text people type (display names, chat, whispers, spectator chat), made safe to store and show.
 * Control characters, invisible formatting marks (zero-width, direction overrides that can make a
 * name read backwards) and broken surrogates are removed; line breaks become spaces. Length limits
 * apply to the text as sent, and what is left after cleaning must still say something.
 */
import { z } from 'zod';

// Cc: control characters, Cf: format characters (zero-width, bidi overrides, BOM), Cs: lone surrogates.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}]/gu;
const BREAKS = /[\r\n\t\v\f\u0085\u2028\u2029]+/g;

/** Whether `text` still holds a character cleaning would remove (for invariant checks). */
export function hasHiddenCharacters(text: string): boolean {
  return new RegExp(HIDDEN.source, 'u').test(text);
}

/** Chat as it will be shown: line breaks as spaces, hidden characters removed, trimmed. */
export function cleanChat(raw: string): string {
  return raw.replace(BREAKS, ' ').replace(HIDDEN, '').trim();
}

/** A name as it will be shown: composed, hidden characters removed, runs of spaces collapsed, trimmed. */
export function cleanName(raw: string): string {
  return raw.normalize('NFC').replace(BREAKS, ' ').replace(HIDDEN, '').replace(/\s+/gu, ' ').trim();
}

/** A contract for typed text: at most `max` characters as sent, at least one left once cleaned. */
export function typedText(max: number, clean: (raw: string) => string) {
  return z.string().max(max).transform(clean).pipe(z.string().min(1, 'nothing left to show').max(max));
}
