/**
 * Turns successive views of one viewer into `view` messages: the first is the whole view, later
 * ones carry only the top-level parts whose content changed (a vote cast touches `ballots` and
 * `version`, not the city's history), which keeps each update small.
 */
import type { ViewMessage } from '@shared/protocol/server-messages.ts';
import type { MatchView } from '@shared/rules/view.ts';

/** A view with each top-level part serialised once, shared by every client of the same viewer. */
export type SerializedView = Readonly<{ view: MatchView; parts: ReadonlyMap<string, string> }>;

/** What one client last received, part by part. */
export type SentParts = Map<string, string>;

/**
 * Game states are immutable and the engine hands every viewer the same objects for parts that did
 * not change (the history of past years, above all), so a part is serialised once per object.
 */
const serialized = new WeakMap<object, string>();

function toJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined';
  let json = serialized.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    serialized.set(value, json);
  }
  return json;
}

export function serializeView(view: MatchView): SerializedView {
  const parts = new Map<string, string>();
  for (const [key, value] of Object.entries(view)) parts.set(key, toJson(value));
  return { view, parts };
}

/** The full message for a (re)joining client, recording what it now holds in `sent`. */
export function fullMessage(serialized: SerializedView, sent: SentParts): ViewMessage {
  sent.clear();
  for (const [key, json] of serialized.parts) sent.set(key, json);
  return { full: serialized.view };
}

/** The patch from what `sent` holds to `serialized`, or null when nothing changed. */
export function patchMessage(serialized: SerializedView, sent: SentParts): ViewMessage | null {
  const patch: Record<string, unknown> = {};
  let changed = false;
  for (const [key, json] of serialized.parts) {
    if (sent.get(key) === json) continue;
    sent.set(key, json);
    patch[key] = (serialized.view as Record<string, unknown>)[key];
    changed = true;
  }
  return changed ? { version: serialized.view.version, patch: patch as Partial<MatchView> } : null;
}
