/**
 * The constants written into the equations of model.md §3.4 and the event table of §3.8: how fast habits
 * change, how trust reacts, what a price crash or a toxic leak does. They are design choices (status A unless
 * the text anchors them), kept in the same parameter table as the sourced figures so nothing is hidden in code.
 */
import type { ParamSpec } from './params-sourced.ts';

export const EQUATION_PARAMS = {
  // (a) collection
  eprCollectionGain: { value: 0.25, unit: 'share', min: 0.25, max: 0.25, source: 'A', note: 'Δ_EPR = 0.25 × f/(f + 100): most a fee can add to collection (§3.4 a)' },
  eprHalfFee: { value: 100, unit: '$/t', min: 100, max: 100, source: 'A', note: 'EPR fee giving half the largest effect (§3.4 a)' },
  campaignCollection: { value: 0.03, unit: 'share per M$', min: 0.03, max: 0.03, source: 'A', note: 'Δ_camp: collection +3 points per M$ (§3.4 a)' },
  campaignCap: { value: 3, unit: 'M$', min: 3, max: 3, source: 'A', note: 'Campaign spending beyond 3 M$ adds nothing to collection or trust (§3.4 a, h)' },
  collectionTrustBase: { value: 0.8, unit: 'factor', min: 0.8, max: 0.8, source: 'A', note: 'c* multiplier at zero trust: (0.8 + 0.4 × R/100) (§3.4 a)' },
  collectionTrustSlope: { value: 0.4, unit: 'factor', min: 0.4, max: 0.4, source: 'A', note: 'c* multiplier gain from full trust (§3.4 a)' },
  habitSmoothing: { value: 0.5, unit: 'share per round', min: 0.5, max: 0.5, source: 'A', note: 'Collection and landfill habits move half-way to their target each round (§3.4 a, d)' },
  // (b) smuggling
  clearingCost: { value: 0.25, unit: 'M$ per kt caught', min: 0.25, max: 0.25, source: 'S', note: 'Clearing caught loads: Europol €160–300/t (§3.4 b)' },
  scandalNetworkCut: { value: 0.3, unit: 'share of B', min: 0.3, max: 0.3, source: 'A', note: 'A scandal that exposes the network removes 30 % of B (§3.4 b)' },
  // (c) processing and market
  nanoExperience0: { value: 20, unit: 'kt', min: 20, max: 20, source: 'A', note: 'N₀, the starting experience of the learning curve (§3.12 rule 4)' },
  saleShare: { value: 0.9, unit: 'share of stock', min: 0.9, max: 0.9, source: 'A', note: 'θ, share of available material sold in a normal year (§3.4 c)' },
  nanoPremium: { value: 0.2, unit: 'price premium', min: 0.2, max: 0.2, source: 'A', note: 'Nanomachine output sells at 1.2 × (§3.4 c, §3.12 rule 4)' },
  holdingCost: { value: 20, unit: '$/t stored', min: 20, max: 20, source: 'A', note: 'Holding cost of the stockpile at the start of the round (§3.12 rule 4)' },
  investmentShare: { value: 0.5, unit: 'share of profit', min: 0.5, max: 0.5, source: 'A', note: 'Half of the profit after levy is reinvested (§3.4 c)' },
  rndExperience: { value: 2, unit: 'kt per M$', min: 2, max: 2, source: 'A', note: 'Each R&D M$ adds 2 kt-equivalent of experience (§3.4 c)' },
  // (d) disposal
  divertedToRecycling: { value: 0.6, unit: 'share', min: 0.6, max: 0.6, source: 'A', note: 'Waste diverted from landfill goes 60 % to recycling, 40 % to incineration (§3.4 d)' },
  landfillCapacity: { value: 1500, unit: 'kt', min: 1500, max: 1500, source: 'A', note: 'L_cap: about 10 years of life at baseline (§3.2)' },
  taxNeutralPoint: { value: 40, unit: '$/t', min: 40, max: 40, source: 'A', note: 'Landfill tax at which ℓ* = ℓ₀ (§3.4 d)' },
  scarcityMarkup: { value: 0.5, unit: 'share of gate fee', min: 0.5, max: 0.5, source: 'A', note: 'Gate fee rises up to +50 % as the landfill runs out (§3.4 d)' },
  scarcityYears: { value: 5, unit: 'yr', min: 5, max: 5, source: 'A', note: 'Years of landfill left below which scarcity bites, and trust suffers (§3.4 d, h)' },
  startLandfillFlow: { value: 132.76, unit: 'kt/yr', min: 132.76, max: 132.76, source: 'A', note: 'LF₀ before play, implied by HH₀ = 12.35 at a 40 $/t tax; gives the starting "years left" (§3.12 rules 2.4, 5)' },
  // (h) trust
  startHouseholdCost: { value: 12.35, unit: '$/household/yr', min: 12.35, max: 12.35, source: 'A', note: 'HH₀, the charge before play, in every scenario (§3.12 rule 5)' },
  trustCollectionGain: { value: 40, unit: 'points per unit of c', min: 40, max: 40, source: 'A', note: 'Visible progress in collection (§3.4 h)' },
  trustCampaignGain: { value: 1.5, unit: 'points per M$', min: 1.5, max: 1.5, source: 'A', note: 'Campaigns (§3.4 h)' },
  trustChargePenalty: { value: 0.2, unit: 'points per $/yr', min: 0.2, max: 0.2, source: 'A', note: 'New charges to households, felt at once (§3.4 h; Stockholm)' },
  trustPollutionThreshold: { value: 50, unit: 'TU', min: 50, max: 50, source: 'A', note: 'Toxic load above which pollution is visible (§3.4 h)' },
  trustPollutionPenalty: { value: 0.15, unit: 'points per TU', min: 0.15, max: 0.15, source: 'A', note: 'Visible pollution (§3.4 h)' },
  trustHealthThreshold: { value: 80, unit: 'points', min: 80, max: 80, source: 'A', note: 'Health below which people notice (§3.4 h)' },
  trustHealthPenalty: { value: 0.3, unit: 'points per point', min: 0.3, max: 0.3, source: 'A', note: 'Poor health (§3.4 h)' },
  trustDumpingPenalty: { value: 0.3, unit: 'points per kt', min: 0.3, max: 0.3, source: 'A', note: 'Local dumping φ × S (§3.4 h)' },
  trustLandfillPenalty: { value: 2, unit: 'points', min: 2, max: 2, source: 'A', note: 'A landfill crisis: fewer than 5 years left (§3.4 h)' },
  trustReversion: { value: 0.1, unit: 'share per round', min: 0.1, max: 0.1, source: 'A', note: 'Trust drifts 10 % of the way back to R_base each round (§3.4 h)' },
  // (i) jobs
  jobsCollection: { value: 0.5, unit: 'index per kt', min: 0.5, max: 0.5, source: 'A', note: 'Collection (§3.4 i)' },
  jobsDisposal: { value: 0.1, unit: 'index per kt', min: 0.1, max: 0.1, source: 'V', note: 'Landfill and incineration: ILSR; Tellus (§3.4 i)' },
  jobsProcessing: { value: 1.0, unit: 'index per kt', min: 1, max: 1, source: 'V', note: 'Sorting and processing: ILSR (§3.4 i)' },
  jobsNano: { value: 0.5, unit: 'index per kt', min: 0.5, max: 0.5, source: 'A', note: 'Automated nanomachine lines (§3.4 i)' },
  jobsRemanufacture: { value: 2.5, unit: 'index per kt', min: 2.5, max: 2.5, source: 'V', note: 'Local remanufacturing: ILSR (§3.4 i)' },
  localSalesShare: { value: 0.3, unit: 'share of sales', min: 0.3, max: 0.3, source: 'A', note: 'Share of output sold (and remanufactured) locally (§3.4 i)' },
  // "Where did the harm go?" (§4.5)
  exportHarmPerTonne: { value: 1600, unit: '$/t', min: 1600, max: 1600, source: 'S', note: 'GEM 2024 externality of undocumented e-waste, US$78 bn / 48 Mt' },
} as const satisfies Record<string, ParamSpec>;

/** §3.8: the event deck. Probabilities are per round; effects apply in the round the event fires. */
export const EVENT_PARAMS = {
  crashProbability: { value: 0.12, unit: 'per round', min: 0.12, max: 0.12, source: 'V', note: 'Price crash: six recycling-market downturns since the late 1980s; National Sword' },
  crashPriceFactor: { value: 0.5, unit: 'factor', min: 0.5, max: 0.5, source: 'V', note: 'Price × 0.5 in a crash (mixed paper US$75 → 0/t)' },
  crashSaleShare: { value: 0.35, unit: 'share of stock', min: 0.35, max: 0.35, source: 'A', note: 'Only 35 % of the stockpile sells in a crash; the stockpile builds' },
  crashRounds: { value: 2, unit: 'rounds', min: 2, max: 2, source: 'A', note: 'A crash lasts the round it fires and the next one' },
  boomProbability: { value: 0.08, unit: 'per round', min: 0.08, max: 0.08, source: 'A', note: 'Metal boom (metal price volatility)' },
  boomPriceFactor: { value: 1.4, unit: 'factor', min: 1.4, max: 1.4, source: 'A', note: 'Price × 1.4 for one round' },
  leakBase: { value: 0.03, unit: 'per round', min: 0.03, max: 0.03, source: 'A', note: 'Toxic leak 0.03 + 0.30 × ν × β/β₀: in the spirit of about 6 waste fires per million people per year (UK)' },
  leakSlope: { value: 0.3, unit: 'per round', min: 0.3, max: 0.3, source: 'A', note: 'Leak risk per unit of ν × β/β₀' },
  leakToxic: { value: 15, unit: 'TU', min: 15, max: 15, source: 'A', note: 'Leak: P +15' },
  leakTrust: { value: 10, unit: 'points', min: 10, max: 10, source: 'A', note: 'Leak: trust −10' },
  leakCleanup: { value: 5, unit: 'M$', min: 5, max: 5, source: 'A', note: 'Leak: clean-up paid by the city' },
  leakFine: { value: 2, unit: 'M$', min: 2, max: 2, source: 'A', note: 'Leak: the corporation is fined (amount not in §3.8: an assumption); paid from its profit to the city' },
  fireBase: { value: 0.04, unit: 'per round', min: 0.04, max: 0.04, source: 'V', note: 'Stockpile fire 0.04 + 0.01 × M: Eunomia, 48 % of UK waste fires from lithium-ion batteries' },
  fireSlope: { value: 0.01, unit: 'per kt stored', min: 0.01, max: 0.01, source: 'A', note: 'Fire risk grows with the stockpile' },
  fireToxic: { value: 5, unit: 'TU', min: 5, max: 5, source: 'A', note: 'Fire: P +5' },
  fireStockLeft: { value: 0.7, unit: 'share of M', min: 0.7, max: 0.7, source: 'A', note: 'Fire: 30 % of the stockpile burns' },
  fireTrust: { value: 3, unit: 'points', min: 3, max: 3, source: 'A', note: 'Fire: trust −3' },
  fireCost: { value: 1, unit: 'M$', min: 1, max: 1, source: 'A', note: 'Fire: 1 M$ to the city' },
  scandalBase: { value: 0.02, unit: 'per round', min: 0.02, max: 0.02, source: 'V', note: 'Smuggling scandal 0.02 + 0.5 × S/G_T: BAN GPS trackers; INTERPOL 2020' },
  scandalSlope: { value: 0.5, unit: 'per share smuggled', min: 0.5, max: 0.5, source: 'A', note: 'Scandal risk grows with the smuggled share' },
  scandalTrust: { value: 8, unit: 'points', min: 8, max: 8, source: 'A', note: 'Scandal: trust −8 (and B −30 %)' },
  dumpSlope: { value: 0.05, unit: 'per kt dumped', min: 0.05, max: 0.05, source: 'S', note: 'Illegal dump found min(0.5, 0.05 × dumped kt): Defra fly-tipping; Europol clean-up cost' },
  dumpMax: { value: 0.5, unit: 'per round', min: 0.5, max: 0.5, source: 'A', note: 'Largest chance of finding a dump' },
  dumpTrust: { value: 2, unit: 'points', min: 2, max: 2, source: 'A', note: 'Dump found: trust −2' },
  dumpCost: { value: 0.25, unit: 'M$', min: 0.25, max: 0.25, source: 'A', note: 'Dump found: clean-up 0.25 M$' },
  dumpToxic: { value: 2, unit: 'TU', min: 2, max: 2, source: 'A', note: 'Dump found: P +2' },
  breakthroughBase: { value: 0.05, unit: 'per round', min: 0.05, max: 0.05, source: 'A', note: 'Technology breakthrough 0.05 + 0.05 × R&D M$' },
  breakthroughSlope: { value: 0.05, unit: 'per R&D M$', min: 0.05, max: 0.05, source: 'A', note: 'R&D raises the breakthrough chance' },
  breakthroughFactor: { value: 0.5, unit: 'factor', min: 0.5, max: 0.5, source: 'A', note: 'Breakthrough: β × 0.5 from then on' },
  protestProbability: { value: 0.4, unit: 'per round', min: 0.4, max: 0.4, source: 'A', note: 'Protest 0.4 when trust is below 25 (Stockholm-type opposition); the rules freeze one lever next round' },
  protestTrust: { value: 25, unit: 'points', min: 25, max: 25, source: 'A', note: 'Trust below which protests can break out' },
} as const satisfies Record<string, ParamSpec>;
