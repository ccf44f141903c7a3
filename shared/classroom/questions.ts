/**
 * Suggested debrief questions (model.md §4.9, plus §4.8's "would you vote the same way?"). Each comes
 * with a hint drawn from the table's own match when its data has something to say, so the teacher
 * can point at that table's chart: "your tax went from $40 to $120/t while smuggling rose to 20 %".
 */
import { initialWorld, LEVERS, scenarioLevers } from '../model/index.ts';
import type { DebriefSource } from './counterfactual.ts';
import type { Decision } from './debrief.ts';

export const DISCUSSION_QUESTIONS = [
  { id: 'taxAndSmuggling', text: 'Why did smuggling grow when the tax went up?' },
  { id: 'learningCurve', text: 'Who gained from the learning curve, and who paid for it early?' },
  { id: 'delays', text: 'Which stocks kept moving after you stopped acting (delays)?' },
  { id: 'oneLever', text: 'Which single lever would you keep if only one were allowed?' },
  { id: 'realFigures', text: "How do the game's numbers compare with the real figures on the handout?" },
  { id: 'sameRole', text: 'Would you vote the same way in the same role?' },
] as const;
export type QuestionId = (typeof DISCUSSION_QUESTIONS)[number]['id'];

export type DiscussionQuestion = Readonly<{ id: QuestionId; text: string; hint: string | null }>;

const pct = (x: number) => `${Math.round(x * 100)} %`;
const n0 = (x: number) => Math.round(x).toString();

function taxHint(source: DebriefSource): string | null {
  const startTax = scenarioLevers(source.config.scenario).landfillTax;
  const tax = source.levers.landfillTax;
  if (tax <= startTax) return null;
  const before = initialWorld(source.config.scenario).smuggledShare;
  const after = source.world.smuggledShare;
  const trend = after > before + 0.005 ? `while the smuggled share rose from ${pct(before)} to ${pct(after)}` : `and the smuggled share went from ${pct(before)} to ${pct(after)}`;
  return `At your table the landfill tax went from $${n0(startTax)} to $${n0(tax)}/t ${trend}.`;
}

function learningHint(source: DebriefSource): string | null {
  const start = initialWorld(source.config.scenario).N;
  const grown = source.world.N - start;
  if (grown < 1) return null;
  return `Nanomachine experience grew from ${n0(start)} to ${n0(source.world.N)} kt; the licence cap ended at ${pct(source.levers.nanoCap)}.`;
}

/** Stocks still moving in the last year: stocks lag behind decisions, so they keep going after the votes stop. */
function delayHint(source: DebriefSource): string | null {
  const last = source.rounds[source.rounds.length - 1];
  if (!last || source.rounds.length < 2) return null;
  const before = source.rounds[source.rounds.length - 2].worldAfter;
  const moves = [
    { label: 'toxic load', d: last.worldAfter.P - before.P, unit: ' TU', min: 1 },
    { label: 'health', d: last.worldAfter.H - before.H, unit: '', min: 0.5 },
    { label: 'trust', d: last.worldAfter.R - before.R, unit: '', min: 1 },
    { label: 'black-market capacity', d: last.worldAfter.B - before.B, unit: ' kt/yr', min: 0.5 },
  ].filter((m) => Math.abs(m.d) >= m.min);
  if (moves.length === 0) return null;
  const list = moves.map((m) => `${m.label} ${m.d > 0 ? '+' : '−'}${Math.abs(m.d).toFixed(1)}${m.unit}`).join(', ');
  return `In the last year: ${list}.`;
}

function leverHint(key: readonly Decision[]): string | null {
  const top = key[0];
  if (!top) return null;
  const sign = top.effect >= 0 ? '+' : '−';
  return `Your biggest decision: ${LEVERS[top.lever].label} in year ${top.round} (${sign}${Math.abs(top.effect).toFixed(1)} on the final sustainability index).`;
}

/**
 * The questions with hints from this table. `key` are the table's key decisions (debrief.ts), passed
 * in so they are not computed twice.
 */
export function discussionQuestions(source?: DebriefSource, key: readonly Decision[] = []): DiscussionQuestion[] {
  const hints: Record<QuestionId, string | null> = source
    ? {
        taxAndSmuggling: taxHint(source), learningCurve: learningHint(source), delays: delayHint(source),
        oneLever: leverHint(key), realFigures: null, sameRole: null,
      }
    : { taxAndSmuggling: null, learningCurve: null, delays: null, oneLever: null, realFigures: null, sameRole: null };
  return DISCUSSION_QUESTIONS.map((q) => ({ id: q.id, text: q.text, hint: hints[q.id] }));
}
