/**
 * Turns two heap snapshots of one server (before any table, then with M tables playing) into what
 * one match costs and who keeps it: memory by class, by the nearest "owner" that keeps it alive
 * (a room, a table, a socket… found through the dominator tree), and, per owner, by the field
 * that holds it. Figures are per match: (loaded − idle) / M. Used by bench/heap-census.ts.
 */
import { classOf, dominators, readHeapSnapshot, type HeapGraph } from './heap-snapshot.ts';

/**
 * The objects that own memory in a match server, ours and the libraries'. Memory is charged to the
 * nearest of these above it in the dominator tree; what has none of them above it is "(shared)".
 */
export const OWNERS = new Set([
  'BoundMatchRoom', 'MatchTable', 'MatchSession', 'SeatMap', 'ViewSync', 'Channel', 'ViewProjector', 'SpectatorFeed',
  'RateLimiter', 'Continuity', 'BotDriver', 'PhaseTimer', 'PunctualClock',
  'SchemaSerializer', 'Encoder', 'Root', 'StateView', 'Clock', 'ClientArray', 'RoomMessages', 'EventEmitter',
  'WebSocketClient', 'WebSocket', 'Socket', 'Receiver', 'Sender', 'PerMessageDeflate', 'IncomingMessage', 'ServerResponse',
  'BareTable', 'WeakMap',
]);

type Tally = { count: number; size: number };
export type Census = {
  nodes: number;
  self: number;
  byClass: Map<string, Tally>;
  /** Self sizes charged to the nearest owner above them (owner class → inner class → bytes). */
  byOwner: Map<string, Map<string, number>>;
  /** Per owner class: instances (not nested in one of the same class), their retained bytes, and by field. */
  owners: Map<string, { count: number; retained: number; fields: Map<string, number> }>;
};

const add = (map: Map<string, number>, key: string, v: number) => map.set(key, (map.get(key) ?? 0) + v);

function edgeLabel(g: HeapGraph, e: number): string {
  const type = g.edgeTypeNames[g.edgeType[e]];
  if (type === 'element' || type === 'hidden') return `[${type}]`;
  const label = g.strings[g.edgeName[e]] ?? '?';
  return type === 'property' ? label.slice(0, 40) : `(${type}) ${label.slice(0, 40)}`;
}

/** The census of one snapshot file. */
export function censusOf(file: string): Census {
  const g = readHeapSnapshot(file);
  const d = dominators(g);
  const cls = (n: number) => classOf(g, n);
  const census: Census = { nodes: d.reachable, self: 0, byClass: new Map(), byOwner: new Map(), owners: new Map() };
  // Top-down (parents before children): each node's nearest owner, itself included.
  const owner = new Int32Array(g.nodeCount).fill(-1);
  for (let r = d.reachable - 1; r >= 0; r--) {
    const n = d.postOrder[r];
    const parentOwner = n === 0 ? -1 : owner[d.idom[n]];
    const c = cls(n);
    owner[n] = OWNERS.has(c) ? n : parentOwner;
    census.self += g.selfSize[n];
    const t = census.byClass.get(c) ?? { count: 0, size: 0 };
    t.count += 1;
    t.size += g.selfSize[n];
    census.byClass.set(c, t);
    const ownerClass = owner[n] < 0 ? '(shared)' : cls(owner[n]);
    const inner = census.byOwner.get(ownerClass) ?? new Map<string, number>();
    add(inner, c, g.selfSize[n]);
    census.byOwner.set(ownerClass, inner);
    if (OWNERS.has(c) && (parentOwner < 0 || !nestedIn(g, d.idom, n, c))) countOwner(g, d, census, n, c);
  }
  return census;
}

/** Whether an instance of class `c` dominates `n` (then `n` is already counted in its retained size). */
function nestedIn(g: HeapGraph, idom: Uint32Array, n: number, c: string): boolean {
  for (let a = idom[n]; a !== 0; a = idom[a]) if (classOf(g, a) === c) return true;
  return false;
}

function countOwner(g: HeapGraph, d: ReturnType<typeof dominators>, census: Census, n: number, c: string): void {
  const o = census.owners.get(c) ?? { count: 0, retained: 0, fields: new Map<string, number>() };
  o.count += 1;
  o.retained += d.retained[n];
  for (let e = g.firstEdge[n]; e < g.firstEdge[n + 1]; e++) {
    const to = g.edgeTo[e];
    if (d.idom[to] === n && to !== n) add(o.fields, edgeLabel(g, e), d.retained[to]);
  }
  census.owners.set(c, o);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);

type Row = { key: string; perMatch: number; count?: number };

function top(rows: Row[], n: number, minKb = 0.2): Row[] {
  return rows.filter((r) => Math.abs(r.perMatch) >= minKb * 1024).sort((a, b) => Math.abs(b.perMatch) - Math.abs(a.perMatch)).slice(0, n);
}

/** Prints loaded − idle per match: by class, by owner (with what each owner's memory is), owners' fields. */
export function printCensus(idle: Census, loaded: Census, matches: number, say: (line: string) => void): void {
  say(`  snapshot: reachable self size ${kb((loaded.self - idle.self) / matches)} KB/match, ${((loaded.nodes - idle.nodes) / matches).toFixed(0)} objects/match`);
  say('  by class (self size, KB per match, objects per match):');
  const classRows = [...new Set([...loaded.byClass.keys(), ...idle.byClass.keys()])].map((key) => {
    const [a, b] = [loaded.byClass.get(key), idle.byClass.get(key)];
    return { key, perMatch: ((a?.size ?? 0) - (b?.size ?? 0)) / matches, count: ((a?.count ?? 0) - (b?.count ?? 0)) / matches };
  });
  for (const r of top(classRows, 28)) say(`   ${kb(r.perMatch)}  ${r.count!.toFixed(1).padStart(7)}  ${r.key}`);
  say('  by owner (self size charged to the nearest owner that keeps it alive, KB per match; what it is):');
  const sum = (m: Map<string, number> | undefined) => [...(m?.values() ?? [])].reduce((s, v) => s + v, 0);
  const ownerRows = [...loaded.byOwner.keys()].map((key) => ({ key, perMatch: (sum(loaded.byOwner.get(key)) - sum(idle.byOwner.get(key))) / matches }));
  for (const r of top(ownerRows, 20)) {
    const inner = loaded.byOwner.get(r.key)!;
    const before = idle.byOwner.get(r.key);
    const parts = top([...inner.keys()].map((k) => ({ key: k, perMatch: (inner.get(k)! - (before?.get(k) ?? 0)) / matches })), 5, 0.1);
    say(`   ${kb(r.perMatch)}  ${r.key.padEnd(18)} ${parts.map((p) => `${p.key} ${(p.perMatch / 1024).toFixed(1)}`).join(', ')}`);
  }
  say('  owners (retained size, KB per match; instances per match; largest fields):');
  const rows = [...loaded.owners.entries()].map(([key, o]) => ({ key, perMatch: (o.retained - (idle.owners.get(key)?.retained ?? 0)) / matches, count: (o.count - (idle.owners.get(key)?.count ?? 0)) / matches }));
  for (const r of top(rows, 24, 0.5)) {
    const fields = loaded.owners.get(r.key)!.fields;
    const before = idle.owners.get(r.key)?.fields;
    const parts = top([...fields.keys()].map((k) => ({ key: k, perMatch: (fields.get(k)! - (before?.get(k) ?? 0)) / matches })), 6, 0.2);
    say(`   ${kb(r.perMatch)}  ${r.count!.toFixed(1).padStart(5)}  ${r.key.padEnd(18)} ${parts.map((p) => `${p.key} ${(p.perMatch / 1024).toFixed(1)}`).join(', ')}`);
  }
}
