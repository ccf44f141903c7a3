/**
 * The 13 policy levers of model.md §3.6: what the council can change, within which range, who usually
 * champions it and what it does in the model. A policy in the game sets exactly one lever; an amendment
 * proposes another value for the same lever. Values snap to `step` so proposals stay readable.
 */
import type { LeverId, Levers } from './types.ts';
import type { ParamSource } from './params-sourced.ts';

/** A council seat; mirrors ROLES in shared/rules/types.ts (the model must not import the rules). */
export type Champion = 'chemist' | 'engineer' | 'activist' | 'smuggler';

export type LeverSpec = Readonly<{
  id: LeverId;
  symbol: string;
  label: string;
  unit: string;
  min: number;
  max: number;
  step: number;
  default: number;
  source: ParamSource; // status of the real anchor (V/S) or an assumption (A)
  champion: readonly Champion[];
  effect: string;
  anchor: string;
}>;

export const LEVERS: Readonly<Record<LeverId, LeverSpec>> = {
  landfillTax: {
    id: 'landfillTax', symbol: 'τ_L', label: 'Landfill tax', unit: '$/t', min: 0, max: 160, step: 5, default: 40, source: 'V',
    champion: ['activist', 'engineer'],
    effect: 'Lowers ℓ (less landfill); raises treasury income and household cost; raises smuggling margin m',
    anchor: 'UK £7 → £126.15/t; landfill −75 %; NAO on criminal returns',
  },
  enforcement: {
    id: 'enforcement', symbol: 'E', label: 'Enforcement budget', unit: 'M$/round', min: 0, max: 10, step: 0.5, default: 1, source: 'S',
    champion: ['activist', 'engineer'],
    effect: 'Raises d (diminishing returns); shrinks B; costs treasury',
    anchor: 'EA prosecutions and fines; "low risk, high profit" (Europol)',
  },
  fine: {
    id: 'fine', symbol: 'F', label: 'Fine level', unit: '$/t', min: 300, max: 5000, step: 100, default: 1000, source: 'A',
    champion: ['activist'],
    effect: 'Raises expected penalty d × F',
    anchor: '— (A); UK average fly-tipping court fine £526 per case (orientation only)',
  },
  eprFee: {
    id: 'eprFee', symbol: 'f_EPR', label: 'EPR fee', unit: '$/t on market', min: 0, max: 300, step: 10, default: 0, source: 'V',
    champion: ['engineer', 'activist'],
    effect: 'Raises collection; half funds the city; passed on to households',
    anchor: 'OECD: about 400 schemes; Korea +62 % recycled (with the metal-packaging counter-example)',
  },
  depositScheme: {
    id: 'depositScheme', symbol: 'DRS', label: 'Deposit-return scheme', unit: 'off/on', min: 0, max: 1, step: 1, default: 0, source: 'V',
    champion: ['activist'],
    effect: '+about 5 points of collection over 2 rounds; run by producers',
    anchor: 'Norway 92 %, Germany > 98 %',
  },
  nanoCap: {
    id: 'nanoCap', symbol: 'ν', label: 'Nanomachine licence cap', unit: 'share', min: 0, max: 0.6, step: 0.05, default: 0.1, source: 'A',
    champion: ['chemist'],
    effect: 'Higher profit and yield, learning; byproducts and leak risk',
    anchor: 'Learning curves (En-ROADS PR 0.8)',
  },
  safety: {
    id: 'safety', symbol: 's', label: 'Safety standard', unit: '0–1', min: 0, max: 1, step: 0.1, default: 0, source: 'A',
    champion: ['activist', 'engineer'],
    effect: 'Cuts β by up to 70 % at 200 $/t',
    anchor: 'DICE-style convex cost of control A',
  },
  recoverySubsidy: {
    id: 'recoverySubsidy', symbol: 'σ_sub', label: 'Recovery subsidy', unit: '$/t', min: 0, max: 200, step: 10, default: 0, source: 'A',
    champion: ['chemist'],
    effect: 'Corporate profit, investment; costs treasury',
    anchor: 'A',
  },
  capacityGrant: {
    id: 'capacityGrant', symbol: 'Grant', label: 'Capacity grant', unit: 'M$/round', min: 0, max: 20, step: 1, default: 0, source: 'A',
    champion: ['engineer'],
    effect: 'Raises K after the investment step',
    anchor: 'A',
  },
  remediation: {
    id: 'remediation', symbol: 'Rem', label: 'Remediation', unit: 'M$/round', min: 0, max: 10, step: 0.5, default: 0.5, source: 'S',
    champion: ['activist'],
    effect: 'Removes P',
    anchor: 'Europol €160–300/t clean-up',
  },
  campaign: {
    id: 'campaign', symbol: 'Camp', label: 'Public campaign / transparency', unit: 'M$/round', min: 0, max: 3, step: 0.5, default: 0, source: 'A',
    champion: ['activist', 'engineer'],
    effect: 'Collection +3 pts per M$; trust +1.5 per M$',
    anchor: 'A',
  },
  levy: {
    id: 'levy', symbol: 'λ', label: 'Levy on urban-mining profit', unit: 'share', min: 0, max: 0.4, step: 0.05, default: 0.1, source: 'A',
    champion: ['engineer'],
    effect: 'Treasury income; less reinvestment',
    anchor: 'A',
  },
  rnd: {
    id: 'rnd', symbol: 'RD', label: 'Nanomachine R&D', unit: 'M$/round', min: 0, max: 3, step: 0.5, default: 0, source: 'A',
    champion: ['chemist'],
    effect: 'Adds experience; raises breakthrough chance',
    anchor: 'A',
  },
};

/** The §3.6 defaults: the lever settings before any scenario preset. */
export const DEFAULT_LEVERS: Levers = Object.freeze(
  Object.fromEntries(Object.values(LEVERS).map((l) => [l.id, l.default])) as Record<LeverId, number>,
);

/** Clamps a proposed value into the lever's range and snaps it to the lever's step. */
export function clampLever(id: LeverId, value: number): number {
  const { min, max, step } = LEVERS[id];
  const snapped = Math.round((value - min) / step) * step + min;
  return Math.min(max, Math.max(min, Number(snapped.toFixed(6))));
}
