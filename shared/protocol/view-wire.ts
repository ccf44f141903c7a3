/**
 * How the game reaches each client: one `view` message per change, carrying the JSON text of a
 * ViewUpdate. The server builds that text once per audience from pieces it has already serialised
 * (a part that did not change is never serialised again), and every client of the audience gets
 * the same bytes. The first update is the whole view; later ones replace the top-level parts that
 * changed, except `seats`, which lists only the seats that changed. The events the change caused
 * for this viewer ride in the same message.
 */
import type { GameEventBody } from '../rules/events.ts';
import type { MatchView, SeatView } from '../rules/view.ts';
import type { Role } from '../rules/types.ts';

export type ViewPatch = Partial<Omit<MatchView, 'seats'>> & { seats?: Partial<Record<Role, SeatView>> };

export type ViewUpdate =
  | { full: MatchView; events?: GameEventBody[] }
  | { version: number; patch: ViewPatch; events?: GameEventBody[] };

/** The `view` message's payload: JSON text of a ViewUpdate. */
export type ViewWire = string;

export function parseViewUpdate(wire: ViewWire): ViewUpdate {
  return JSON.parse(wire) as ViewUpdate;
}

/** Folds an update into the current view: a full view replaces it, a patch replaces what changed. */
export function applyViewUpdate(view: MatchView | null, update: ViewUpdate): MatchView | null {
  if ('full' in update) return update.full;
  if (!view) return null; // a patch before any full view cannot be applied; the next full view repairs it
  const { seats, ...parts } = update.patch;
  const next = { ...view, ...parts, version: update.version } as MatchView;
  return seats ? { ...next, seats: { ...view.seats, ...seats } } : next;
}

/** The version an update brings, read without parsing the rest (load tools read thousands per second). */
export function versionOfWire(wire: ViewWire): number {
  const full = wire.startsWith('{"full"');
  const match = (full ? /"version":(\d+)/ : /^\{"version":(\d+)/).exec(wire);
  if (!match) throw new Error('view update without a version');
  return Number(match[1]);
}
