/**
 * What each viewer of a finished match must never have received while it ran, as byte patterns to
 * search raw frames for: every seat's agenda (id and text), covert actions, investigation results,
 * private assay bands, whispers, and the hidden byproduct rate, in both encodings a frame carries:
 * msgpack (Colyseus messages) and JSON text (game views, shared/protocol/view-wire.ts). Strings are
 * searched as a whole string value (so "divert" inside a longer headline does not count), numbers as
 * each encoder writes them (assay band edges only under the keys that carry a band).
 */
import { pack } from 'msgpackr';
import { AGENDAS } from '@shared/content/agendas.ts';
import { BETA0_RANGE } from '@shared/model/index.ts';
import { ROLES, type GameState, type Role } from '@shared/rules/types.ts';

export type Secret = Readonly<{ label: string; patterns: readonly Buffer[]; knownTo: readonly Role[] }>;

function msgpackString(value: string): Buffer {
  const bytes = Buffer.from(value, 'utf8');
  // Short strings with their fixstr prefix; longer ones by content (str8/str16 prefixes differ).
  return bytes.length < 32 ? Buffer.concat([Buffer.from([0xa0 | bytes.length]), bytes]) : bytes;
}

/** A whole string value in both encodings. */
function stringPatterns(value: string): Buffer[] {
  return [msgpackString(value), Buffer.from(JSON.stringify(value), 'utf8')];
}

/** A number as a JSON value standing alone (after a key or in an array, before the next one or the end). */
function jsonNumber(value: number, before: readonly string[] = [':', '[', ',']): Buffer[] {
  const text = JSON.stringify(value);
  return before.flatMap((b) => [',', '}', ']'].map((after) => Buffer.from(`${b}${text}${after}`)));
}

/** A number exactly as the server's msgpack encoder writes it (an integer, or 0xcb and a float64). */
function msgpackNumber(value: number): Buffer {
  return Buffer.from(pack(value));
}

/**
 * A number sent under one of `keys` (a map key followed by the value). Band edges are numbers with
 * three decimals, and public figures can take the same value (a lever at 1.75): only the value under
 * the key that carries a band counts, wherever it appears (a view's knowledge, intel, an event).
 */
function keyedNumber(keys: readonly string[], value: number): Buffer[] {
  return keys.flatMap((key) => [Buffer.concat([msgpackString(key), msgpackNumber(value)]), ...jsonNumber(value, [`"${key}":`])]);
}

const BAND_KEYS = ['beta0Min', 'beta0Max'];

/** Every secret of a finished match (all of them were secret while it ran), with who may know it. */
export function secretsOf(state: GameState): Secret[] {
  const out: Secret[] = [];
  const text = (label: string, value: string, knownTo: Role[]) => out.push({ label, patterns: stringPatterns(value), knownTo });
  for (const role of ROLES) {
    const seat = state.seats[role];
    const agenda = AGENDAS[seat.agendaId];
    text(`${role} agenda id`, agenda.id, [role]);
    text(`${role} agenda text`, agenda.text, [role]);
    for (const kind of new Set(seat.covertLog.map((c) => c.kind))) text(`${role} covert ${kind}`, kind, [role]);
    for (const intel of seat.intel) {
      if (intel.kind === 'investigation') text(`${role} investigation result`, 'tookCovertAction', [role]);
      if (intel.kind !== 'assay' || intel.published || state.publishedAssay) continue;
      // A band edge clamped to the public prior range is public knowledge, not a secret.
      if (intel.beta0Min !== BETA0_RANGE.min) out.push({ label: `${role} assay min`, patterns: keyedNumber(BAND_KEYS, intel.beta0Min), knownTo: [role] });
      if (intel.beta0Max !== BETA0_RANGE.max) out.push({ label: `${role} assay max`, patterns: keyedNumber(BAND_KEYS, intel.beta0Max), knownTo: [role] });
    }
  }
  for (const m of state.chat) if (m.to !== 'all') text(`whisper ${m.from}→${m.to} ${m.id}`, m.text, [m.from, m.to]);
  // β₀ is a random double: under any key, a hit can only be the value itself.
  out.push({ label: 'hidden beta0', patterns: [msgpackNumber(state.world.beta0), ...jsonNumber(state.world.beta0)], knownTo: [] });
  return out;
}

/** Labels of the secrets found anywhere in `frames`. */
export function found(frames: readonly Buffer[], secrets: readonly Secret[]): string[] {
  const all = Buffer.concat(frames);
  return secrets.filter((s) => s.patterns.some((p) => all.includes(p))).map((s) => s.label);
}

/** The bytes around the first occurrence of `secret` in `frames`, printable (to tell a leak from a coincidence). */
export function surroundings(frames: readonly Buffer[], secret: Secret, radius = 60): string {
  const all = Buffer.concat(frames);
  for (const p of secret.patterns) {
    const at = all.indexOf(p);
    if (at < 0) continue;
    const bytes = all.subarray(Math.max(0, at - radius), at + p.length + radius);
    return [...bytes].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
  }
  return '';
}
