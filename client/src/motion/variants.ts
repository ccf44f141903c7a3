/**
 * Motion for the game's events, keyed by what happened: a revealed step slides in, a passed proposal
 * flips green, a failed one shakes, a changing indicator sweeps its bar. Used with MotionConfig
 * reducedMotion="user", so players who ask for less motion get instant changes.
 */
import type { Transition, Variants } from 'framer-motion';

export const STEP_INTERVAL_MS = 1600;

export const revealStep: Variants = {
  hidden: { opacity: 0, y: 16 },
  shown: { opacity: 1, y: 0, transition: { duration: 0.4, ease: 'easeOut', staggerChildren: 0.08 } },
};

export const revealItem: Variants = {
  hidden: { opacity: 0, x: -8 },
  shown: { opacity: 1, x: 0, transition: { duration: 0.3 } },
};

/** A vote result: passed proposals flip in, failed ones give a small shake. */
export const voteResult = (passed: boolean): Variants => ({
  hidden: { opacity: 0, rotateX: passed ? 90 : 0, x: 0 },
  shown: passed
    ? { opacity: 1, rotateX: 0, transition: { duration: 0.5 } }
    : { opacity: 1, x: [0, -6, 6, -3, 0], transition: { duration: 0.5 } },
});

/** An attribution bar sweeping to its share of the change. */
export const barSweep = (widthPercent: number): Variants => ({
  hidden: { width: '0%' },
  shown: { width: `${widthPercent}%`, transition: { duration: 0.6, ease: 'easeOut' } satisfies Transition },
});
