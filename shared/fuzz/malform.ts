/**
 * Breaking a well-formed message so that it no longer meets its contract, in the ways real clients
 * and scripts get it wrong: the wrong shape (not an object, a field missing, an extra field), the
 * wrong type in one field (a string for a number, NaN, Infinity), or far too much of something (a
 * string longer than any limit, thousands of keys, deep nesting). Every result must be refused by
 * the contract before it reaches the rules.
 */
import type { Rand } from './fuzz-random.ts';
import { deeplyNested, garbageValue, HOSTILE_NUMBERS, textOfLength } from './hostile-values.ts';
import type { RawMessage } from './well-formed.ts';

export type MalformKind = 'malformed' | 'mistyped' | 'oversized';
export type Malformed = Readonly<{ kind: MalformKind; how: string; message: RawMessage }>;

type Path = readonly string[];
type Obj = Record<string, unknown>;

const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof Uint8Array);

function leafPaths(value: unknown, prefix: Path = []): Path[] {
  if (!isObject(value)) return [prefix];
  return Object.keys(value).flatMap((k) => leafPaths(value[k], [...prefix, k]));
}

/** A copy of `root` with the value at `path` replaced (or, with `remove`, deleted). */
function withAt(root: unknown, path: Path, value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  const copy: Obj = { ...(root as Obj) };
  const [head, ...rest] = path;
  if (rest.length === 0 && remove) delete copy[head];
  else copy[head] = withAt(copy[head], rest, value, remove);
  return copy;
}

function valueAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Obj)[k], root);
}

/** A value of another type than `value` (or one no number field accepts). */
function wrongTypeFor(rand: Rand, value: unknown): unknown {
  if (typeof value === 'number') return rand.pick<unknown>(['1', true, null, [], {}, rand.pick(HOSTILE_NUMBERS.slice(0, 3))]);
  if (typeof value === 'string') return rand.pick<unknown>([0, 1, false, null, [value], { value }]);
  if (typeof value === 'boolean') return rand.pick<unknown>(['true', 1, 0, null, [value]]);
  return rand.pick<unknown>(['', 0, true]);
}

function breakShape(rand: Rand, msg: RawMessage, empty = false): Malformed {
  const payload = msg.payload;
  const r = empty ? rand.pick([0, 2]) : rand.int(0, 3);
  if (r === 0 || !isObject(payload)) {
    const bad = rand.pick<unknown>([null, undefined, 0, 'payload', [payload], true, new Uint8Array([1, 2, 3])]);
    return { kind: 'malformed', how: 'not an object', message: { type: msg.type, payload: bad } };
  }
  if (r === 1) {
    const path = rand.pick(leafPaths(payload));
    return { kind: 'malformed', how: `missing ${path.join('.')}`, message: { type: msg.type, payload: withAt(payload, path, undefined, true) } };
  }
  const key = rand.pick(['admin', 'actor', 'role', 'version', 'isHost', 'constructor', '__proto__', 'x'.repeat(rand.int(1, 300))]);
  const target = empty ? [] : rand.pick(leafPaths(payload)).slice(0, -1);
  const host = { ...(valueAt(payload, target) as Obj) };
  Object.defineProperty(host, key, { value: garbageValue(rand, 1) ?? true, enumerable: true, configurable: true, writable: true });
  return { kind: 'malformed', how: `extra key ${key.slice(0, 20)}`, message: { type: msg.type, payload: withAt(payload, target, host) } };
}

function breakType(rand: Rand, msg: RawMessage): Malformed {
  const path = rand.pick(leafPaths(msg.payload));
  const bad = wrongTypeFor(rand, valueAt(msg.payload, path));
  return { kind: 'mistyped', how: `${path.join('.')} as ${String(bad)}`, message: { type: msg.type, payload: withAt(msg.payload, path, bad) } };
}

function oversize(rand: Rand, msg: RawMessage): Malformed {
  const r = rand.int(0, 2);
  const path = rand.pick(leafPaths(msg.payload));
  if (r === 0 && isObject(msg.payload)) {
    const many: Obj = { ...msg.payload };
    for (let i = rand.int(50, 600); i > 0; i--) many[`k${i}`] = i;
    return { kind: 'oversized', how: 'hundreds of keys', message: { type: msg.type, payload: many } };
  }
  if (r === 1) return { kind: 'oversized', how: `${path.join('.')} nested`, message: { type: msg.type, payload: withAt(msg.payload, path, deeplyNested(rand, rand.int(20, 400))) } };
  // Longer than the longest text any contract accepts (chat: 280 characters).
  const long = textOfLength(rand, rand.int(300, 12_000));
  return { kind: 'oversized', how: `${path.join('.')} of ${long.length} chars`, message: { type: msg.type, payload: withAt(msg.payload, path, long) } };
}

/** Breaks `msg` (a well-formed intent) one way or another; the result never meets its contract. */
export function malform(rand: Rand, msg: RawMessage, kind: MalformKind = rand.pick(['malformed', 'mistyped', 'oversized'] as const)): Malformed {
  // An empty payload ({}) has no field to break or retype: give it one it must not have.
  if (leafPaths(msg.payload).length === 0) return breakShape(rand, msg, true);
  if (kind === 'malformed') return breakShape(rand, msg);
  if (kind === 'mistyped') return breakType(rand, msg);
  return oversize(rand, msg);
}
