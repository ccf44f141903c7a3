/**
 * One table as a card on the facilitator's dashboard: its year and phase, the time left (frozen while
 * the table is paused), the main indicators, who sits where and who is connected, and its alerts.
 * Also the arithmetic of pausing: a paused table's deadline moves by exactly the time it was paused.
 */
import { indicatorsOfWorld, type IndicatorId } from '../model/index.ts';
import { ROLES, type Outcome, type Phase, type Role } from '../rules/types.ts';
import type { MatchView } from '../rules/view.ts';
import { tableAlerts, type Alert, type Connection } from './alerts.ts';
import type { StudentId } from './seating.ts';

/** The indicators a dashboard card shows. */
export const DASHBOARD_INDICATORS = ['T', 'P', 'H', 'R', 'B', 'c', 'sustainability'] as const satisfies readonly IndicatorId[];
export type DashboardIndicator = (typeof DASHBOARD_INDICATORS)[number];

export type SeatCard = Readonly<{
  role: Role;
  name: string;
  controller: 'open' | 'human' | 'bot';
  /** The students on this seat: pilot first, then co-pilot. */
  students: readonly StudentId[];
  connected: boolean;
}>;

export type TableSummary = Readonly<{
  table: number;
  round: number;
  rounds: number;
  phase: Phase;
  paused: boolean;
  /** Ms until the phase times out (frozen while paused); null when the phase has no timer. */
  timeLeftMs: number | null;
  indicators: Readonly<Record<DashboardIndicator, number>>;
  seats: readonly SeatCard[];
  observers: readonly StudentId[];
  connected: number;
  students: number;
  alerts: readonly Alert[];
  outcome: Outcome | null;
}>;

/** The table clock: `pausedAt` is the room-clock ms the table was paused at, null while it runs. */
export type TableClock = Readonly<{ now: number; pausedAt: number | null }>;

/** Time left in the phase; a paused table's clock stands still at the moment it was paused. */
export function timeLeftMs(phaseEndsAt: number | null, clock: TableClock): number | null {
  if (phaseEndsAt === null) return null;
  return Math.max(0, phaseEndsAt - (clock.pausedAt ?? clock.now));
}

/** Seconds to extend the phase by on resume, so the time left is what it was at the pause. */
export function pauseExtensionSec(pausedAt: number, resumedAt: number): number {
  return Math.max(0, resumedAt - pausedAt) / 1000;
}

function seatCards(view: MatchView, connections: readonly Connection[]): SeatCard[] {
  return ROLES.map((role) => {
    const holders = connections
      .filter((c) => c.placement.kind !== 'observer' && c.placement.role === role)
      .sort((a, b) => (a.placement.kind === 'seat' ? 0 : 1) - (b.placement.kind === 'seat' ? 0 : 1));
    const seat = view.seats[role];
    return {
      role, name: seat.name, controller: seat.controller,
      students: holders.map((c) => c.studentId),
      connected: holders.some((c) => c.connected),
    };
  });
}

/** The dashboard card of one table, from its facilitator (or spectator) view and its students' connections. */
export function tableSummary(table: number, view: MatchView, connections: readonly Connection[], clock: TableClock): TableSummary {
  const all = indicatorsOfWorld({ ...view.world, beta0: 0 }); // indicators never read β₀
  return {
    table, round: view.round, rounds: view.config.rounds, phase: view.phase,
    paused: clock.pausedAt !== null,
    timeLeftMs: timeLeftMs(view.phaseEndsAt, clock),
    indicators: Object.fromEntries(DASHBOARD_INDICATORS.map((id) => [id, all[id]])) as Record<DashboardIndicator, number>,
    seats: seatCards(view, connections),
    observers: connections.filter((c) => c.placement.kind === 'observer').map((c) => c.studentId),
    connected: connections.filter((c) => c.connected).length,
    students: connections.length,
    alerts: tableAlerts(view, connections, clock.now, clock.pausedAt !== null),
    outcome: view.outcome,
  };
}
