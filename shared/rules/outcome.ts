/**
 * Scoring at the end of the match. The city's sustainability index decides the collective outcome:
 * below the threshold (or after a collapse) the city has failed and only a never-exposed smuggler with
 * the Fortune agenda wins; otherwise every seat whose secret agenda is met wins.
 */
import { AGENDAS, finalSustainability, WINS_EVEN_IF_CITY_FAILS } from '../content/agendas.ts';
import { collapseCause, SUSTAINABILITY_THRESHOLD } from '../model/index.ts';
import { ROLES, type GameState, type Outcome, type Role } from './types.ts';

/** The match should end after this round: the city collapsed, or the last round was played. */
export function matchEnds(state: GameState): boolean {
  return collapseCause(state.world) !== null || state.round >= state.config.rounds;
}

export function computeOutcome(state: GameState): Outcome {
  const cause = collapseCause(state.world);
  const sustainability = finalSustainability(state);
  const citySucceeded = cause === null && sustainability >= SUSTAINABILITY_THRESHOLD;
  const agendaMet = Object.fromEntries(
    ROLES.map((r) => [r, AGENDAS[state.seats[r].agendaId].check(state)]),
  ) as Record<Role, boolean>;
  const winners = ROLES.filter(
    (r) => agendaMet[r] && (citySucceeded || WINS_EVEN_IF_CITY_FAILS.includes(state.seats[r].agendaId)),
  );
  return {
    reason: cause === null ? 'completed' : 'collapse',
    ...(cause === null ? {} : { collapseCause: cause }),
    sustainability,
    citySucceeded,
    agendaMet,
    winners,
  };
}
