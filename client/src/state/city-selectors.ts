/**
 * The city dashboard's numbers: every stock and key indicator now, its change over the last year, and
 * its path over the rounds next to the faint status-quo baseline (same luck, no decisions). Values
 * come from the views and the shared model; nothing is recomputed here except unit conversions.
 */
import { initialWorld, sustainabilityIndex } from '@shared/model/index.ts';
import type { Flows, World } from '@shared/model/types.ts';
import type { MatchView, PublicWorld, RoundView } from '@shared/rules/view.ts';

export const STOCK_IDS = ['T', 'K', 'L', 'M', 'P', 'H', 'R', 'B', 'N'] as const;
export const EXTRA_IDS = ['c', 'yearsLeft', 'sustainability'] as const;
export type DashboardId = (typeof STOCK_IDS)[number] | (typeof EXTRA_IDS)[number];
export const DASHBOARD_IDS: readonly DashboardId[] = [...EXTRA_IDS.slice(2), ...STOCK_IDS, ...EXTRA_IDS.slice(0, 2)];

export type Direction = 'up' | 'down' | 'neutral';
/** Which way is good for the city, for colouring a change (never the only cue: arrows and words too). */
export const GOOD_DIRECTION: Readonly<Record<DashboardId, Direction>> = {
  T: 'up', K: 'up', L: 'down', M: 'neutral', P: 'down', H: 'up', R: 'up', B: 'down', N: 'up',
  c: 'up', yearsLeft: 'up', sustainability: 'up',
};
export const DECIMALS: Readonly<Record<DashboardId, number>> = {
  T: 1, K: 1, L: 0, M: 1, P: 1, H: 1, R: 1, B: 1, N: 0, c: 0, yearsLeft: 1, sustainability: 0,
};

export type SeriesPoint = Readonly<{ round: number; value: number; baseline: number | null; events: readonly string[] }>;

function valueOf(id: DashboardId, world: PublicWorld | World, flows: Flows | null): number | null {
  if (id === 'c') return world.c * 100;
  // A world remembers its last year's smuggled share and landfill life, so it can be scored on its own.
  if (id === 'sustainability') return sustainabilityIndex(world as World, flows ?? world);
  if (id === 'yearsLeft') return world.yearsLeft;
  return world[id];
}

function startWorld(view: Pick<MatchView, 'config'>): World {
  return initialWorld(view.config.scenario);
}

/** The path of one indicator: round 0 (the scenario's start) then the value after each played round. */
export function seriesOf(view: Pick<MatchView, 'config' | 'rounds'>, id: DashboardId): SeriesPoint[] {
  const start = startWorld(view);
  const first = valueOf(id, start, null);
  const points: SeriesPoint[] = first === null ? [] : [{ round: 0, value: first, baseline: first, events: [] }];
  for (const r of view.rounds) {
    const value = valueOf(id, r.worldAfter, r.flows);
    if (value === null) continue;
    const baseline = valueOf(id, r.baselineAfter, null);
    points.push({ round: r.round, value, baseline, events: r.events });
  }
  return points;
}

export type StockReading = Readonly<{ id: DashboardId; value: number | null; delta: number | null; baseline: number | null; series: SeriesPoint[] }>;

export function dashboard(view: Pick<MatchView, 'config' | 'rounds' | 'world'>): StockReading[] {
  const last: RoundView | undefined = view.rounds[view.rounds.length - 1];
  return DASHBOARD_IDS.map((id) => {
    const series = seriesOf(view, id);
    const current = valueOf(id, view.world, last?.flows ?? null);
    const previous = series.length >= 2 ? series[series.length - 2].value : null;
    const delta = current !== null && previous !== null && view.rounds.length > 0 ? current - previous : null;
    const baseline = series[series.length - 1]?.baseline ?? null;
    return { id, value: current, delta, baseline, series };
  });
}

/** "good", "bad" or "neutral" for a change of an indicator. */
export function changeTone(id: DashboardId, delta: number | null): 'good' | 'bad' | 'neutral' {
  if (delta === null || Math.abs(delta) < 1e-9 || GOOD_DIRECTION[id] === 'neutral') return 'neutral';
  const up = delta > 0;
  return (GOOD_DIRECTION[id] === 'up') === up ? 'good' : 'bad';
}
