/**
 * The debrief: how the match ended, every seat's revealed agenda and whether it was met, and the
 * decisions (and strokes of luck) that moved the city's sustainability the most, read from the
 * attribution the engine recorded each round.
 */
import { SUSTAINABILITY_THRESHOLD } from '@shared/model/indicators.ts';
import type { IndicatorId, LeverId } from '@shared/model/types.ts';
import { ROLES, type Proposal, type Role } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';

export { SUSTAINABILITY_THRESHOLD };

export type SeatResult = Readonly<{ role: Role; name: string; agendaTitle: string | null; agendaText: string | null; met: boolean; winner: boolean; exposed: boolean }>;

export function seatResults(view: MatchView): SeatResult[] {
  const outcome = view.outcome;
  return ROLES.map((role) => {
    const seat = view.seats[role];
    return {
      role,
      name: seat.name,
      agendaTitle: seat.agenda?.title ?? null,
      agendaText: seat.agenda?.text ?? null,
      met: outcome?.agendaMet[role] ?? seat.agenda?.met ?? false,
      winner: outcome?.winners.includes(role) ?? false,
      exposed: seat.exposed,
    };
  });
}

export type Decision = Readonly<{
  round: number;
  kind: 'policy' | 'event' | 'covert';
  lever?: LeverId;
  proposal?: Proposal;
  events?: readonly string[];
  effect: number;
}>;

/** The largest one-year effects on an indicator across the match, biggest first. */
export function keyDecisions(view: Pick<MatchView, 'rounds' | 'proposals'>, indicator: IndicatorId = 'sustainability', limit = 6): Decision[] {
  const out: Decision[] = [];
  for (const record of view.rounds) {
    const a = record.attribution.find((x) => x.indicator === indicator);
    if (!a) continue;
    for (const [lever, effect] of Object.entries(a.policies)) {
      const proposal = view.proposals.find((p) => p.round === record.round && p.lever === lever && p.status === 'passed');
      out.push({ round: record.round, kind: 'policy', lever: lever as LeverId, proposal, effect });
    }
    if (record.events.length > 0) out.push({ round: record.round, kind: 'event', events: record.events, effect: a.event });
    if (a.covert !== 0) out.push({ round: record.round, kind: 'covert', effect: a.covert });
  }
  return out.filter((d) => Math.abs(d.effect) > 0.01).sort((x, y) => Math.abs(y.effect) - Math.abs(x.effect)).slice(0, limit);
}

export function covertActions(view: MatchView) {
  return ROLES.flatMap((role) => (view.seats[role].covertLog ?? []).map((c) => ({ role, ...c })));
}
