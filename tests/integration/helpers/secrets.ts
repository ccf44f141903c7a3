/**
 * Searching what a client received for things it must not know, in both encodings a frame may
 * carry: msgpack (Colyseus messages) and JSON text (the game views, see shared/protocol/view-wire.ts).
 * Strings are searched as a whole string value (so "divert" inside a longer headline does not
 * count): msgpack-encoded and JSON-quoted. Numbers as their float64 and (when exact) float32
 * big-endian bytes, and as a JSON value between delimiters; integers only in binary, since their
 * text would match unrelated values.
 */
export type Secret = Readonly<{ label: string; patterns: readonly Buffer[] }>;

function msgpackString(value: string): Buffer {
  const bytes = Buffer.from(value, 'utf8');
  const n = bytes.length;
  if (n < 32) return Buffer.concat([Buffer.from([0xa0 | n]), bytes]);
  // Longer strings: search for the content itself (a prefix would differ between str8/str16).
  return bytes;
}

export function stringSecret(label: string, value: string): Secret {
  return { label, patterns: [msgpackString(value), Buffer.from(JSON.stringify(value), 'utf8')] };
}

/** `value` as a JSON number standing alone in an object or array. */
function jsonNumber(value: number): Buffer[] {
  if (Number.isInteger(value)) return [];
  const text = JSON.stringify(value);
  return [':', '[', ','].flatMap((before) => [',', '}', ']'].map((after) => Buffer.from(`${before}${text}${after}`)));
}

export function numberSecret(label: string, value: number): Secret {
  const f64 = Buffer.alloc(8);
  f64.writeDoubleBE(value);
  const patterns = [f64];
  if (Math.fround(value) === value) {
    const f32 = Buffer.alloc(4);
    f32.writeFloatBE(value);
    patterns.push(f32);
  }
  return { label, patterns: [...patterns, ...jsonNumber(value)] };
}

/** Labels of the secrets found anywhere in `frames` (and in `decoded`, a JSON text, for strings). */
export function leaks(frames: readonly Buffer[], secrets: readonly Secret[]): string[] {
  const all = Buffer.concat(frames);
  return secrets.filter((s) => s.patterns.some((p) => all.includes(p))).map((s) => s.label);
}
