/**
 * The debrief of one table: every decision the council took (each passed proposal: year, lever,
 * value, who tabled it) with how much it moved the city's final sustainability index; the few that
 * moved it most; the strokes of luck and the covert diversion, kept apart from decisions so students
 * can tell bad luck from bad policy; and the secret agendas, revealed, with whether each was met.
 * Both the class debrief and a match's results screen use it: pass a final GameState or a revealed view.
 */
import { AGENDAS } from '../content/agendas.ts';
import { NO_EVENTS, scenarioLevers, type IndicatorId, type LeverId, type ModelEventId } from '../model/index.ts';
import { ROLES, type Role } from '../rules/types.ts';
import { effectOnFinal, idleScale, recordedPlans, type DebriefSource, type IndicatorValues } from './counterfactual.ts';

export type Decision = Readonly<{
  proposalId: string;
  round: number;
  lever: LeverId;
  /** The lever's value before, and the value the council enacted. */
  from: number;
  value: number;
  by: Role;
  cosponsors: readonly Role[];
  tally: Readonly<{ yes: number; no: number; abstain: number; mobilized: number }> | null;
  /** Years the value stayed in force (until the lever changed again or the match ended). */
  yearsInForce: number;
  /** Effect on the sustainability index in its first year, as attributed when the year resolved. */
  firstYear: number;
  /** Effect on the final sustainability index: the match as it went minus the match without this decision. */
  effect: number;
  /** The same for every final indicator (T, P, H, R, B, c, yearsLeft, jobs, sustainability). */
  effects: IndicatorValues;
}>;

function valueBefore(source: DebriefSource, round: number, lever: LeverId): number {
  return round > 1 ? source.rounds[round - 2].levers[lever] : scenarioLevers(source.config.scenario)[lever];
}

/** The last round in which a decision's value was still in force: the round before the lever's next change. */
function lastRoundInForce(source: DebriefSource, round: number, lever: LeverId): number {
  const next = source.proposals.find((p) => p.status === 'passed' && p.lever === lever && p.round > round);
  const lastPlayed = source.rounds.length;
  return next ? Math.min(next.round - 1, lastPlayed) : lastPlayed;
}

function firstYearEffect(source: DebriefSource, round: number, lever: LeverId, indicator: IndicatorId = 'sustainability'): number {
  const a = source.rounds[round - 1]?.attribution.find((x) => x.indicator === indicator);
  return a?.policies[lever] ?? 0;
}

/** Every passed proposal of the match whose year was played, in the order they were decided. */
export function decisions(source: DebriefSource): Decision[] {
  const played = source.rounds.length;
  const plans = recordedPlans(source);
  return source.proposals
    .filter((p) => p.status === 'passed' && p.round <= played)
    .map((p) => {
      const from = valueBefore(source, p.round, p.lever);
      const until = lastRoundInForce(source, p.round, p.lever);
      const effects = effectOnFinal(source, p.round, (year, round) =>
        round <= until ? { ...year, levers: { ...year.levers, [p.lever]: from } } : year,
      plans);
      return {
        proposalId: p.id, round: p.round, lever: p.lever, from, value: p.value, by: p.by,
        cosponsors: [...p.cosponsors], tally: p.tally ? { ...p.tally } : null,
        yearsInForce: until - p.round + 1, firstYear: firstYearEffect(source, p.round, p.lever),
        effect: effects.sustainability, effects,
      };
    });
}

/** The `limit` decisions with the largest effect on the final index (either way), biggest first; ties go to the earlier. */
export function rankDecisions(all: readonly Decision[], limit: number): Decision[] {
  return all
    .filter((d) => Math.abs(d.effect) > 1e-9)
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect) || a.round - b.round)
    .slice(0, limit);
}

/** The decisions that moved the final sustainability index most (either way), biggest first. */
export function keyDecisions(source: DebriefSource, limit = 3): Decision[] {
  return rankDecisions(decisions(source), limit);
}

/** Something that happened to the table rather than being decided by it. */
export type Fortune = Readonly<{
  round: number;
  kind: 'events' | 'covert';
  /** The model events that fired and the briefing card of the year (kind 'events'). */
  events: readonly ModelEventId[];
  cardId: string | null;
  /** Effect on the final sustainability index: the match as it went minus the match without it. */
  effect: number;
  effects: IndicatorValues;
}>;

/**
 * The years' luck (events and briefing-card shocks) and the smuggler's diversions, each with its
 * effect on the final outcome, biggest first. Diversions appear only where they are known (a final
 * state, or a revealed view).
 */
export function fortunes(source: DebriefSource): Fortune[] {
  const out: Fortune[] = [];
  const plans = recordedPlans(source);
  for (const r of source.rounds) {
    const effects = effectOnFinal(source, r.round, (year, round) =>
      round === r.round ? { ...year, draws: NO_EVENTS, modifiers: { ...year.modifiers, shocks: {} } } : year,
    plans);
    if (r.events.length > 0 || Math.abs(effects.sustainability) > 1e-9) {
      out.push({ round: r.round, kind: 'events', events: [...r.events], cardId: r.eventCardId, effect: effects.sustainability, effects });
    }
  }
  for (const c of source.seats.smuggler.covertLog ?? []) {
    // What the diversion did needs the year's recorded network activity: known once inputs are revealed.
    if (c.kind !== 'divert' || !source.rounds[c.round - 1]?.inputs) continue;
    const effects = effectOnFinal(source, c.round, (year, round) =>
      round === c.round ? { ...year, modifiers: { ...year.modifiers, smugglingScale: idleScale(year.modifiers, true) } } : year,
    plans);
    out.push({ round: c.round, kind: 'covert', events: [], cardId: null, effect: effects.sustainability, effects });
  }
  return out.sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect) || a.round - b.round);
}

export type AgendaResult = Readonly<{
  role: Role;
  name: string;
  agendaId: string | null;
  title: string | null;
  text: string | null;
  /** Null while the match has no outcome (the session ended before its last round). */
  met: boolean | null;
  winner: boolean;
  exposed: boolean;
}>;

/** Every seat's secret agenda, revealed, and whether it was met. */
export function agendaResults(source: DebriefSource): AgendaResult[] {
  return ROLES.map((role) => {
    const seat = source.seats[role];
    const id = seat.agendaId ?? seat.agenda?.id ?? null;
    const agenda = id ? AGENDAS[id] : undefined;
    return {
      role, name: seat.name, agendaId: id,
      title: agenda?.title ?? seat.agenda?.title ?? null,
      text: agenda?.text ?? seat.agenda?.text ?? null,
      met: source.outcome ? source.outcome.agendaMet[role] : null,
      winner: source.outcome?.winners.includes(role) ?? false,
      exposed: seat.exposed,
    };
  });
}
