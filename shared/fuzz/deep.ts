/**
 * Two tools for checking that refused messages change nothing: freezing a state all the way down
 * (so any attempt to modify it throws instead of silently corrupting the table), and comparing two
 * states field by field, naming the first place where they differ.
 */

/**
 * Freezes `value` and everything reachable from it. Parts already frozen are skipped: successive
 * game states share every unchanged part, so freezing each new state only walks what changed.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}

const isPlain = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** The path of the first difference between `a` and `b` (`null` when they are deeply equal). */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (Object.is(a, b)) return null;
  if (!isPlain(a) || !isPlain(b)) return path;
  if (Array.isArray(a) !== Array.isArray(b)) return path;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const inA = Object.prototype.hasOwnProperty.call(a, key);
    const inB = Object.prototype.hasOwnProperty.call(b, key);
    // An absent key and a key holding undefined are the same to every consumer of a state.
    if (inA !== inB && (a[key] !== undefined || b[key] !== undefined)) return `${path}.${key}`;
    const diff = firstDifference(a[key], b[key], `${path}.${key}`);
    if (diff) return diff;
  }
  return null;
}
