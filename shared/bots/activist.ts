/**
 * The activist bot (Akira). It watches the one seat that can act covertly, the smuggler: it
 * investigates quietly until it has caught the smuggler once, then goes public and exposes them (a
 * wrong accusation costs standing). When the smuggler is out of the game's shadows, or a vote matters
 * a great deal to its agenda, it mobilizes its supporters for one extra vote instead.
 */
import { BALANCE } from '../content/balance.ts';
import type { RoleAction } from '../rules/types.ts';
import { dice, proposalGain, proposalsThisRound, type BotContext } from './context.ts';
import type { RoleBot } from './role-bot.ts';

/** Gain in utility for which mobilizing beats investigating. */
const MOBILIZE_GAIN = 0.05;
/** An Accountability activist sometimes accuses on suspicion alone, once the smuggler was caught before. */
const SUSPICION_EXPOSE = 0.35;

function smugglerInPlay(ctx: BotContext): boolean {
  const s = ctx.view.seats.smuggler;
  return !s.exposed && !s.wentStraight;
}

function shouldExpose(ctx: BotContext): boolean {
  const found = (ctx.me.intel ?? []).filter((i) => i.kind === 'investigation' && i.target === 'smuggler');
  if (found.length === 0) return false;
  const last = found[found.length - 1];
  const caughtBefore = found.some((i) => i.kind === 'investigation' && i.tookCovertAction);
  const rand = dice(ctx, 'expose');
  if (last.kind === 'investigation' && last.tookCovertAction) return rand() < 0.85;
  return ctx.goal.agendaId === 'activistAccountability' && caughtBefore && rand() < SUSPICION_EXPOSE;
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
