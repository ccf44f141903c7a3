/**
 * The facilitator's dashboard: every table as a card (shared/classroom/dashboard.ts) built from the
 * table's facilitator view and its students' connections, plus the class roster. Tables not opened
 * yet show their lobby. Times are converted into each table's own clock, since every room keeps one.
 */
import { tableSummary } from '@shared/classroom/dashboard.ts';
import { injectableCards } from '@shared/classroom/class-setup.ts';
import { placementOf } from '@shared/classroom/seating.ts';
import type { ClassDashboard, ClassTableCard } from '@shared/protocol/class-messages.ts';
import { createGame, viewFor } from '@shared/rules/index.ts';
import type { GameState } from '@shared/rules/types.ts';
import type { ClassHub } from './class-hub.ts';
import { classTableConfig, seedOfTable } from './class-tables.ts';
import { clientsOf } from './class-delivery.ts';

const FACILITATOR = { kind: 'facilitator' } as const;
const lobbies = new WeakMap<ClassHub, Map<number, GameState>>();

/** A table not opened yet, as it will start: its lobby (cached per hub). */
function lobbyOf(hub: ClassHub, table: number): GameState {
  let cache = lobbies.get(hub);
  if (!cache) lobbies.set(hub, (cache = new Map()));
  let state = cache.get(table);
  if (!state) {
    state = createGame(classTableConfig(hub.config, hub.ctx.rooms.settings.timerScale), seedOfTable(hub, table));
    cache.set(table, state);
  }
  return state;
}

function tableCard(hub: ClassHub, table: number, now: number): ClassTableCard {
  const binding = hub.tables.get(table);
  const state = binding ? binding.table.state : lobbyOf(hub, table);
  const tableNow = binding ? binding.table.now() : now;
  const offset = tableNow - now;
  const seating = hub.session.seating!;
  const connections = seating.students
    .filter((s) => s.placement.table === table)
    .map((s) => hub.presence.connection(s.id, hub.nameOf(s.id), s.placement, now, offset));
  const control = hub.session.tables[table - 1];
  const pausedAt = control?.pausedAt == null ? null : binding?.pause.tableAt ?? control.pausedAt + offset;
  const summary = tableSummary(table, viewFor(state, FACILITATOR), connections, { now: tableNow, pausedAt });
  return { ...summary, code: binding?.table.code ?? null, seed: seedOfTable(hub, table), ended: !!control?.ended };
}

export function buildDashboard(hub: ClassHub): ClassDashboard {
  const { session } = hub;
  const now = hub.now();
  const count = session.seating?.tables ?? 0;
  return {
    code: hub.record.code,
    status: session.status,
    config: session.config,
    tables: Array.from({ length: count }, (_, i) => tableCard(hub, i + 1, now)),
    students: session.students.map((s) => ({
      id: s.id, name: s.name, muted: s.muted,
      placement: session.seating ? placementOf(session.seating, s.id) : null,
      connected: hub.presence.isConnected(s.id, now),
    })),
    injectable: injectableCards(session.config.scenario),
  };
}

/** Wires the hub's dashboard pushes: one build, sent to every facilitator connection. */
export function installDashboard(hub: ClassHub): void {
  hub.pushDashboard = () => {
    const facilitators = clientsOf(hub, null);
    if (facilitators.length === 0) return;
    const dashboard = buildDashboard(hub);
    for (const client of facilitators) client.send('dashboard', dashboard);
  };
}
