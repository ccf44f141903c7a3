/**
 * How bots weigh things: the few behavioural numbers tuned with the simulation (npm run simulate),
 * alongside the game's own numbers in content/balance.ts. Utilities are on the scale "1 = I surely
 * win"; a gain is the difference a decision makes to that chance.
 */
export const BOT_TUNING = {
  /** Share of a seat's stake in the city that does not depend on its own agenda (public spirit). */
  civicShare: 0.2,
  /** Weight of plain progress of the sustainability index, so a city far from its goal is still worth fighting for. */
  hope: 0.4,
  /**
   * Price of one point of influence when tabling, relative to the seat's current stake: a policy
   * must raise the seat's utility by at least cost × price × (utility + 0.05).
   */
  tablingPrice: 0.02,
  /** Least gain worth tabling at all. */
  minTablingGain: 0.004,
  /** Gain above which a bot co-sponsors a proposal, or pays for a vote on it. */
  cosponsorGain: 0.02,
  dealGain: 0.03,
  /** Below this, a bot is indifferent and abstains. */
  ballotIndifference: 0.002,
} as const;
