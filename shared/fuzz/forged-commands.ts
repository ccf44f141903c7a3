/**
 * Commands no room would ever build, handed straight to `reduce`: an actor that is not a seat (a
 * spectator, a prototype name), a time that is not a number, an unknown kind of command or of
 * intent. The engine is the last line of defence and must refuse them all without throwing.
 */
import type { Command } from '../rules/commands.ts';
import { ROLES, type GameState } from '../rules/types.ts';
import type { Rand } from './fuzz-random.ts';

export type Forged = Readonly<{ command: Command; how: string }>;

export function forgedCommand(rand: Rand, state: GameState, at: number): Forged {
  const chat = { type: 'chat', text: 'forged' } as const;
  const forge = (command: unknown, how: string): Forged => ({ command: command as Command, how });
  switch (rand.int(0, 5)) {
    case 0: {
      const actor = rand.pick<unknown>(['spectator', '__proto__', 'toString', 'constructor', '', 'CHEMIST', null, 3]);
      return forge({ kind: 'intent', actor, at, intent: chat }, `actor ${String(actor)}`);
    }
    case 1: {
      const when = rand.pick<unknown>([Number.NaN, Number.POSITIVE_INFINITY, '5', null, undefined]);
      return forge({ kind: 'intent', actor: rand.pick(ROLES), at: when, intent: chat }, `at ${String(when)}`);
    }
    case 2: return forge({ kind: rand.pick(['admin', '', 'INTENT', '__proto__']), at, actor: 'chemist', intent: chat }, 'unknown kind');
    case 3: {
      const type = rand.pick(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'launch']);
      return forge({ kind: 'intent', actor: rand.pick(ROLES), at, intent: { type } }, `intent type ${type}`);
    }
    case 4: return forge({ kind: 'intent', actor: rand.pick(ROLES), at, intent: rand.pick([null, undefined, 7, 'chat']) }, 'intent not an object');
    default: {
      const type = rand.pick(['toString', '__proto__', 'grantCredits', '']);
      return forge({ kind: 'system', at, event: { type } }, `system ${type} in ${state.phase}`);
    }
  }
}
