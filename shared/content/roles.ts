/**
 * The four seats of the recycling council: who sits there, what everyone knows about them, what their
 * once-a-year ability does, and what they start with. Roles are public; agendas are not (agendas.ts).
 */
import type { Resources, Role } from '../rules/types.ts';
import { BALANCE } from './balance.ts';

export type RoleAbility = Readonly<{ kind: string; title: string; text: string; covert: boolean }>;

export type RoleContent = Readonly<{
  role: Role;
  character: string;
  title: string;
  description: string;
  abilities: readonly RoleAbility[];
  start: Resources;
}>;

export const ROLE_CONTENT: Readonly<Record<Role, RoleContent>> = {
  chemist: {
    role: 'chemist',
    character: 'Dr. Elara Kint',
    title: 'Lead researcher',
    description: 'Runs the nanomachine lab. Knows the process better than anyone, and wants it to prove itself.',
    abilities: [
      {
        kind: 'assay',
        title: 'Lab assay',
        text: 'Measure the true toxic-byproduct rate of the nanomachines within a tight band. You may publish it.',
        covert: false,
      },
    ],
    start: BALANCE.start.chemist,
  },
  engineer: {
    role: 'engineer',
    character: 'Leo',
    title: 'Nanomachine designer',
    description: 'Builds the city’s recovery lines. Thinks in capacity, budgets and containment.',
    abilities: [
      {
        kind: 'retrofit',
        title: 'Retrofit',
        text: 'Pick one build or containment policy: this year it costs less or works better.',
        covert: false,
      },
    ],
    start: BALANCE.start.engineer,
  },
  activist: {
    role: 'activist',
    character: 'Akira',
    title: 'Environmental campaigner',
    description: 'Speaks for the neighbourhoods next to the plants and dumps. Watches everyone.',
    abilities: [
      {
        kind: 'investigate',
        title: 'Investigate',
        text: 'Learn privately whether a seat took a covert action last year; you may expose it (it costs you standing if you are wrong).',
        covert: false,
      },
      {
        kind: 'mobilize',
        title: 'Mobilize',
        text: 'During the vote, add one extra public vote on a proposal (costs influence). This is your action for the year.',
        covert: false,
      },
    ],
    start: BALANCE.start.activist,
  },
  smuggler: {
    role: 'smuggler',
    character: 'Jax',
    title: 'Waste trader',
    description: 'Moves waste for whoever pays. Rich, well connected, and not entirely legal.',
    abilities: [
      { kind: 'divert', title: 'Divert', text: 'Secretly sell waste on the black market for credits. The pollution goes elsewhere.', covert: true },
      { kind: 'bribe', title: 'Bribe', text: 'Secretly transfer credits to another seat.', covert: true },
      { kind: 'sabotage', title: 'Sabotage', text: 'Make the next public demonstration fail.', covert: true },
      {
        kind: 'goStraight',
        title: 'Go straight',
        text: 'Publicly leave the trade for good. You can never take a covert action again.',
        covert: false,
      },
    ],
    start: BALANCE.start.smuggler,
  },
};

/** Display name a bot uses when it fills a seat. */
export function botName(role: Role): string {
  return `${ROLE_CONTENT[role].character} (bot)`;
}
