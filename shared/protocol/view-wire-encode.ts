/**
 * Writes ViewUpdates (view-wire.ts) as JSON text from views a ViewProjector built. A patch lists a
 * part only when its JSON changed, so a move nobody else may know about (a whisper, a private deal)
 * leaves no trace in other viewers' updates. Parts are compared as data (or by texts at hand), so a
 * text need not outlive the change it was written for: a room writes each object once per change
 * for all its viewers (a `TextCache` per change) and keeps nothing after. Lists and records are
 * written from their items' texts.
 */
import type { GameEventBody } from '../rules/events.ts';
import { ROLES } from '../rules/types.ts';
import type { MatchView } from '../rules/view.ts';
import type { ViewWire } from './view-wire.ts';

/** Texts of view objects already written (views are immutable: a text never goes stale); a room uses a Map per change. */
export interface TextCache {
  get(value: object): string | undefined;
  set(value: object, text: string): unknown;
}

/** Without a cache of the caller's: an object's text lives as long as the object. */
const lifetimeTexts: TextCache = new WeakMap<object, string>();

/** JSON of a value; objects are serialised once per cache, arrays from their items' texts. */
export function jsonOf(value: unknown, texts: TextCache = lifetimeTexts): string {
  if (value === undefined) return 'null';
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => jsonOf(item, texts)).join(',')}]`;
  let text = texts.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    texts.set(value, text);
  }
  return text;
}

/** For the rare comparison that needs the text itself: written, then dropped. */
const NO_CACHE: TextCache = { get: () => undefined, set: () => undefined };

/** What JSON leaves out of an object, and writes as null in a list. */
const unwritable = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * Whether `a` and `b` have the same JSON text (`jsonOf`), found without writing either: the same
 * keys in the same order, the same items, the same values once written (0 and -0 alike, NaN as null).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return samePlain(a, b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false; // '[' is never '{', and lengths show
    for (let i = 0; i < a.length; i++) if (!sameJson(unwritable(a[i]) ? null : a[i], unwritable(b[i]) ? null : b[i])) return false;
    return true;
  }
  const x = a as Readonly<Record<string, unknown>>;
  const y = b as Readonly<Record<string, unknown>>;
  if (typeof x.toJSON === 'function' || typeof y.toJSON === 'function') return jsonOf(a, NO_CACHE) === jsonOf(b, NO_CACHE);
  return sameFields(x, y);
}

/** Two values, one of them at least not an object (a !== b). */
function samePlain(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return !Number.isFinite(a) && !Number.isFinite(b); // NaN, ±Infinity: null
  if (typeof a === typeof b && (typeof a === 'string' || typeof a === 'boolean')) return false;
  return jsonOf(a, NO_CACHE) === jsonOf(b, NO_CACHE);
}

/**
 * `sameJson(before, after)`, through texts when the older object's is at hand: the newer one's is
 * about to be sent anyway, and viewers who share both compare two strings.
 */
function sameWritten(before: unknown, after: unknown, texts: TextCache): boolean {
  if (before === after) return true;
  if (typeof before === 'object' && before !== null && !Array.isArray(before) && typeof after === 'object' && after !== null && !Array.isArray(after)) {
    const text = texts.get(before);
    if (text !== undefined) return text === jsonOf(after, texts);
  }
  return sameJson(before, after);
}

/** The written fields of two objects, in order (what JSON leaves out is skipped on both sides). */
function sameFields(x: Readonly<Record<string, unknown>>, y: Readonly<Record<string, unknown>>): boolean {
  const keysX = Object.keys(x);
  const keysY = Object.keys(y);
  let j = 0;
  for (let i = 0; i < keysX.length; i++) {
    const key = keysX[i];
    if (unwritable(x[key])) continue;
    while (j < keysY.length && unwritable(y[keysY[j]])) j++;
    if (j === keysY.length || keysY[j] !== key || !sameJson(x[key], y[key])) return false;
    j++;
  }
  while (j < keysY.length && unwritable(y[keysY[j]])) j++;
  return j === keysY.length;
}

/** Seats and ballots: records of view objects, written from each value's text. */
function partJson(key: string, value: unknown, texts: TextCache): string {
  if ((key !== 'seats' && key !== 'ballots') || typeof value !== 'object' || value === null) return jsonOf(value, texts);
  const record = value as Readonly<Record<string, unknown>>;
  const fields = Object.keys(record).filter((k) => record[k] !== undefined).map((k) => `${JSON.stringify(k)}:${jsonOf(record[k], texts)}`);
  return `{${fields.join(',')}}`;
}

function eventsJson(events: readonly GameEventBody[], texts: TextCache): string {
  return events.length > 0 ? `,"events":[${events.map((e) => jsonOf(e, texts)).join(',')}]` : '';
}

export function encodeFullUpdate(view: MatchView, events: readonly GameEventBody[] = [], texts = lifetimeTexts): ViewWire {
  const fields = Object.entries(view).map(([key, value]) => `"${key}":${partJson(key, value, texts)}`);
  return `{"full":{${fields.join(',')}}${eventsJson(events, texts)}}`;
}

/** The seats whose JSON changed, as `"seats":{…}`, or '' when none did. */
function seatsPatch(before: MatchView['seats'], after: MatchView['seats'], texts: TextCache): string {
  if (before === after) return '';
  const changed: string[] = [];
  for (const role of ROLES) if (!sameWritten(before[role], after[role], texts)) changed.push(`"${role}":${jsonOf(after[role], texts)}`);
  return changed.length > 0 ? `"seats":{${changed.join(',')}}` : '';
}

/** The update from `before` (what this viewer's clients hold) to `after`, with the events between. */
export function encodePatchUpdate(before: MatchView, after: MatchView, events: readonly GameEventBody[] = [], texts = lifetimeTexts): ViewWire {
  const fields: string[] = [];
  const was = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  for (const key in now) {
    const value = now[key];
    if (key === 'version' || value === was[key]) continue;
    if (key === 'seats') {
      const seats = seatsPatch(before.seats, after.seats, texts);
      if (seats) fields.push(seats);
    } else if (!sameWritten(was[key], value, texts)) fields.push(`"${key}":${partJson(key, value, texts)}`);
  }
  return `{"version":${after.version},"patch":{${fields.join(',')}}${eventsJson(events, texts)}}`;
}
