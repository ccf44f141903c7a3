/**
 * The game's content: roles, secret agendas, the policy catalog, briefing cards, headline templates
 * and the balance numbers. Data and small text functions only; the rules read it, clients display it.
 */
export { BALANCE, type Balance } from './balance.ts';
export { ROLE_CONTENT, botName, type RoleAbility, type RoleContent } from './roles.ts';
export { AGENDAS, agendasOf, citySustainable, finalSustainability, WINS_EVEN_IF_CITY_FAILS, type Agenda } from './agendas.ts';
export { POLICIES, isPolicyLever, type PolicyContent } from './policies.ts';
export { DECKS, EVENT_CARDS, deckOf, isEventCard, type EventCard, type Shocks, type StoryWorld } from './events.ts';
export { EVENT_HEADLINES, MAX_HEADLINES, formatLever, writeHeadlines, type HeadlineInput } from './headlines.ts';
