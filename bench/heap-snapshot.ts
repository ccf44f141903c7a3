/**
 * Reads a V8 heap snapshot (`.heapsnapshot`, as `v8.writeHeapSnapshot()` writes it) and works out
 * who keeps what alive: each object's own size and class, and its dominator (the one object every
 * path from the roots to it goes through). What an object "retains" is what would be freed with it.
 * Used by bench/heap-census.ts; parses the file by hand so snapshots larger than a JS string load.
 */
import { readFileSync } from 'node:fs';

export type HeapGraph = Readonly<{
  nodeCount: number;
  /** Per node: index into `typeNames` (object, closure, string, array, …). */
  type: Uint8Array;
  /** Per node: index into `strings` (the constructor name of an object). */
  name: Uint32Array;
  selfSize: Float64Array;
  /** Edges of node i are firstEdge[i] … firstEdge[i + 1] − 1. */
  firstEdge: Uint32Array;
  edgeType: Uint8Array;
  /** Per edge: the property name (index into `strings`) or the element index. */
  edgeName: Uint32Array;
  /** Per edge: the node it points to (an ordinal, not the file's field offset). */
  edgeTo: Uint32Array;
  strings: readonly string[];
  typeNames: readonly string[];
  edgeTypeNames: readonly string[];
}>;

type Meta = { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] };
type Header = { snapshot: { meta: Meta; node_count: number; edge_count: number } };

/** Parses `count` unsigned integers from `buf` starting at `from`; calls `put(i, value)`; returns where it stopped. */
function readInts(buf: Buffer, from: number, count: number, put: (i: number, value: number) => void): number {
  let pos = from;
  for (let i = 0; i < count; i++) {
    let c = buf[pos];
    while (c < 48 || c > 57) c = buf[++pos]; // skip ',', '\n', spaces
    let value = 0;
    while (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      c = buf[++pos];
    }
    put(i, value);
  }
  return pos;
}

function section(buf: Buffer, key: string, from: number): number {
  const at = buf.indexOf(`"${key}":[`, from, 'latin1');
  if (at < 0) throw new Error(`heap snapshot without "${key}"`);
  return at + key.length + 4;
}

export function readHeapSnapshot(file: string): HeapGraph {
  const buf = readFileSync(file);
  const nodesAt = section(buf, 'nodes', 0);
  const header = JSON.parse(`${buf.toString('utf8', 0, nodesAt - '"nodes":['.length).trim().replace(/,$/, '')}}`) as Header;
  const { meta, node_count: nodeCount, edge_count: edgeCount } = header.snapshot;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const [fType, fName, fSize, fEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => meta.node_fields.indexOf(f));
  const type = new Uint8Array(nodeCount);
  const name = new Uint32Array(nodeCount);
  const selfSize = new Float64Array(nodeCount);
  const firstEdge = new Uint32Array(nodeCount + 1);
  let end = readInts(buf, nodesAt, nodeCount * nf, (i, v) => {
    const node = Math.floor(i / nf);
    const field = i - node * nf;
    if (field === fType) type[node] = v;
    else if (field === fName) name[node] = v;
    else if (field === fSize) selfSize[node] = v;
    else if (field === fEdges) firstEdge[node + 1] = v;
  });
  for (let n = 0; n < nodeCount; n++) firstEdge[n + 1] += firstEdge[n];
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => meta.edge_fields.indexOf(f));
  const edgeType = new Uint8Array(edgeCount);
  const edgeName = new Uint32Array(edgeCount);
  const edgeTo = new Uint32Array(edgeCount);
  end = readInts(buf, section(buf, 'edges', end), edgeCount * ef, (i, v) => {
    const edge = Math.floor(i / ef);
    const field = i - edge * ef;
    if (field === eType) edgeType[edge] = v;
    else if (field === eName) edgeName[edge] = v;
    else if (field === eTo) edgeTo[edge] = v / nf;
  });
  const stringsAt = section(buf, 'strings', end) - 1;
  const strings = JSON.parse(buf.toString('utf8', stringsAt, buf.lastIndexOf(']') + 1)) as string[];
  return {
    nodeCount, type, name, selfSize, firstEdge, edgeType, edgeName, edgeTo, strings,
    typeNames: meta.node_types[0], edgeTypeNames: meta.edge_types[0],
  };
}

export type Dominators = Readonly<{
  /** Per node: its immediate dominator (the root's is itself); unreachable nodes hang off the root. */
  idom: Uint32Array;
  retained: Float64Array;
  /** Reachable nodes, each after all the nodes it dominates (children before parents). */
  postOrder: Uint32Array;
  reachable: number;
}>;

/** Weak references keep nothing alive; shortcuts are the snapshot's display aids, not references. */
function essentialEdges(g: HeapGraph): Uint8Array {
  const weak = g.edgeTypeNames.indexOf('weak');
  const shortcut = g.edgeTypeNames.indexOf('shortcut');
  const keep = new Uint8Array(g.edgeType.length);
  for (let e = 0; e < keep.length; e++) keep[e] = g.edgeType[e] === weak || g.edgeType[e] === shortcut ? 0 : 1;
  return keep;
}

/** Depth-first from the root (node 0) along essential edges: the post-order and each node's rank in it. */
function depthFirst(g: HeapGraph, keep: Uint8Array): { postOrder: Uint32Array; rank: Int32Array; count: number } {
  const rank = new Int32Array(g.nodeCount).fill(-1);
  const seen = new Uint8Array(g.nodeCount);
  const postOrder = new Uint32Array(g.nodeCount);
  const stackNode = new Uint32Array(g.nodeCount);
  const stackEdge = new Uint32Array(g.nodeCount);
  let top = 0;
  let count = 0;
  stackNode[0] = 0;
  stackEdge[0] = g.firstEdge[0];
  seen[0] = 1;
  while (top >= 0) {
    const node = stackNode[top];
    const e = stackEdge[top];
    if (e >= g.firstEdge[node + 1]) {
      rank[node] = count;
      postOrder[count++] = node;
      top--;
      continue;
    }
    stackEdge[top] = e + 1;
    const to = g.edgeTo[e];
    if (keep[e] === 0 || seen[to] === 1) continue;
    seen[to] = 1;
    top++;
    stackNode[top] = to;
    stackEdge[top] = g.firstEdge[to];
  }
  return { postOrder, rank, count };
}

/** Predecessors (as post-order ranks) of every reachable node, by rank, in compressed rows. */
function predecessors(g: HeapGraph, keep: Uint8Array, rank: Int32Array, count: number): { first: Uint32Array; list: Uint32Array } {
  const first = new Uint32Array(count + 1);
  for (let n = 0; n < g.nodeCount; n++) {
    if (rank[n] < 0) continue;
    for (let e = g.firstEdge[n]; e < g.firstEdge[n + 1]; e++) if (keep[e] === 1 && rank[g.edgeTo[e]] >= 0) first[rank[g.edgeTo[e]] + 1]++;
  }
  for (let r = 0; r < count; r++) first[r + 1] += first[r];
  const fill = first.slice(0, count);
  const list = new Uint32Array(first[count]);
  for (let n = 0; n < g.nodeCount; n++) {
    if (rank[n] < 0) continue;
    for (let e = g.firstEdge[n]; e < g.firstEdge[n + 1]; e++) if (keep[e] === 1 && rank[g.edgeTo[e]] >= 0) list[fill[rank[g.edgeTo[e]]]++] = rank[n];
  }
  return { first, list };
}

/** Cooper, Harvey and Kennedy's iterative algorithm ("A Simple, Fast Dominance Algorithm"), on post-order ranks. */
export function dominators(g: HeapGraph): Dominators {
  const keep = essentialEdges(g);
  const { postOrder, rank, count } = depthFirst(g, keep);
  const preds = predecessors(g, keep, rank, count);
  const UNSET = 0xffffffff;
  const dom = new Uint32Array(count).fill(UNSET);
  const rootRank = count - 1;
  dom[rootRank] = rootRank;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while (a < b) a = dom[a];
      while (b < a) b = dom[b];
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let r = rootRank - 1; r >= 0; r--) {
      let next = UNSET;
      for (let p = preds.first[r]; p < preds.first[r + 1]; p++) {
        const q = preds.list[p];
        if (dom[q] === UNSET) continue;
        next = next === UNSET ? q : intersect(q, next);
      }
      if (next !== UNSET && dom[r] !== next) {
        dom[r] = next;
        changed = true;
      }
    }
  }
  const idom = new Uint32Array(g.nodeCount); // unreachable: 0, the root
  const retained = Float64Array.from(g.selfSize);
  for (let r = 0; r < rootRank; r++) {
    const node = postOrder[r];
    idom[node] = postOrder[dom[r]];
    retained[idom[node]] += retained[node];
  }
  return { idom, retained, postOrder: postOrder.subarray(0, count), reachable: count };
}

/** A short label for a node's kind: the class of an object, else its snapshot type (and name when telling). */
export function classOf(g: HeapGraph, node: number): string {
  const type = g.typeNames[g.type[node]];
  const name = g.strings[g.name[node]];
  if (type === 'object') return name.length > 60 ? `${name.slice(0, 57)}...` : name;
  if (type === 'string' || type === 'concatenated string' || type === 'sliced string') return '(string)';
  if (type === 'closure') return '(closure)';
  if (type === 'code' || type === 'number' || type === 'object shape' || type === 'symbol' || type === 'bigint') return `(${type})`;
  const short = name.replace(/@\d+/g, '').slice(0, 40);
  return `(${type}) ${short}`;
}
