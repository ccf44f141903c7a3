/**
 * The scoreboard of a fuzzing run: how many messages of each category were sent and what became of
 * them (refused by the contract, refused by the rules, accepted), which refusal codes came back,
 * and every crash, broken invariant and unexplained change, counted, with the first few described
 * in a sentence naming the message and the seed that caused it.
 */
export type Outcome = 'contractRefused' | 'rulesRefused' | 'accepted';
export type CategoryTally = { sent: number; contractRefused: number; rulesRefused: number; accepted: number };

/**
 * crashes: an exception escaped the contract or the engine. violations: a state broke a written
 * invariant, or differed from the replay of its log. unexplained: a message was accepted that had
 * to be refused, or a refusal changed the state.
 */
export const PROBLEMS = ['crashes', 'violations', 'unexplained'] as const;
export type Problem = (typeof PROBLEMS)[number];

export type FuzzTally = {
  messages: number;
  byCategory: Record<string, CategoryTally>;
  refusalCodes: Record<string, number>;
  counts: Record<Problem, number>;
  examples: Record<Problem, string[]>;
};

/** Sentences kept per kind of problem (the counts keep growing past it). */
const KEEP = 30;

export function emptyTally(): FuzzTally {
  return {
    messages: 0, byCategory: {}, refusalCodes: {},
    counts: { crashes: 0, violations: 0, unexplained: 0 },
    examples: { crashes: [], violations: [], unexplained: [] },
  };
}

export function countMessage(t: FuzzTally, category: string, outcome: Outcome, code?: string): void {
  t.messages += 1;
  const c = (t.byCategory[category] ??= { sent: 0, contractRefused: 0, rulesRefused: 0, accepted: 0 });
  c.sent += 1;
  c[outcome] += 1;
  if (code !== undefined) t.refusalCodes[code] = (t.refusalCodes[code] ?? 0) + 1;
}

export function report(t: FuzzTally, problem: Problem, sentence: string): void {
  t.counts[problem] += 1;
  if (t.examples[problem].length < KEEP) t.examples[problem].push(sentence);
}

/** Adds `b` into `a` (for runs split over several matches). */
export function mergeTally(a: FuzzTally, b: FuzzTally): FuzzTally {
  a.messages += b.messages;
  for (const [k, v] of Object.entries(b.byCategory)) {
    const c = (a.byCategory[k] ??= { sent: 0, contractRefused: 0, rulesRefused: 0, accepted: 0 });
    c.sent += v.sent;
    c.contractRefused += v.contractRefused;
    c.rulesRefused += v.rulesRefused;
    c.accepted += v.accepted;
  }
  for (const [k, v] of Object.entries(b.refusalCodes)) a.refusalCodes[k] = (a.refusalCodes[k] ?? 0) + v;
  for (const p of PROBLEMS) {
    a.counts[p] += b.counts[p];
    for (const s of b.examples[p]) if (a.examples[p].length < KEEP) a.examples[p].push(s);
  }
  return a;
}

export function hasProblems(t: FuzzTally): boolean {
  return PROBLEMS.some((p) => t.counts[p] > 0);
}
