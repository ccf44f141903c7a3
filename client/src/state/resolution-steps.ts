/**
 * The story of a resolved year, in the order the table tells it: the event, the revealed votes, what
 * changed in the city and why (attribution), the deals settled, the exposures, the headlines.
 * Built from the viewer's view and the public events it received; nothing is recomputed.
 */
import type { Attribution, IndicatorId } from '@shared/model/types.ts';
import type { GameEventBody } from '@shared/rules/events.ts';
import type { Ballot, Deal, Proposal, Role } from '@shared/rules/types.ts';
import type { MatchView, RoundView } from '@shared/rules/view.ts';

export type VoteResult = Readonly<{ proposal: Proposal; ballots: Partial<Record<Role, Ballot>> }>;
export type Cause = Readonly<{ key: string; kind: 'policy' | 'event' | 'covert'; value: number }>;
export type IndicatorChange = Readonly<{ id: IndicatorId; total: number; causes: readonly Cause[] }>;
export type Exposure = Readonly<{ kind: 'exposed' | 'failed' | 'straight'; target: Role; by?: Role | 'press' }>;
export type Settlement = Readonly<{ dealId: string; from: Role; to: Role; paid: boolean; credits: number; influence: number; mine: Deal | null }>;

export type ResolutionStory = Readonly<{
  round: number;
  card: Readonly<{ title: string; story: string }> | null;
  modelEvents: readonly string[];
  votes: readonly VoteResult[];
  changes: readonly IndicatorChange[];
  settlements: readonly Settlement[];
  exposures: readonly Exposure[];
  headlines: readonly string[];
}>;

export const STORY_INDICATORS: readonly IndicatorId[] = ['sustainability', 'T', 'P', 'H', 'R', 'B', 'c', 'yearsLeft'];
const MIN_CAUSE = 0.005;

function causesOf(a: Attribution): Cause[] {
  const causes: Cause[] = Object.entries(a.policies).map(([lever, value]) => ({ key: lever, kind: 'policy' as const, value }));
  causes.push({ key: 'event', kind: 'event', value: a.event });
  if (a.covert !== 0) causes.push({ key: 'covert', kind: 'covert', value: a.covert });
  return causes.filter((c) => Math.abs(c.value) >= MIN_CAUSE).sort((x, y) => Math.abs(y.value) - Math.abs(x.value));
}

/** Attribution comes in model units; the dashboard shows the collection rate in percent. */
const DISPLAY_SCALE: Partial<Record<IndicatorId, number>> = { c: 100 };

function scaled(a: Attribution): Attribution {
  const k = DISPLAY_SCALE[a.indicator] ?? 1;
  if (k === 1) return a;
  const policies = Object.fromEntries(Object.entries(a.policies).map(([lever, v]) => [lever, v * k]));
  return { ...a, total: a.total * k, event: a.event * k, covert: a.covert * k, policies };
}

export function changesOf(record: RoundView): IndicatorChange[] {
  return STORY_INDICATORS.flatMap((id) => {
    const a = record.attribution.find((x) => x.indicator === id);
    return a ? [{ id, total: scaled(a).total, causes: causesOf(scaled(a)) }] : [];
  });
}

/** Events received for the latest resolution: everything since that phase began. */
export function eventsSinceResolution(batches: readonly { events: readonly GameEventBody[] }[], round: number): GameEventBody[] {
  const flat = batches.flatMap((b) => b.events);
  let start = -1;
  flat.forEach((e, i) => {
    if (e.type === 'phaseStarted' && e.phase === 'vote' && e.round === round) start = i;
  });
  return start < 0 ? flat.filter((e) => e.type !== 'phaseStarted') : flat.slice(start);
}

function settlementsOf(view: MatchView, events: readonly GameEventBody[], round: number): Settlement[] {
  const fromEvents = events.flatMap((e) => (e.type === 'dealSettled' ? [e] : []));
  const mine = view.deals.filter((d) => d.round === round && (d.status === 'paid' || d.status === 'refunded'));
  const byId = new Map<string, Settlement>();
  for (const e of fromEvents) byId.set(e.dealId, { ...e, mine: mine.find((d) => d.id === e.dealId) ?? null });
  for (const d of mine) {
    if (!byId.has(d.id)) byId.set(d.id, { dealId: d.id, from: d.from, to: d.to, paid: d.status === 'paid', credits: d.credits, influence: d.influence, mine: d });
  }
  return [...byId.values()];
}

function exposuresOf(view: MatchView, events: readonly GameEventBody[], round: number): Exposure[] {
  const out: Exposure[] = [];
  for (const e of events) {
    if (e.type === 'seatExposed') out.push({ kind: 'exposed', target: e.target, by: e.by });
    if (e.type === 'exposureFailed') out.push({ kind: 'failed', target: e.target, by: e.by });
    if (e.type === 'wentStraight') out.push({ kind: 'straight', target: e.by });
  }
  for (const [role, seat] of Object.entries(view.seats) as [Role, MatchView['seats'][Role]][]) {
    if (seat.exposedRound === round && !out.some((x) => x.kind === 'exposed' && x.target === role)) out.push({ kind: 'exposed', target: role });
  }
  return out;
}

export function resolutionStory(view: MatchView, batches: readonly { events: readonly GameEventBody[] }[], round = view.round): ResolutionStory | null {
  const record = view.rounds.find((r) => r.round === round);
  if (!record) return null;
  const events = eventsSinceResolution(batches, round);
  const votes = view.proposals
    .filter((p) => p.round === round && p.status !== 'tabled')
    .map((proposal) => ({ proposal, ballots: view.ballots[proposal.id]?.revealed ?? {} }));
  return {
    round,
    card: view.eventCard && view.round === round ? { title: view.eventCard.title, story: view.eventCard.story } : null,
    modelEvents: record.events,
    votes,
    changes: changesOf(record),
    settlements: settlementsOf(view, events, round),
    exposures: exposuresOf(view, events, round),
    headlines: record.headlines,
  };
}
