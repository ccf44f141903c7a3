/**
 * The guided first round: a private match against three bots at a relaxed pace, with a coach that
 * explains each phase as it comes. Which matches are tutorials is remembered per code in this browser.
 */
import type { Phase } from '@shared/rules/types.ts';
import type { CreateMatchInput } from '../net/match-session.ts';
import { PACE_TIMERS } from './match-setup.ts';

const KEY = (code: string) => `neo-terra.tutorial.${code.toUpperCase()}`;

export function markTutorial(code: string): void {
  try {
    window.localStorage.setItem(KEY(code), '1');
  } catch {
    /* storage blocked: the coach simply does not show */
  }
}

export function isTutorial(code: string): boolean {
  try {
    return window.localStorage.getItem(KEY(code)) === '1';
  } catch {
    return false;
  }
}

export function tutorialSetup(name: string): CreateMatchInput {
  return {
    name,
    scenario: 'default',
    rounds: 4,
    timers: { ...PACE_TIMERS.relaxed },
    bots: true,
    isPublic: false,
    allowSpectators: false,
    spectatorDelaySec: 0,
  };
}

export const TUTORIAL_ROLE = 'chemist' as const;

/** The coach's tip for a phase: the first round gets the full lesson, later rounds a short reminder. */
export function tutorialTipKey(phase: Phase, round: number): string {
  return round <= 1 ? `tutorial.tip.${phase}` : `tutorial.later.${phase}`;
}
