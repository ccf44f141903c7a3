/**
 * A seeded random walk through whole matches: at each step a random seat tries a random intent of the
 * current phase (legal or not) or the room sends a system command. Only accepted commands go into the
 * log, so the log replays; every state is deep-frozen before it is reduced, so any mutation throws.
 * Whispers carry unique markers so leak tests can look for them.
 */
import { LEVER_IDS } from '@shared/model/types.ts';
import { makeSampler } from '@shared/random/rng.ts';
import {
  ACTION_RULES, createGame, defaultConfig, isAllowed, reduce, ROLES,
  type Command, type GameEvent, type GameState, type MatchConfig, type Role, type RoleAction,
} from '@shared/rules/index.ts';
import { LEVERS } from '@shared/model/index.ts';
import { deepFreeze } from './builders.ts';

export type Played = {
  config: MatchConfig;
  seed: number;
  commands: Command[];
  states: GameState[]; // states[i + 1] = reduce(states[i], commands[i])
  events: GameEvent[][];
  rejected: number;
};

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

function someProposal(s: GameState, rand: Rand): string {
  const here = s.proposals.filter((p) => p.round === s.round).map((p) => p.id);
  return rand() < 0.9 && here.length > 0 ? pick(rand, here) : `p${int(rand, 1, 40)}`;
}

function someDeal(s: GameState, rand: Rand): string {
  return s.deals.length > 0 && rand() < 0.9 ? pick(rand, s.deals).id : `d${int(rand, 1, 40)}`;
}

function someAction(s: GameState, actor: Role, rand: Rand): RoleAction {
  const target = pick(rand, ROLES);
  const all: RoleAction[] = [
    { kind: 'assay', publish: rand() < 0.4 },
    { kind: 'retrofit', lever: pick(rand, LEVER_IDS) },
    { kind: 'investigate', target, expose: rand() < 0.5 },
    { kind: 'mobilize', proposalId: someProposal(s, rand), ballot: rand() < 0.5 ? 'yes' : 'no' },
    { kind: 'divert' }, { kind: 'divert' },
    { kind: 'bribe', target, credits: int(rand, 0, 25) },
    { kind: 'sabotage' },
    { kind: 'goStraight' },
    { kind: 'pass' },
  ];
  // Mostly the actor's own actions (an assay, a divert…), sometimes anything to exercise refusals.
  const own = all.filter((a) => ACTION_RULES[a.kind].roles.includes(actor));
  return pick(rand, rand() < 0.8 ? own : all);
}

/** One candidate intent body for `actor` in the current phase (may well be illegal). */
function candidate(s: GameState, actor: Role, rand: Rand, n: number): Record<string, unknown> & { type: string } {
  const lever = pick(rand, LEVER_IDS);
  const spec = LEVERS[lever];
  const value = spec.min + rand() * (spec.max - spec.min) * 1.1;
  const to = pick(rand, ROLES);
  const talk = [{ type: 'chat', text: `chat ${n}` }, { type: 'whisper', to, text: `w:${actor}>${to}:${n}` }];
  const bodies: (Record<string, unknown> & { type: string })[] = [
    ...(rand() < 0.3 ? talk : []),
    { type: 'proposePolicy', lever, value },
    { type: 'cosponsor', proposalId: someProposal(s, rand) },
    { type: 'amendProposal', proposalId: someProposal(s, rand), value },
    {
      type: 'offerDeal', to, credits: int(rand, 0, 30), influence: int(rand, 0, 3),
      condition: rand() < 0.5
        ? { kind: 'proposalPasses', proposalId: someProposal(s, rand) }
        : { kind: 'votes', proposalId: someProposal(s, rand), ballot: pick(rand, ['yes', 'no', 'abstain'] as const) },
    },
    { type: 'respondDeal', dealId: someDeal(s, rand), accept: rand() < 0.7 },
    { type: 'withdrawDeal', dealId: someDeal(s, rand) },
    { type: 'castVote', proposalId: someProposal(s, rand), ballot: pick(rand, ['yes', 'no', 'abstain'] as const) },
    { type: 'castVote', proposalId: someProposal(s, rand), ballot: pick(rand, ['yes', 'no'] as const) },
    { type: 'roleAction', action: someAction(s, actor, rand) },
    { type: 'roleAction', action: someAction(s, actor, rand) },
  ];
  if (rand() < 0.06) bodies.splice(0, bodies.length, { type: 'ready', ready: rand() < 0.85 });
  // Mostly intents the phase accepts, so matches get deep; sometimes any, to exercise refusals.
  const fitting = bodies.filter((b) => isAllowed(s.phase, b.type as never));
  const body = pick(rand, rand() < 0.85 && fitting.length > 0 ? fitting : bodies);
  const exempt = body.type === 'chat' || body.type === 'whisper' || body.type === 'ready';
  // A few stale versions, which must be refused.
  return exempt ? body : { ...body, expectedVersion: rand() < 0.03 ? s.version - 1 : s.version };
}

function systemCommand(s: GameState, rand: Rand, at: number): Command {
  const r = rand();
  if (s.phase === 'lobby') {
    const open = ROLES.filter((x) => s.seats[x].controller === 'open');
    if (open.length > 0 && r < 0.6) {
      return { kind: 'system', at, event: { type: 'seatTaken', role: pick(rand, open), name: 'Player', controller: 'human' } };
    }
    return { kind: 'system', at, event: { type: 'startMatch' } };
  }
  if (r < 0.45 && s.phaseEndsAt !== null) {
    return { kind: 'system', at: Math.max(at, s.phaseEndsAt), event: { type: 'phaseTimeout', phase: s.phase, round: s.round } };
  }
  if (r < 0.7) return { kind: 'system', at, event: { type: 'extendTimer', seconds: int(rand, 5, 30) } };
  if (r < 0.8) return { kind: 'system', at, event: { type: 'injectEvent', cardId: pick(rand, ['vaultDemo', 'smugglingExpose', 'priceShock']) } };
  if (r < 0.9) {
    return { kind: 'system', at, event: { type: 'seatController', role: pick(rand, ROLES), controller: rand() < 0.5 ? 'bot' : 'human' } };
  }
  return { kind: 'system', at, event: { type: 'phaseTimeout', phase: 'vote', round: s.round + 1 } }; // stale: refused
}

/** Plays one whole match (or stops after `maxSteps` attempts). */
export function playRandomGame(seed: number, config: MatchConfig = defaultConfig({ rounds: 4 }), maxSteps = 4000): Played {
  const rand = makeSampler(seed * 7919 + 1);
  let state = deepFreeze(createGame(config, seed));
  const played: Played = { config, seed, commands: [], states: [state], events: [], rejected: 0 };
  for (let n = 0; n < maxSteps && state.phase !== 'gameOver'; n++) {
    const at = state.now + int(rand, 0, 4000);
    const actor = pick(rand, ROLES);
    const command: Command = state.phase === 'lobby' || rand() < 0.04
      ? systemCommand(state, rand, at)
      : { kind: 'intent', actor, at, intent: candidate(state, actor, rand, n) as never };
    const result = reduce(state, command);
    if (!result.ok) {
      played.rejected++;
      continue;
    }
    state = deepFreeze(result.state);
    played.commands.push(command);
    played.states.push(state);
    played.events.push(result.events);
  }
  return played;
}
