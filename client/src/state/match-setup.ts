/**
 * The choices offered when creating a match: scenarios, paces (phase timers) and the form's defaults.
 * Presentation data only; the server validates the options against CREATE_OPTIONS.
 */
import { SCENARIO_IDS, type ScenarioId } from '@shared/model/types.ts';
import type { TimedPhase } from '@shared/rules/types.ts';
import type { CreateMatchInput } from '../net/match-session.ts';

export const PACES = ['quick', 'standard', 'relaxed'] as const;
export type Pace = (typeof PACES)[number];

/** Phase durations in seconds per pace; "everyone ready" still ends any phase early. */
export const PACE_TIMERS: Readonly<Record<Pace, Readonly<Record<TimedPhase, number>>>> = {
  quick: { briefing: 15, proposals: 45, negotiation: 90, vote: 30, actions: 30, resolution: 20 },
  standard: { briefing: 30, proposals: 90, negotiation: 180, vote: 60, actions: 45, resolution: 30 },
  relaxed: { briefing: 45, proposals: 150, negotiation: 300, vote: 90, actions: 60, resolution: 45 },
};

export const SPECTATOR_DELAYS = [0, 30, 60, 120] as const;
export const ROUND_CHOICES = [4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export const SCENARIOS: readonly ScenarioId[] = SCENARIO_IDS;

export type SetupForm = {
  name: string;
  /** Seconds per phase that override the pace's timers. */
  timers?: Partial<Record<TimedPhase, number>>;
  scenario: ScenarioId;
  rounds: number;
  pace: Pace;
  bots: boolean;
  isPublic: boolean;
  allowSpectators: boolean;
  spectatorDelaySec: number;
};

export const DEFAULT_SETUP: Omit<SetupForm, 'name'> = {
  scenario: 'default',
  rounds: 8,
  pace: 'standard',
  bots: true,
  isPublic: true,
  allowSpectators: true,
  spectatorDelaySec: 0,
};

/**
 * A fixed seed from the page address (`/?seed=42`), for reproducible test and demo matches. The server
 * honours it only when it runs in test mode; otherwise every match gets a fresh seed.
 */
export function seedFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('seed');
  if (!raw || !/^\d{1,10}$/.test(raw)) return undefined;
  const seed = Number(raw);
  return seed <= 2 ** 32 - 1 ? seed : undefined;
}

export function toCreateOptions(form: SetupForm, seed?: number): CreateMatchInput {
  return {
    ...(seed === undefined ? {} : { seed }),
    name: form.name.trim(),
    scenario: form.scenario,
    rounds: form.rounds,
    timers: { ...PACE_TIMERS[form.pace], ...form.timers },
    bots: form.bots,
    isPublic: form.isPublic,
    allowSpectators: form.allowSpectators,
    spectatorDelaySec: form.allowSpectators ? form.spectatorDelaySec : 0,
  };
}

/** Normalises what a player types as a code: the server's alphabet is upper-case letters and digits. */
export function normaliseCode(input: string): string {
  return input.replace(/[^A-Za-z0-9]/g, '').toUpperCase().slice(0, 8);
}
