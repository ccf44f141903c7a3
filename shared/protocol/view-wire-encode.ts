/**
 * Writes ViewUpdates (view-wire.ts) as JSON text from views a ViewProjector built. Each object of a
 * view is serialised once in its lifetime and its text reused by every later update and every
 * viewer that shares it; a patch lists a part only when its text changed, so a move nobody else
 * may know about (a whisper, a private deal) leaves no trace in other viewers' updates.
 */
import type { GameEventBody } from '../rules/events.ts';
import { ROLES } from '../rules/types.ts';
import type { MatchView } from '../rules/view.ts';
import type { ViewWire } from './view-wire.ts';

const texts = new WeakMap<object, string>();

/** JSON of a value; objects are serialised once (views are immutable), arrays from their items' texts. */
export function jsonOf(value: unknown): string {
  if (value === undefined) return 'null';
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  let text = texts.get(value);
  if (text === undefined) {
    text = Array.isArray(value) ? `[${value.map(jsonOf).join(',')}]` : JSON.stringify(value);
    texts.set(value, text);
  }
  return text;
}

/** JSON of a record whose values are view objects (seats, ballots), reusing each value's text. */
function recordJson(record: Readonly<Record<string, unknown>>): string {
  let text = texts.get(record);
  if (text === undefined) {
    const fields: string[] = [];
    for (const key of Object.keys(record)) if (record[key] !== undefined) fields.push(`${JSON.stringify(key)}:${jsonOf(record[key])}`);
    text = `{${fields.join(',')}}`;
    texts.set(record, text);
  }
  return text;
}

function partJson(key: string, value: unknown): string {
  return (key === 'seats' || key === 'ballots') && value !== null ? recordJson(value as Record<string, unknown>) : jsonOf(value);
}

function eventsJson(events: readonly GameEventBody[]): string {
  return events.length > 0 ? `,"events":[${events.map(jsonOf).join(',')}]` : '';
}

export function encodeFullUpdate(view: MatchView, events: readonly GameEventBody[] = []): ViewWire {
  const fields = Object.entries(view).map(([key, value]) => `"${key}":${partJson(key, value)}`);
  return `{"full":{${fields.join(',')}}${eventsJson(events)}}`;
}

/** The seats whose text changed, as `"seats":{…}`, or '' when none did. */
function seatsPatch(before: MatchView['seats'], after: MatchView['seats']): string {
  if (before === after) return '';
  const changed: string[] = [];
  for (const role of ROLES) {
    if (before[role] === after[role]) continue;
    const text = jsonOf(after[role]);
    if (text !== jsonOf(before[role])) changed.push(`"${role}":${text}`);
  }
  return changed.length > 0 ? `"seats":{${changed.join(',')}}` : '';
}

/** The update from `before` (what this viewer's clients hold) to `after`, with the events between. */
export function encodePatchUpdate(before: MatchView, after: MatchView, events: readonly GameEventBody[] = []): ViewWire {
  const fields: string[] = [];
  const was = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  for (const key in now) {
    const value = now[key];
    if (key === 'version' || value === was[key]) continue;
    if (key === 'seats') {
      const seats = seatsPatch(before.seats, after.seats);
      if (seats) fields.push(seats);
      continue;
    }
    const text = partJson(key, value);
    if (text !== partJson(key, was[key])) fields.push(`"${key}":${text}`);
  }
  return `{"version":${after.version},"patch":{${fields.join(',')}}${eventsJson(events)}}`;
}
