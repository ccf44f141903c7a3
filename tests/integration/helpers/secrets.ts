/**
 * Searching what a client received for things it must not know. Strings are searched as msgpack
 * would encode a whole string value (so "divert" inside a longer headline does not count), and
 * numbers as their float64 and (when exact) float32 big-endian bytes.
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
  return { label, patterns: [msgpackString(value)] };
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
  return { label, patterns };
}

/** Labels of the secrets found anywhere in `frames` (and in `decoded`, a JSON text, for strings). */
export function leaks(frames: readonly Buffer[], secrets: readonly Secret[]): string[] {
  const all = Buffer.concat(frames);
  return secrets.filter((s) => s.patterns.some((p) => all.includes(p))).map((s) => s.label);
}
