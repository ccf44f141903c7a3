/**
 * The facilitator's dashboard: alerts for a city near collapse (by distance to the floor or by this
 * year's pace), a collapsed city, dropped and idle students; and the table cards with their paused
 * clocks and seats.
 */
import { describe, expect, it } from 'vitest';
import {
  COLLAPSE_MARGINS, IDLE_AFTER_SEC, pauseExtensionSec, seatClass, tableAlerts, tableSummary, timeLeftMs, type Connection,
} from '@shared/classroom/index.ts';
import { COLLAPSE_FLOORS, initialWorld } from '@shared/model/index.ts';
import { viewFor, type MatchView } from '@shared/rules/index.ts';
import type { Phase } from '@shared/rules/types.ts';
import { botGame } from './games.ts';

const finished = viewFor(botGame(7).state, { kind: 'facilitator' });

/** The finished table's view, as if it were still being played, with some indicators changed. */
function playing(phase: Phase, world: Partial<MatchView['world']> = {}, rounds = finished.rounds): MatchView {
  return { ...finished, phase, outcome: null, revealed: false, rounds, world: { ...finished.world, ...world }, phaseEndsAt: 100_000 };
}

const comfortable = { H: 85, R: 40, T: 20 };

function connection(studentId: string, over: Partial<Connection> = {}): Connection {
  return { studentId, name: studentId.toUpperCase(), placement: { kind: 'seat', table: 1, role: 'activist' }, connected: true, since: 0, lastActiveAt: 0, ...over };
}

describe('collapse alerts', () => {
  it('stay quiet for a healthy city', () => {
    const oneYear = [{ ...finished.rounds[0], worldAfter: { ...finished.rounds[0].worldAfter, ...comfortable } }];
    expect(tableAlerts(playing('vote', comfortable, oneYear), [], 0)).toEqual([]);
  });

  it.each([['H', 68], ['R', 9], ['T', -80]] as const)('warn when %s is within its margin of the floor (%d)', (indicator, value) => {
    const view = playing('negotiation', { ...comfortable, [indicator]: value }, []);
    expect(tableAlerts(view, [], 0)).toEqual([
      { kind: 'collapseRisk', indicator, value, floor: COLLAPSE_FLOORS[indicator], projected: null, severity: 'warning' },
    ]);
    expect(value - COLLAPSE_FLOORS[indicator]).toBeLessThan(COLLAPSE_MARGINS[indicator]);
  });

  it('are critical when this year\'s pace would cross the floor next year, even far from it', () => {
    const start = initialWorld('default');
    const oneYear = [{ ...finished.rounds[0], worldAfter: { ...finished.rounds[0].worldAfter, ...comfortable } }];
    const view = playing('briefing', { ...comfortable, T: -60 }, [...oneYear, { ...finished.rounds[1], worldAfter: { ...finished.rounds[1].worldAfter, ...comfortable, T: -60 } }]);
    const alerts = tableAlerts(view, [], 0);
    expect(alerts).toEqual([{ kind: 'collapseRisk', indicator: 'T', value: -60, floor: -100, projected: -140, severity: 'critical' }]);
    // With a single year played, the pace is measured from the starting city.
    const first = playing('briefing', { ...comfortable, R: start.R - 21 }, oneYear);
    expect(tableAlerts(first, [], 0)[0]).toMatchObject({ indicator: 'R', projected: start.R - 42, severity: 'critical' });
  });

  it('report a collapse as such', () => {
    const view: MatchView = { ...finished, phase: 'gameOver', outcome: { ...finished.outcome!, reason: 'collapse', collapseCause: 'trust' } };
    expect(tableAlerts(view, [], 0)).toEqual([{ kind: 'collapsed', cause: 'trust', severity: 'critical' }]);
    expect(tableAlerts(finished, [], 0)).toEqual([]); // a completed match raises nothing
  });
});

describe('student alerts', () => {
  const view = playing('negotiation', comfortable, []);
  const now = 200_000;

  it('flag a dropped seat holder (warning) and a dropped observer (info)', () => {
    const alerts = tableAlerts(view, [
      connection('a', { connected: false, since: now - 30_000 }),
      connection('b', { connected: false, since: now - 5_000, placement: { kind: 'observer', table: 1 } }),
    ], now);
    expect(alerts).toEqual([
      { kind: 'disconnected', studentId: 'a', name: 'A', forSec: 30, severity: 'warning' },
      { kind: 'disconnected', studentId: 'b', name: 'B', forSec: 5, severity: 'info' },
    ]);
  });

  it('flag a quiet seat holder while the table decides, not while it is paused, briefed or resolving', () => {
    const quiet = [connection('a', { lastActiveAt: now - IDLE_AFTER_SEC * 1000 }), connection('b', { lastActiveAt: now - 10_000 })];
    expect(tableAlerts(view, quiet, now)).toEqual([{ kind: 'idle', studentId: 'a', name: 'A', idleSec: IDLE_AFTER_SEC, severity: 'info' }]);
    expect(tableAlerts(view, quiet, now, true)).toEqual([]);
    expect(tableAlerts(playing('resolution', comfortable, []), quiet, now)).toEqual([]);
    const observer = [connection('c', { lastActiveAt: 0, placement: { kind: 'observer', table: 1 } })];
    expect(tableAlerts(view, observer, now)).toEqual([]);
  });

  it('put the most severe first', () => {
    const alerts = tableAlerts(playing('vote', { ...comfortable, H: 66 }, []), [connection('a', { connected: false, since: now })], now);
    expect(alerts.map((a) => a.kind)).toEqual(['collapseRisk', 'disconnected']);
    const critical = tableAlerts(playing('vote', { ...comfortable, R: 6 }, [{ ...finished.rounds[0], worldAfter: { ...finished.rounds[0].worldAfter, R: 30 } }]), [connection('b', { connected: false, since: now })], now);
    expect(critical.map((a) => a.severity)).toEqual(['critical', 'warning']);
  });
});

describe('table cards and the paused clock', () => {
  it('a paused clock stands still, and resuming extends the phase by the pause', () => {
    expect(timeLeftMs(100_000, { now: 40_000, pausedAt: null })).toBe(60_000);
    expect(timeLeftMs(100_000, { now: 90_000, pausedAt: 40_000 })).toBe(60_000);
    expect(timeLeftMs(100_000, { now: 150_000, pausedAt: null })).toBe(0);
    expect(timeLeftMs(null, { now: 0, pausedAt: null })).toBeNull();
    expect(pauseExtensionSec(40_000, 90_000)).toBe(50);
    // After resuming with that extension, the time left is what it was at the pause.
    expect(timeLeftMs(100_000 + pauseExtensionSec(40_000, 90_000) * 1000, { now: 90_000, pausedAt: null })).toBe(60_000);
  });

  it('shows the year, phase, indicators, who sits where and who is connected', () => {
    const seating = seatClass(['a', 'b', 'c', 'd', 'e', 'f'], 1); // a activist, b smuggler, c chemist, d engineer, e/f co-pilots
    const connections = seating.students.map((s) => connection(s.id, { placement: s.placement, connected: s.id !== 'b' }));
    const card = tableSummary(1, playing('vote', comfortable, []), connections, { now: 40_000, pausedAt: null });
    expect(card).toMatchObject({ table: 1, phase: 'vote', paused: false, timeLeftMs: 60_000, connected: 5, students: 6, observers: [] });
    expect(card.indicators.H).toBe(85);
    expect(card.seats.map((s) => [s.role, s.students, s.connected])).toEqual([
      ['chemist', ['c'], true], ['engineer', ['d'], true], ['activist', ['a', 'e'], true], ['smuggler', ['b', 'f'], true],
    ]);
    expect(card.alerts.map((a) => a.kind)).toEqual(['disconnected']);
    expect(tableSummary(1, playing('vote', comfortable, []), connections, { now: 90_000, pausedAt: 40_000 })).toMatchObject({ paused: true, timeLeftMs: 60_000 });
  });
});
