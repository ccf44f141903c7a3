/**
 * Alerts for the facilitator's dashboard, so a teacher watching thirty students sees where to walk
 * over: a city sliding toward collapse (public health, trust or the budget near the floor that ends
 * the match, or heading past it next year at this year's pace), a student who dropped out, and a
 * seat holder who has gone quiet while the table is deciding. Built from the table's public view plus
 * connection facts the room keeps; time is the room clock in ms.
 */
import { COLLAPSE_FLOORS, initialWorld } from '../model/index.ts';
import type { Phase } from '../rules/types.ts';
import type { MatchView } from '../rules/view.ts';
import type { Placement, StudentId } from './seating.ts';

export type Connection = Readonly<{
  studentId: StudentId;
  name: string;
  placement: Placement;
  connected: boolean;
  /** When the student last connected or, if disconnected, when they dropped. */
  since: number;
  /** When the student last sent anything (an intent, a chat line, a ready). */
  lastActiveAt: number;
}>;

export type Severity = 'critical' | 'warning' | 'info';
export type FloorIndicator = keyof typeof COLLAPSE_FLOORS;

export type Alert =
  | Readonly<{ kind: 'collapsed'; cause: 'health' | 'trust' | 'budget'; severity: 'critical' }>
  | Readonly<{ kind: 'collapseRisk'; indicator: FloorIndicator; value: number; floor: number; projected: number | null; severity: Severity }>
  | Readonly<{ kind: 'disconnected'; studentId: StudentId; name: string; forSec: number; severity: Severity }>
  | Readonly<{ kind: 'idle'; studentId: StudentId; name: string; idleSec: number; severity: Severity }>;

/** How close to its floor an indicator must be to warn: health and trust points, treasury M$. */
export const COLLAPSE_MARGINS: Readonly<Record<FloorIndicator, number>> = { H: 5, R: 5, T: 25 };
/** Seconds without a word from a seat holder, during a deciding phase, before the dashboard flags them. */
export const IDLE_AFTER_SEC = 90;

/** Phases in which a seat is expected to do something. */
const DECIDING: readonly Phase[] = ['proposals', 'negotiation', 'vote', 'actions'];

function collapseAlerts(view: MatchView): Alert[] {
  if (view.outcome?.reason === 'collapse' && view.outcome.collapseCause) {
    return [{ kind: 'collapsed', cause: view.outcome.collapseCause, severity: 'critical' }];
  }
  if (view.phase === 'gameOver') return [];
  const n = view.rounds.length;
  const prior = n >= 2 ? view.rounds[n - 2].worldAfter : n === 1 ? initialWorld(view.config.scenario) : null;
  const out: Alert[] = [];
  for (const id of Object.keys(COLLAPSE_FLOORS) as FloorIndicator[]) {
    const value = view.world[id];
    const floor = COLLAPSE_FLOORS[id];
    // Next year at this year's pace: the simplest forecast a teacher can check by eye.
    const projected = prior ? value + (value - prior[id]) : null;
    const crossing = projected !== null && projected < floor;
    if (value - floor < COLLAPSE_MARGINS[id] || crossing) {
      out.push({ kind: 'collapseRisk', indicator: id, value, floor, projected, severity: crossing ? 'critical' : 'warning' });
    }
  }
  return out;
}

function studentAlerts(view: MatchView, connections: readonly Connection[], now: number, paused: boolean): Alert[] {
  const out: Alert[] = [];
  for (const c of connections) {
    const holdsSeat = c.placement.kind !== 'observer';
    if (!c.connected) {
      const forSec = Math.max(0, Math.round((now - c.since) / 1000));
      out.push({ kind: 'disconnected', studentId: c.studentId, name: c.name, forSec, severity: holdsSeat ? 'warning' : 'info' });
      continue;
    }
    const idleSec = Math.max(0, Math.round((now - c.lastActiveAt) / 1000));
    if (holdsSeat && !paused && DECIDING.includes(view.phase) && idleSec >= IDLE_AFTER_SEC) {
      out.push({ kind: 'idle', studentId: c.studentId, name: c.name, idleSec, severity: 'info' });
    }
  }
  return out;
}

const RANK: Readonly<Record<Severity, number>> = { critical: 0, warning: 1, info: 2 };

/** A table's alerts, most severe first. `connections` are the students placed at this table. */
export function tableAlerts(view: MatchView, connections: readonly Connection[], now: number, paused = false): Alert[] {
  return [...collapseAlerts(view), ...studentAlerts(view, connections, now, paused)]
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
