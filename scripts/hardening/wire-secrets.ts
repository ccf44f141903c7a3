/**
 * What each viewer of a finished match must never have received while it ran, as byte patterns to
 * search raw frames for: every seat's agenda (id and text), covert actions, investigation results,
 * private assay bands, whispers, and the hidden byproduct rate. Strings are searched as msgpack
 * encodes a whole string value (so "divert" inside a longer headline does not count), numbers as
 * their float64 and (when exact) float32 big-endian bytes.
 */
import { AGENDAS } from '@shared/content/agendas.ts';
import { BETA0_RANGE } from '@shared/model/index.ts';
import { ROLES, type GameState, type Role } from '@shared/rules/types.ts';

export type Secret = Readonly<{ label: string; patterns: readonly Buffer[]; knownTo: readonly Role[] }>;

function msgpackString(value: string): Buffer {
  const bytes = Buffer.from(value, 'utf8');
  // Short strings with their fixstr prefix; longer ones by content (str8/str16 prefixes differ).
  return bytes.length < 32 ? Buffer.concat([Buffer.from([0xa0 | bytes.length]), bytes]) : bytes;
}

function numberPatterns(value: number): Buffer[] {
  const f64 = Buffer.alloc(8);
  f64.writeDoubleBE(value);
  const out = [f64];
  if (Math.fround(value) === value) {
    const f32 = Buffer.alloc(4);
    f32.writeFloatBE(value);
    out.push(f32);
  }
  return out;
}

/** Every secret of a finished match (all of them were secret while it ran), with who may know it. */
export function secretsOf(state: GameState): Secret[] {
  const out: Secret[] = [];
  const text = (label: string, value: string, knownTo: Role[]) => out.push({ label, patterns: [msgpackString(value)], knownTo });
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
      if (intel.beta0Min !== BETA0_RANGE.min) out.push({ label: `${role} assay min`, patterns: numberPatterns(intel.beta0Min), knownTo: [role] });
      if (intel.beta0Max !== BETA0_RANGE.max) out.push({ label: `${role} assay max`, patterns: numberPatterns(intel.beta0Max), knownTo: [role] });
    }
  }
  for (const m of state.chat) if (m.to !== 'all') text(`whisper ${m.from}→${m.to} ${m.id}`, m.text, [m.from, m.to]);
  out.push({ label: 'hidden beta0', patterns: numberPatterns(state.world.beta0), knownTo: [] });
  return out;
}

/** Labels of the secrets found anywhere in `frames`. */
export function found(frames: readonly Buffer[], secrets: readonly Secret[]): string[] {
  const all = Buffer.concat(frames);
  return secrets.filter((s) => s.patterns.some((p) => all.includes(p))).map((s) => s.label);
}
