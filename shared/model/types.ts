/**
 * Types of the city model (model.md §3). The model is a pure system-dynamics step of one year:
 * `step(world, levers, draws, modifiers)` -> next world + this year's flows. Everything here is plain data so it
 * can be stored in the game state, sent in views (the public part) and re-run for forecasts.
 */

export const SCENARIO_IDS = ['default', 'smugglersHaven', 'greenMandate', 'budgetCrisis'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** The 13 policy levers of model.md §3.6. A policy in the game changes exactly one lever. */
export const LEVER_IDS = [
  'landfillTax', // τ_L $/t
  'enforcement', // E M$/round
  'fine', // F $/t
  'eprFee', // f_EPR $/t on market
  'depositScheme', // 0 = off, 1 = on
  'nanoCap', // ν share 0–0.6
  'safety', // s 0–1
  'recoverySubsidy', // σ_sub $/t
  'capacityGrant', // M$/round
  'remediation', // M$/round
  'campaign', // M$/round
  'levy', // λ share 0–0.4
  'rnd', // nanomachine R&D M$/round
] as const;
export type LeverId = (typeof LEVER_IDS)[number];
export type Levers = Readonly<Record<LeverId, number>>;

/** The nine stocks of §3.2 plus the smoothed auxiliaries and the memory the next step needs. */
export type World = Readonly<{
  scenario: ScenarioId; // selects the scenario's parameter overrides (p_exp, p_out, A…)
  year: number; // completed rounds (t); round r uses growth (1+γ)^(r−1)
  T: number; // treasury M$
  K: number; // recovery capacity kt/yr
  L: number; // landfill used kt
  M: number; // recovered-material stockpile kt
  P: number; // toxic load TU
  H: number; // public health 0–100
  R: number; // public trust 0–100
  B: number; // black-market capacity kt/yr
  N: number; // nanomachine experience kt
  c: number; // collection rate (smoothed)
  ell: number; // landfill share of other waste (smoothed)
  prevHH: number; // household cost of charges last round $/yr
  yearsLeft: number; // landfill years left reported at the end of last round
  crashRoundsLeft: number; // rounds of an ongoing price crash still to run
  betaMultiplier: number; // cumulative effect of technology breakthroughs on β (1 = none)
  beta0: number; // HIDDEN: true byproduct intensity at N₀ (TU/kt); drawn from its range at match start
  cumulativeProfit: number; // corporate profit summed over rounds, M$
  cumulativeSmugglerIncome: number; // Π_S summed over rounds, M$
  exportedHarm: number; // kt exported so far ("where did the harm go?")
  jobs: number; // jobs index of the last year (before round 1: what the starting city's settings give)
  smuggledShare: number; // S / G_T of the last year (same convention), so a year's change can be measured
}>;

/** Non-lever inputs of one year: covert actions and role abilities, resolved by the rules. */
export type StepModifiers = Readonly<{
  smugglingScale: number; // 0.5 (network runs without the smuggler) … 1.0 (smuggler diverts actively)
  scandalExposesNetwork: boolean; // set by the rules when a scandal fires; B −30 %
  retrofit: LeverId | null; // engineer's retrofit: that build/containment lever works better this year
  /** One-off changes from briefing cards and demonstrations, added to trust, toxic load and treasury after the step. */
  shocks: Readonly<{ R?: number; P?: number; T?: number }>;
}>;

/**
 * Pre-drawn uniform numbers in [0,1) for one year, one per random event check (§3.8). Passing the same
 * draws re-runs a year with the same luck: that is how baselines and attribution stay comparable.
 */
export type YearDraws = Readonly<{
  priceCrash: number;
  metalBoom: number;
  toxicLeak: number;
  stockpileFire: number;
  scandal: number;
  illegalDump: number;
  breakthrough: number;
  protest: number;
}>;
export const EVENT_DRAW_KEYS = [
  'priceCrash', 'metalBoom', 'toxicLeak', 'stockpileFire', 'scandal', 'illegalDump', 'breakthrough', 'protest',
] as const satisfies readonly (keyof YearDraws)[];

/** Model events of §3.8 that can fire in a year. `NO_EVENTS` draws (all 1) fire none. */
export type ModelEventId = (typeof EVENT_DRAW_KEYS)[number];

/** This year's flows and derived indicators (reported, charted, exported). */
export type Flows = Readonly<{
  G: number; GT: number; GO: number; // waste generated kt
  C: number; U: number; S: number; dumped: number; exported: number; // collection and smuggling kt
  Q: number; Qn: number; Y: number; sales: number; // processing kt
  LF: number; INC: number; MRF: number; // disposal kt
  d: number; margin: number; sigma: number; // detection, smuggler margin $/t, attractiveness
  beta: number; // byproduct intensity this year
  profit: number; levy: number; investment: number; // corporate M$
  smugglerIncome: number; // Π_S M$
  fines: number; // M$ paid to the treasury
  HH: number; // household cost of charges $/yr
  jobs: number;
  smuggledShare: number; // S / G_T
  yearsLeft: number; // landfill years left after this year
  events: ModelEventId[]; // events that fired this year, in a fixed order
}>;

export type StepResult = Readonly<{ world: World; flows: Flows }>;

/** The indicators a forecast or attribution reports. */
export const INDICATOR_IDS = ['T', 'P', 'H', 'R', 'B', 'c', 'yearsLeft', 'jobs', 'sustainability'] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** What a viewer knows of the hidden byproduct intensity β₀: a range to sample from. */
export type Knowledge = Readonly<{ beta0Min: number; beta0Max: number }>;

export type Band = Readonly<{ p10: number; median: number; p90: number }>;
/** Per indicator, one band per future year (3 years), with the proposal and with "no change". */
export type Forecast = Readonly<{
  years: number;
  runs: number;
  withProposal: Readonly<Record<IndicatorId, Band[]>>;
  noChange: Readonly<Record<IndicatorId, Band[]>>;
}>;

/** How much of one indicator's change came from each cause (one-at-a-time re-runs, same draws). */
export type Attribution = Readonly<{
  indicator: IndicatorId;
  total: number; // actual change this year
  policies: Readonly<Record<string, number>>; // by lever id of each enacted change
  event: number; // effect of the year's events vs the same year with none
  covert: number; // effect of covert actions (smuggling scale) vs none
}>;
