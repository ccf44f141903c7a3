/**
 * The heap census's reading of a snapshot: a small heap written in the snapshot's own format is
 * parsed back, and the dominator tree says who keeps what alive (shared objects belong to the
 * nearest common owner; weak references keep nothing alive).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classOf, dominators, readHeapSnapshot } from '../../../bench/heap-snapshot.ts';

const NODE_TYPES = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'regexp', 'number', 'native', 'synthetic'];
const EDGE_TYPES = ['context', 'element', 'property', 'internal', 'hidden', 'shortcut', 'weak'];

/** Nodes: [type, name, self size]; edges: [from, type, name, to]. */
function snapshotText(nodes: [string, string, number][], edges: [number, string, string, number][]): string {
  const strings: string[] = [];
  const str = (s: string) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  const nodeRows = nodes.map(([type, name, size], i) => [NODE_TYPES.indexOf(type), str(name), i * 2 + 1, size, edges.filter((e) => e[0] === i).length, 0, 0]);
  const edgeRows = [...edges].sort((a, b) => a[0] - b[0]).map(([, type, name, to]) => [EDGE_TYPES.indexOf(type), str(name), to * 7]);
  const meta = {
    node_fields: ['type', 'name', 'id', 'self_size', 'edge_count', 'trace_node_id', 'detachedness'],
    node_types: [NODE_TYPES, 'string', 'number', 'number', 'number', 'number', 'number'],
    edge_fields: ['type', 'name_or_index', 'to_node'],
    edge_types: [EDGE_TYPES, 'string_or_number', 'node'],
  };
  return `{"snapshot":{"meta":${JSON.stringify(meta)},"node_count":${nodes.length},"edge_count":${edges.length},"trace_function_count":0},\n` +
    `"nodes":[${nodeRows.map((r) => r.join(',')).join(',\n')}],\n"edges":[${edgeRows.map((r) => r.join(',')).join(',\n')}],\n` +
    `"trace_function_infos":[],"trace_tree":[],"samples":[],"locations":[],\n"strings":${JSON.stringify(strings)}}`;
}

const dir = mkdtempSync(path.join(tmpdir(), 'heap-snapshot-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading a heap snapshot', () => {
  // root → Room → Table → State; Room → Socket → State (shared); Table → Cache -weak-> Orphan; root → Orphan via a shortcut only.
  const nodes: [string, string, number][] = [
    ['synthetic', '', 0], ['object', 'Room', 100], ['object', 'Table', 50], ['object', 'Socket', 30],
    ['object', 'State', 400], ['object', 'WeakMap', 20], ['string', 'an "orphan"', 7],
  ];
  const edges: [number, string, string, number][] = [
    [0, 'element', '1', 1], [1, 'property', 'table', 2], [1, 'property', 'socket', 3], [2, 'property', 'state', 4],
    [3, 'property', 'state', 4], [2, 'property', 'cache', 5], [5, 'weak', 'key', 6], [0, 'shortcut', 'global', 6],
  ];
  const file = path.join(dir, 'small.heapsnapshot');
  writeFileSync(file, snapshotText(nodes, edges));
  const g = readHeapSnapshot(file);
  const d = dominators(g);

  it('reads every node, edge, name and size', () => {
    expect(g.nodeCount).toBe(7);
    expect(Array.from(g.selfSize)).toEqual(nodes.map((n) => n[2]));
    expect(nodes.map((_, i) => classOf(g, i))).toEqual(['(synthetic) ', 'Room', 'Table', 'Socket', 'State', 'WeakMap', '(string)']);
    expect(g.firstEdge[g.nodeCount]).toBe(edges.length);
  });

  it('charges a shared object to its nearest common owner, and nothing to weak references', () => {
    expect(d.idom[4]).toBe(1); // State: through Table and through Socket, so the Room's
    expect(d.idom[2]).toBe(1);
    expect(d.idom[5]).toBe(2);
    expect(d.retained[1]).toBe(100 + 50 + 30 + 400 + 20);
    expect(d.retained[2]).toBe(50 + 20);
    expect(d.retained[0]).toBe(600); // the orphan is reached only weakly or by a shortcut
    expect(d.reachable).toBe(6);
  });
});
