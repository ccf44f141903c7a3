/**
 * What a player with devtools open types into names and chat, and what a script sends instead of a
 * message: markup that would run if a page ever rendered it as HTML, control characters, bidi
 * tricks, prototype keys, absurd numbers, and random nested junk of every type msgpack can carry.
 */
import type { Rand } from './fuzz-random.ts';

/** Short strings that break naive code: markup, scripts, prototype names, control characters. */
export const HOSTILE_STRINGS: readonly string[] = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload=window.__xss=1>',
  "javascript:alert('x')",
  '{{constructor.constructor("return 1")()}}',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf',
  'a\u0000b', '\u0007\u0008\u001b[31mred', 'line\nbreak', 'tab\tbed', '\r\n\r\n',
  '\u202eevil\u202c', '\u200b\u200b\u200b', '\ufeffbom', '\u2028\u2029',
  '🙂'.repeat(8), '\ud800', 'Ω≈ç√∫', "'; DROP TABLE matches; --", '%s%s%n', '../../etc/passwd',
  ' ', '',
];

/** Characters below U+0020 and other invisibles, to sprinkle into otherwise normal text. */
const CONTROL_CHARS = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u200e', '\u2066'];

export function hostileString(rand: Rand): string {
  return rand.pick(HOSTILE_STRINGS);
}

/** Plain text of `length` characters, sometimes laced with control characters or markup. */
export function textOfLength(rand: Rand, length: number): string {
  const base = 'Neo-Terra council minutes, item ';
  let out = '';
  while (out.length < length) {
    const r = rand.float();
    out += r < 0.08 ? rand.pick(CONTROL_CHARS) : r < 0.12 ? hostileString(rand) : base[out.length % base.length];
  }
  return out.slice(0, length);
}

/** Numbers that are not what anyone expects: non-finite, huge, negative zero, fractional, unsafe. */
export const HOSTILE_NUMBERS: readonly number[] = [
  Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, -1, 0.5, 1e308, -1e308,
  Number.MAX_SAFE_INTEGER + 2, -(2 ** 31), 2 ** 32, 5e-324,
];

/** Any value msgpack can carry, nested up to `depth`. */
export function garbageValue(rand: Rand, depth = 3): unknown {
  const r = rand.int(0, depth > 0 ? 11 : 7);
  switch (r) {
    case 0: return null;
    case 1: return undefined;
    case 2: return rand.chance(0.5);
    case 3: return rand.pick(HOSTILE_NUMBERS);
    case 4: return rand.int(-5, 5000);
    case 5: return hostileString(rand);
    case 6: return textOfLength(rand, rand.int(0, 40));
    case 7: return new Uint8Array(rand.int(0, 16)).map(() => rand.int(0, 255));
    case 8: case 9: return garbageObject(rand, depth - 1);
    default: return Array.from({ length: rand.int(0, 5) }, () => garbageValue(rand, depth - 1));
  }
}

/** An object with odd keys (prototype names included, as own properties) and junk values. */
export function garbageObject(rand: Rand, depth = 2): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = ['type', 'text', 'ready', 'expectedVersion', 'proposalId', 'role', 'admin', '__proto__', 'constructor', 'x'];
  for (let i = rand.int(0, 4); i > 0; i--) {
    Object.defineProperty(out, rand.pick(keys), { value: garbageValue(rand, depth), enumerable: true, configurable: true, writable: true });
  }
  return out;
}

/** A value nested `depth` levels deep: ({ a: { a: … } } or [[[…]]]). */
export function deeplyNested(rand: Rand, depth: number): unknown {
  let value: unknown = rand.chance(0.5) ? 'bottom' : 0;
  const asArray = rand.chance(0.5);
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}
