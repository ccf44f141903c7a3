/**
 * The engineer bot (Leo). Each year it retrofits the build or containment policy in force that does
 * most for its agenda: capacity for a scale-up, containment for safety, clean-up otherwise.
 */
import { POLICIES } from '../content/policies.ts';
import type { LeverId } from '../model/types.ts';
import type { RoleAction } from '../rules/types.ts';
import type { BotContext } from './context.ts';
import type { RoleBot } from './role-bot.ts';

const PREFERENCES: Readonly<Record<string, readonly LeverId[]>> = {
  engineerScaleUp: ['capacityGrant', 'recoverySubsidy', 'enforcement', 'remediation', 'safety'],
  engineerSafeByDesign: ['safety', 'remediation', 'capacityGrant', 'enforcement', 'recoverySubsidy'],
  default: ['remediation', 'safety', 'enforcement', 'capacityGrant', 'recoverySubsidy'],
};

export const engineerBot: RoleBot = {
  act(ctx: BotContext): RoleAction {
    const order = PREFERENCES[ctx.goal.agendaId] ?? PREFERENCES.default;
    // A retrofit improves a policy that is in force: a lever at zero has nothing to improve.
    const lever = order.find((l) => POLICIES[l].retrofittable && ctx.view.levers[l] > 0);
    return lever ? { kind: 'retrofit', lever } : { kind: 'pass' };
  },
};
