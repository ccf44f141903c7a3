/**
 * The activist bot (Akira). It watches the one seat that can act covertly, the smuggler: it
 * investigates every year and accuses publicly once its findings make a covert action likely (a
 * wrong accusation costs standing). When the smuggler is out of the game's shadows, or a vote matters
 * a great deal to its agenda, it mobilizes its supporters for one extra vote instead.
 */
import { BALANCE } from '../content/balance.ts';
import type { RoleAction } from '../rules/types.ts';
import { proposalGain, proposalsThisRound, type BotContext } from './context.ts';
import type { RoleBot } from './role-bot.ts';

/** Gain in utility for which mobilizing beats investigating. */
const MOBILIZE_GAIN = 0.05;
/**
 * How sure the activist must be that the smuggler acted covertly last year before accusing: a right
 * accusation earns standing, a wrong one costs more; an Accountability agenda is worth the gamble.
 */
const EXPOSE_CONFIDENCE = { accountability: 0.2, otherwise: 0.55 } as const;

function smugglerInPlay(ctx: BotContext): boolean {
  const s = ctx.view.seats.smuggler;
  return !s.exposed && !s.wentStraight;
}

/** The activist's estimate that the smuggler acts covertly in a given year, from its own findings. */
export function covertEstimate(ctx: BotContext): number {
  const found = (ctx.me.intel ?? []).filter((i) => i.kind === 'investigation' && i.target === 'smuggler');
  const positive = found.filter((i) => i.kind === 'investigation' && i.tookCovertAction).length;
  return (positive + 1) / (found.length + 3);
}

function shouldExpose(ctx: BotContext): boolean {
  const bar = ctx.goal.agendaId === 'activistAccountability' ? EXPOSE_CONFIDENCE.accountability : EXPOSE_CONFIDENCE.otherwise;
  // An accusation needs at least one finding of its own; a hunch alone is not enough to go public.
  const caughtOnce = (ctx.me.intel ?? []).some((i) => i.kind === 'investigation' && i.tookCovertAction);
  return caughtOnce && covertEstimate(ctx) >= bar;
}

export const activistBot: RoleBot = {
  act(ctx: BotContext): RoleAction {
    if (!smugglerInPlay(ctx)) return { kind: 'pass' };
    return { kind: 'investigate', target: 'smuggler', expose: shouldExpose(ctx) };
  },
  actDuringVote(ctx: BotContext): RoleAction | null {
    if (ctx.me.hasActed || (ctx.me.influence ?? 0) < BALANCE.mobilizeCost) return null;
    // Watching the smuggler comes first while there is someone to watch and it is the agenda.
    if (smugglerInPlay(ctx) && ctx.goal.agendaId === 'activistAccountability') return null;
    let best: { id: string; gain: number } | null = null;
    for (const p of proposalsThisRound(ctx.view)) {
      const gain = proposalGain(ctx, p);
      if (Math.abs(gain) > MOBILIZE_GAIN && (!best || Math.abs(gain) > Math.abs(best.gain))) best = { id: p.id, gain };
    }
    if (!best || (smugglerInPlay(ctx) && Math.abs(best.gain) < 2 * MOBILIZE_GAIN)) return null;
    return { kind: 'mobilize', proposalId: best.id, ballot: best.gain > 0 ? 'yes' : 'no' };
  },
};
