/**
 * Where a bot's dice come from. Every decision draws from its own seed, mixed from the bot's seed and
 * the moment of the match (round, phase, version) plus a label, so the same seat in the same
 * situation always decides the same way, and a replay of a bot match is exact.
 */
import type { Phase } from '../rules/types.ts';
import { PHASES } from '../rules/types.ts';

/** Mixes integers into one 32-bit seed (murmur3-style finaliser per part, so nearby inputs diverge). */
export function mixSeed(...parts: readonly number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    let k = Math.imul((part | 0) ^ Math.floor(part / 4294967296), 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h ^= k;
    h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A stable number for a short label such as a lever id or a decision name. */
export function labelCode(label: string): number {
  let h = 0;
  for (let i = 0; i < label.length; i++) h = (Math.imul(h, 31) + label.charCodeAt(i)) | 0;
  return h;
}

/** The index of a phase, so it can be mixed into a seed. */
export function phaseCode(phase: Phase): number {
  return PHASES.indexOf(phase);
}
