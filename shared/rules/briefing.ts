/**
 * The briefing that opens each year: the year's luck is drawn (server-only, from the match's seed)
 * and the top card of the scenario's news deck is turned over — or the card the facilitator injected.
 * A sabotaged demonstration becomes the toxic leak on stage; so does an unlucky one now and then, so a
 * failed demonstration alone proves nothing. A card that forces a model event sets that event's draw
 * to 0, so it fires whenever it can; its shocks are added at resolution.
 */
import { deckOf, EVENT_CARDS, type EventCard } from '../content/events.ts';
import { drawYear } from '../model/index.ts';
import type { YearDraws } from '../model/types.ts';
import { BALANCE } from '../content/balance.ts';
import { nextFloat, shuffle, type RngState } from '../random/rng.ts';
import type { GameEvent } from './events.ts';
import { event } from './seat-updates.ts';
import type { GameState } from './types.ts';

type Dealt = { cardId: string; deck: readonly string[]; rng: RngState };

/** Takes the top card; a long match that empties the deck reshuffles a fresh one. */
function dealTop(state: GameState, rng: RngState): Dealt {
  let deck = state.deck;
  let cur = rng;
  if (deck.length === 0) [deck, cur] = shuffle(deckOf(state.config.scenario), cur);
  return { cardId: deck[0], deck: deck.slice(1), rng: cur };
}

function forced(draws: YearDraws, card: EventCard): YearDraws {
  return card.forceEvent ? { ...draws, [card.forceEvent]: 0 } : draws;
}

/** Draws the year and the card for the round that is starting (state.round is already the new round). */
export function runBriefing(state: GameState): { state: GameState; events: GameEvent[] } {
  const [draws, afterYear] = drawYear(state.rng);
  // Drawn every year, used or not: the generator advances the same way whatever the card.
  const [mishap, afterMishap0] = nextFloat(afterYear);
  const [networkActivity, afterMishap] = nextFloat(afterMishap0);
  // An injected card replaces the draw but leaves the deck untouched, so parallel tables stay in step.
  const dealt = state.pendingCardId
    ? { cardId: state.pendingCardId, deck: state.deck, rng: afterMishap }
    : dealTop(state, afterMishap);
  let card = EVENT_CARDS[dealt.cardId];
  let sabotageArmed = state.sabotageArmed;
  if (card.failsInto && (sabotageArmed || mishap < BALANCE.demonstrationMishap)) {
    card = EVENT_CARDS[card.failsInto];
    sabotageArmed = false;
  }
  const next: GameState = {
    ...state,
    rng: dealt.rng,
    deck: dealt.deck,
    pendingCardId: null,
    sabotageArmed,
    networkActivity,
    draws: forced(draws, card),
    eventCardId: card.id,
    eventCard: { id: card.id, title: card.title, story: card.story(state.world) },
  };
  return { state: next, events: [event({ type: 'eventCardDrawn', round: state.round, cardId: card.id })] };
}
