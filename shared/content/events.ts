/**
 * Briefing cards: the news that opens each year. Every scenario has its own deck, shuffled with the
 * match's seed, so parallel classroom tables with one seed face the same news. A card tells a story
 * from the city's current numbers and may force one of the model's random events or add a one-off
 * shock. A sabotaged Value Vault demonstration turns into the toxic leak on stage.
 */
import type { ModelEventId, ScenarioId, World } from '../model/types.ts';

/** The public numbers a story may quote (never the hidden byproduct intensity). */
export type StoryWorld = Pick<World, 'T' | 'K' | 'L' | 'M' | 'P' | 'H' | 'R' | 'B' | 'N' | 'c' | 'yearsLeft' | 'year'>;
export type Shocks = Readonly<{ R?: number; P?: number; T?: number }>;

export type EventCard = Readonly<{
  id: string;
  title: string;
  kind: 'demonstration' | 'incident' | 'market' | 'politics' | 'calm';
  /** A model event this card makes certain this year (its draw is set to 0). */
  forceEvent?: ModelEventId;
  shocks?: Shocks;
  /** The demonstration card a sabotage turns this card into. */
  failsInto?: string;
  story: (w: StoryWorld) => string;
}>;

const n0 = (x: number) => Math.round(x).toString();
const n1 = (x: number) => (Math.round(x * 10) / 10).toFixed(1);
const pct = (x: number) => `${Math.round(x * 100)} %`;

const CARD_LIST: readonly EventCard[] = [
  {
    id: 'vaultDemo',
    title: 'Value Vault demonstration',
    kind: 'demonstration',
    shocks: { R: 3 },
    failsInto: 'vaultDemoLeak',
    story: (w) =>
      `Crowds fill the Value Vault as the consortium pours gold recovered by nanomachines from ${n0(w.N)} kt of scrap. ` +
      `Public trust stands at ${n0(w.R)}; the mayor wants a photo.`,
  },
  {
    id: 'vaultDemoLeak',
    title: 'Toxic leak on stage at the Value Vault demonstration',
    kind: 'demonstration',
    forceEvent: 'toxicLeak',
    shocks: { R: -4 },
    story: (w) =>
      `Live on air, a nanomachine tank cracks open at the Value Vault. Grey vapour drifts over the front rows; ` +
      `the city's toxic load was already ${n0(w.P)} TU.`,
  },
  {
    id: 'smugglingExpose',
    title: 'Smuggling exposé',
    kind: 'incident',
    forceEvent: 'scandal',
    story: (w) =>
      `Reporters hid GPS trackers in old laptops dropped at city collection points. Several surfaced at a port abroad. ` +
      `The black market can move ${n1(w.B)} kt a year.`,
  },
  {
    id: 'lobbyingPush',
    title: 'Corporate lobbying push',
    kind: 'politics',
    shocks: { T: 2, R: -2 },
    story: (w) =>
      `Recycling firms fund a city “innovation fund” (+2 M$) and flood the council with briefings. ` +
      `Critics call it buying the rules; the treasury holds ${n1(w.T)} M$.`,
  },
  {
    id: 'priceShock',
    title: 'Commodity price shock',
    kind: 'market',
    forceEvent: 'priceCrash',
    story: (w) =>
      `A major importer bans scrap shipments overnight. Recovered-material prices halve and ${n1(w.M)} kt ` +
      `already wait in the stockpile.`,
  },
  {
    id: 'metalBoom',
    title: 'Metal price boom',
    kind: 'market',
    forceEvent: 'metalBoom',
    story: (w) =>
      `Copper and gold hit record prices. Every line of the city's ${n0(w.K)} kt/yr recovery capacity runs flat out.`,
  },
  {
    id: 'stockpileFire',
    title: 'Battery fire at the stockpile',
    kind: 'incident',
    forceEvent: 'stockpileFire',
    story: (w) =>
      `A crushed lithium battery ignites ${n1(w.M)} kt of stored material. Firefighters work through the night.`,
  },
  {
    id: 'illegalDump',
    title: 'Illegal dump found',
    kind: 'incident',
    forceEvent: 'illegalDump',
    story: (w) =>
      `Hikers find drums and shredded circuit boards in a quarry outside town. ` +
      `Collection reaches only ${pct(w.c)} of the city's e-waste, plastics and textiles.`,
  },
  {
    id: 'researchPaper',
    title: 'Breakthrough paper',
    kind: 'politics',
    forceEvent: 'breakthrough',
    story: (w) =>
      `A university team publishes a cleaner nanomachine catalyst, tested on ${n0(w.N)} kt of processed scrap.`,
  },
  {
    id: 'grantWindfall',
    title: 'Regional grant',
    kind: 'politics',
    shocks: { T: 4 },
    story: (w) => `The region tops up Neo-Terra's waste budget by 4 M$; the treasury held ${n1(w.T)} M$.`,
  },
  {
    id: 'healthScare',
    title: 'Health scare near the landfill',
    kind: 'incident',
    shocks: { P: 3, R: -2 },
    story: (w) =>
      `Clinics near the landfill report more asthma in children. Public health stands at ${n0(w.H)}; ` +
      `the landfill has ${n1(w.yearsLeft)} years left.`,
  },
  {
    id: 'quietYear',
    title: 'A quiet year',
    kind: 'calm',
    story: (w) =>
      `No headlines this spring. The landfill has ${n1(w.yearsLeft)} years left and trust sits at ${n0(w.R)}.`,
  },
];

export const EVENT_CARDS: Readonly<Record<string, EventCard>> = Object.fromEntries(CARD_LIST.map((c) => [c.id, c]));

/**
 * Copies of each card in a scenario's deck (at least 12 cards: a long match never reshuffles).
 * The leak on stage is absent: only a sabotage (or the facilitator) brings it.
 */
export const DECKS: Readonly<Record<ScenarioId, Readonly<Record<string, number>>>> = {
  default: {
    vaultDemo: 3, smugglingExpose: 1, lobbyingPush: 2, priceShock: 1, metalBoom: 1, stockpileFire: 1,
    illegalDump: 1, researchPaper: 1, grantWindfall: 1, healthScare: 1, quietYear: 2,
  },
  smugglersHaven: {
    vaultDemo: 2, smugglingExpose: 2, lobbyingPush: 2, priceShock: 1, metalBoom: 2, stockpileFire: 1,
    illegalDump: 2, researchPaper: 1, grantWindfall: 1, healthScare: 1, quietYear: 1,
  },
  greenMandate: {
    vaultDemo: 2, smugglingExpose: 1, lobbyingPush: 3, priceShock: 1, metalBoom: 1, stockpileFire: 1,
    illegalDump: 1, researchPaper: 2, grantWindfall: 1, healthScare: 1, quietYear: 2,
  },
  budgetCrisis: {
    vaultDemo: 2, smugglingExpose: 1, lobbyingPush: 2, priceShock: 2, metalBoom: 1, stockpileFire: 2,
    illegalDump: 1, researchPaper: 1, grantWindfall: 2, healthScare: 1, quietYear: 1,
  },
};

/** The unshuffled deck of a scenario, in a fixed order (the seeded shuffle happens in the rules). */
export function deckOf(scenario: ScenarioId): string[] {
  const out: string[] = [];
  for (const [id, copies] of Object.entries(DECKS[scenario])) for (let i = 0; i < copies; i++) out.push(id);
  return out;
}

export function isEventCard(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(EVENT_CARDS, id);
}
