/**
 * The sourced parameters of the city (model.md §3.5, plus the conventions of §3.1–3.3): how much waste the
 * city makes, what each treatment costs, how smugglers and the public react. Each entry keeps its plausible
 * range and a status flag — V verified in a primary source, S secondary summary, A a game-design assumption —
 * so the in-game "how the model works" page and the teacher's assumptions sheet can show them.
 */

export type ParamSource = 'V' | 'S' | 'A';
export type ParamSpec = Readonly<{ value: number; unit: string; min: number; max: number; source: ParamSource; note: string }>;

export const SOURCED_PARAMS = {
  // §3.1 / §3.3 conventions and exogenous drivers
  population: { value: 1_000_000, unit: 'people', min: 1_000_000, max: 1_000_000, source: 'A', note: 'Setting: a high-income city of 1,000,000 people (§3.1)' },
  households: { value: 430_000, unit: 'households', min: 430_000, max: 430_000, source: 'A', note: 'About 430,000 households (§3.1); constant (§3.12 rule 1)' },
  wastePerCapita: { value: 0.5, unit: 't/person/yr', min: 0.35, max: 0.8, source: 'V', note: 'g: Eurostat 2022 (513 kg; EU range 301–827)' },
  wasteGrowth: { value: 0.005, unit: '1/yr', min: 0, max: 0.016, source: 'A', note: 'γ: Eurostat trend; WaW 2.0 global projection (V/A)' },
  targetPerCapita: { value: 0.094, unit: 't/person/yr', min: 0.0658, max: 0.1222, source: 'V', note: 'Target-stream mix 17.6 / 60 / 16 kg/cap ±30 %: GEM 2024; WaW 2.0; EEA' },
  recycledShare0: { value: 0.47, unit: 'share', min: 0.47, max: 0.47, source: 'V', note: 'r₀, other waste recycled or composted: Eurostat 2017' },
  incineratedShare0: { value: 0.28, unit: 'share', min: 0.28, max: 0.28, source: 'V', note: 'i₀, other waste incinerated: Eurostat 2017' },
  landfillShare0: { value: 0.25, unit: 'share', min: 0.25, max: 0.25, source: 'V', note: 'ℓ₀, other waste landfilled: Eurostat 2017; the baseline of ℓ* in every scenario (§3.12 rule 3)' },
  // §3.5 table
  landfillTaxResponse: { value: 0.01, unit: 'per $/t', min: 0.005, max: 0.02, source: 'A', note: 'κ: UK landfill −75 % (2010/11→2020/21) while the rate rose ≈ $58/t gives κ ≈ 0.024; about half credited to the tax → 0.01 (derived)' },
  collectionBase: { value: 0.3, unit: 'share', min: 0.2, max: 0.45, source: 'A', note: 'c₀: mix of Europe e-waste 42.8 %, textile capture 12 % and plastics about 30 % (V/A); fixed in every scenario (§3.12 rule 3)' },
  collectionMax: { value: 0.9, unit: 'share', min: 0.8, max: 0.95, source: 'V', note: 'c_max: best deposit schemes reach 92–98 %' },
  conventionalYield: { value: 0.6, unit: 'share', min: 0.5, max: 0.7, source: 'V', note: 'y_c: OECD GPO, 40 % of collected plastic ends as residue' },
  nanoYield: { value: 0.85, unit: 'share', min: 0.75, max: 0.95, source: 'A', note: 'y_n: fiction (the nanomachine process is invented)' },
  outputPrice: { value: 1200, unit: '$/t output', min: 600, max: 1800, source: 'A', note: 'p_out: e-waste about US$2,000/t input (GEM: 28 bn / 13.8 Mt); plastics and textiles output prices assumed' },
  conventionalCost: { value: 450, unit: '$/t', min: 300, max: 725, source: 'A', note: 'k_c: e-waste treatment about US$725/t (GEM: 10 bn / 13.8 Mt); cheaper for bulk streams' },
  nanoCost0: { value: 700, unit: '$/t', min: 500, max: 1000, source: 'A', note: 'k_n0, initial nanomachine cost' },
  costProgressRatio: { value: 0.8, unit: 'ratio', min: 0.7, max: 0.9, source: 'V', note: 'PR_c: En-ROADS default progress ratio' },
  byproductProgressRatio: { value: 0.7, unit: 'ratio', min: 0.6, max: 0.9, source: 'A', note: 'PR_β, byproduct progress ratio' },
  beta0: { value: 2.0, unit: 'TU/kt', min: 0.5, max: 4, source: 'A', note: 'β₀ at N₀, HIDDEN: tuned so 50 % nanomachine use without safety roughly doubles P; each match draws it' },
  safetyCost: { value: 200, unit: '$/t at s = 1', min: 100, max: 400, source: 'A', note: 'Safety cost: containment adds 200 $/t processed at the full standard s = 1' },
  safetyEffect: { value: 0.7, unit: 'share of β cut at s = 1', min: 0.5, max: 0.9, source: 'A', note: 'Safety effect: the full standard cuts byproduct intensity β by 70 %' },
  capitalCost: { value: 1.5, unit: 'M$ per kt/yr', min: 1, max: 3, source: 'A', note: 'κ_K: capital cost of one kt/yr of recovery capacity' },
  capacityLife: { value: 15, unit: 'yr', min: 10, max: 20, source: 'A', note: 'life_K: recovery lines wear out over about 15 years' },
  collectionCost: { value: 100, unit: '$/t', min: 70, max: 150, source: 'A', note: 'c_col: collection is the largest cost item (Urban Agenda Platform); total city cost about 155–165 $/t' },
  separateCost: { value: 50, unit: '$/t', min: 30, max: 80, source: 'A', note: 'c_sep, extra cost of separate collection' },
  landfillGateFee: { value: 40, unit: '$/t', min: 25, max: 85, source: 'V', note: 'g_LF excluding tax: EREF US$56.80 (2023); WRAP £21 (2012/13)' },
  incinerationGateFee: { value: 90, unit: '$/t', min: 70, max: 140, source: 'V', note: 'g_INC: WRAP energy-from-waste median £68–111' },
  mrfGateFee: { value: 20, unit: '$/t', min: -50, max: 100, source: 'V', note: 'g_MRF: WRAP median MRF fee' },
  exportValue: { value: 300, unit: '$/t', min: 150, max: 500, source: 'A', note: 'p_exp: INTERPOL about US$500/t for e-waste; blended down for plastics and textiles (anchored)' },
  smugglingCost: { value: 150, unit: '$/t', min: 80, max: 250, source: 'A', note: 'c_smug, smuggling running cost' },
  detectionMin: { value: 0.03, unit: 'probability', min: 0.03, max: 0.03, source: 'A', note: 'd_min: low baseline detection, consistent with "only about 25 % of waste crime reported" (EA)' },
  detectionMax: { value: 0.5, unit: 'probability', min: 0.5, max: 0.5, source: 'A', note: 'd_max: the most any enforcement budget can detect (diminishing returns)' },
  enforcementScale: { value: 8, unit: 'M$', min: 8, max: 8, source: 'A', note: 'E_s: scale of diminishing returns of enforcement' },
  smugglingIntake: { value: 0.5, unit: 'share of U', min: 0.5, max: 0.5, source: 'A', note: 'i_max: calibrated so baseline smuggling is about 11 % of target streams' },
  marginMidpoint: { value: 200, unit: '$/t', min: 200, max: 200, source: 'A', note: 'm₀: margin at which half the smugglers find it worthwhile (calibrated)' },
  marginSpread: { value: 100, unit: '$/t', min: 100, max: 100, source: 'A', note: 'm_s: spread of smugglers\' risk judgement (calibrated)' },
  networkGrowth: { value: 0.8, unit: '1/yr', min: 0.8, max: 0.8, source: 'A', note: 'r_B, recruitment rate of the network' },
  networkMax: { value: 40, unit: 'kt/yr', min: 40, max: 40, source: 'A', note: 'B_max, largest network the city can host' },
  networkDecay: { value: 0.05, unit: '1/yr', min: 0.05, max: 0.05, source: 'A', note: 'δ₀, natural attrition of the network' },
  networkDetectionDecay: { value: 1.0, unit: '1/yr per detection', min: 1, max: 1, source: 'A', note: 'δ_E, attrition per unit of detection probability' },
  dumpedShare: { value: 0.3, unit: 'share of S', min: 0.1, max: 0.5, source: 'A', note: 'φ: fly-tipping statistics show local dumping is common' },
  dumpingToxicity: { value: 1.0, unit: 'TU/kt', min: 1, max: 1, source: 'A', note: 'e_d. Scale: 1 TU ≈ US$0.5 m of damage (GEM US$78 bn / 48 Mt; blended about US$460/t for target streams)' },
  leachateToxicity: { value: 0.002, unit: 'TU/kt/yr', min: 0.002, max: 0.002, source: 'A', note: 'e_L, leachate from an ageing landfill' },
  incinerationToxicity: { value: 0.01, unit: 'TU/kt', min: 0.01, max: 0.01, source: 'A', note: 'e_I, incinerator emissions' },
  toxicHalfLife: { value: 3, unit: 'rounds', min: 1.5, max: 10, source: 'A', note: 'h_P: World3 1.5 yr in 1970, rising under load; heavy metals persist longer' },
  remediationEfficiency: { value: 2, unit: 'TU per M$', min: 1, max: 4, source: 'A', note: 'ρ, remediation efficiency' },
  healthRecovery: { value: 0.25, unit: '1/yr', min: 0.25, max: 0.25, source: 'A', note: 'r_H, health recovery rate' },
  toxicHarm: { value: 0.08, unit: 'points per TU', min: 0.08, max: 0.08, source: 'A', note: 'h, health lost per unit of toxic load' },
  healthCost: { value: 0.2, unit: 'M$ per point below 100', min: 0.1, max: 0.5, source: 'A', note: 'k_H: lead alone costs 6.9 % of world GDP (World Bank 2023), mostly in lower-income countries' },
  trustBase: { value: 45, unit: '0–100', min: 35, max: 55, source: 'V', note: 'R_base: OECD 2023 trust in local government; 45 in every scenario (§3.12 rule 5)' },
  baseAllocation: { value: 70, unit: 'M$/round', min: 60, max: 75, source: 'A', note: 'A: calibrated so the baseline drifts slowly into deficit; scenarios override it' },
  debtInterest: { value: 0.05, unit: 'per round', min: 0.03, max: 0.1, source: 'A', note: 'i_debt on a negative balance' },
  depositCoverage: { value: 0.12, unit: 'share', min: 0.12, max: 0.12, source: 'A', note: 's_DRS, share of target streams covered by the deposit scheme' },
  depositReturn: { value: 0.9, unit: 'share', min: 0.9, max: 0.9, source: 'V', note: 'r_DRS: Norway 92 %, Germany > 98 %' },
  depositBaseReturn: { value: 0.45, unit: 'share', min: 0.45, max: 0.45, source: 'A', note: 'r_base, return rate before the scheme' },
} as const satisfies Record<string, ParamSpec>;
