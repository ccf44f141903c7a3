/**
 * The private agenda meter: for the viewer's secret agenda, each condition it names (a target on a city
 * indicator, a lever, a resource), where it stands now and, for a proposal under discussion, where the
 * forecast says it would be with and without it. The targets come from the agenda content itself; whether
 * an agenda is finally met is decided by the engine at the end, never here.
 */
import { AGENDAS, type AgendaTarget } from '@shared/content/agendas.ts';
import type { Forecast, LeverId } from '@shared/model/types.ts';
import type { Role } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';

export type Target = AgendaTarget;

/** The measurable conditions of each agenda variant, from the content that also judges them. */
export const AGENDA_TARGETS: Readonly<Record<string, readonly Target[]>> = Object.fromEntries(
  Object.values(AGENDAS).map((a) => [a.id, a.targets]),
);

export type MeterRow = Readonly<{
  target: Target;
  now: number | boolean | null;
  metNow: boolean | null;
  /** Forecast medians in the last forecast year, when the target is a forecast indicator. */
  withProposal?: number;
  withoutProposal?: number;
  helps?: 'toward' | 'away' | 'neutral';
}>;

const meets = (op: '>=' | '<=' | '>', v: number, target: number) => (op === '>=' ? v >= target : op === '<=' ? v <= target : v > target);

function currentValue(view: MatchView, me: Role, target: Target, sustainability: number | null): number | boolean | null {
  switch (target.kind) {
    case 'indicator':
      if (target.id === 'sustainability') return sustainability;
      if (target.id === 'yearsLeft') return view.world.yearsLeft;
      return target.id in view.world ? Number((view.world as unknown as Record<string, number>)[target.id]) : null;
    case 'lever':
      return view.levers[target.id];
    case 'resource':
      return view.seats[me][target.id] ?? null;
    case 'flag':
      if (target.id === 'smugglerExposed') return view.seats.smuggler.exposed;
      if (target.id === 'notExposed') return !view.seats[me].exposed;
      return view.seats[me].wentStraight;
  }
}

function leverColumns(target: Target, view: MatchView, change: Change | null) {
  if (target.kind !== 'lever' || !change || change.lever !== target.id) return {};
  const withoutProposal = view.levers[target.id];
  const diff = change.value - withoutProposal;
  const helps: MeterRow['helps'] = diff === 0 ? 'neutral' : diff > 0 ? 'toward' : 'away';
  return { withProposal: change.value, withoutProposal, helps };
}

function forecastColumns(target: Target, forecast: Forecast | null) {
  if (!forecast || target.kind !== 'indicator' || target.id === 'N') return {};
  const last = forecast.years - 1;
  const withProposal = forecast.withProposal[target.id][last].median;
  const withoutProposal = forecast.noChange[target.id][last].median;
  const diff = withProposal - withoutProposal;
  const wantsUp = target.op !== '<=';
  const helps: MeterRow['helps'] = Math.abs(diff) < 1e-6 ? 'neutral' : (diff > 0) === wantsUp ? 'toward' : 'away';
  return { withProposal, withoutProposal, helps };
}

type Change = Readonly<{ lever: LeverId; value: number }>;

export function agendaMeter(
  view: MatchView, me: Role, sustainability: number | null, forecast: Forecast | null = null, change: Change | null = null,
): MeterRow[] {
  const agendaId = view.seats[me].agenda?.id;
  const targets = agendaId ? AGENDA_TARGETS[agendaId] ?? [] : [];
  return targets.map((target) => {
    const now = currentValue(view, me, target, sustainability);
    const metNow = typeof now === 'boolean' ? now : now === null || target.kind === 'flag' ? null : meets(target.op, now, target.value);
    return { target, now, metNow, ...forecastColumns(target, forecast), ...leverColumns(target, view, change) };
  });
}
