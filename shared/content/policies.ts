/**
 * The policy catalog: one policy per city-model lever. A seat tables a policy by naming its lever and a
 * new value; the allowed range and step come from the model's LEVERS table, the influence it costs to
 * table from BALANCE. `retrofittable` marks the build and containment policies the engineer can improve.
 */
import type { LeverId } from '../model/types.ts';
import { BALANCE } from './balance.ts';

export type PolicyContent = Readonly<{
  lever: LeverId;
  title: string;
  description: string;
  influenceCost: number;
  retrofittable: boolean;
}>;

type Text = Readonly<{ title: string; description: string; retrofittable: boolean }>;

const TEXT: Readonly<Record<LeverId, Text>> = {
  landfillTax: {
    title: 'Landfill tax',
    description: 'A charge per tonne landfilled. Less landfill and more income, but a wider margin for smugglers.',
    retrofittable: false,
  },
  enforcement: {
    title: 'Enforcement budget',
    description: 'Inspectors and GPS trackers. Catches more smuggling, with diminishing returns, at a cost.',
    retrofittable: true,
  },
  fine: { title: 'Fine level', description: 'What a caught smuggler pays per tonne.', retrofittable: false },
  eprFee: {
    title: 'Producer responsibility fee',
    description: 'Producers pay per tonne they put on the market: more collection, half of it funds the city.',
    retrofittable: false,
  },
  depositScheme: {
    title: 'Deposit-return scheme',
    description: 'A refundable deposit on devices and packaging: collection rises over two years.',
    retrofittable: false,
  },
  nanoCap: {
    title: 'Nanomachine licence cap',
    description: 'The share of processing the nanomachines may take: higher yield and learning, more byproducts.',
    retrofittable: false,
  },
  safety: {
    title: 'Safety standard',
    description: 'Required containment on nanomachine lines: cuts toxic byproducts by up to 70 %, costs per tonne.',
    retrofittable: true,
  },
  recoverySubsidy: {
    title: 'Recovery subsidy',
    description: 'The city pays recyclers per tonne processed: profit and investment, paid by the treasury.',
    retrofittable: true,
  },
  capacityGrant: {
    title: 'Capacity grant',
    description: 'City money for new recovery lines.',
    retrofittable: true,
  },
  remediation: {
    title: 'Remediation',
    description: 'Clean-up crews that remove toxic load from soil and water.',
    retrofittable: true,
  },
  campaign: {
    title: 'Public campaign',
    description: 'Information and transparency: more collection and more trust.',
    retrofittable: false,
  },
  levy: {
    title: 'Urban-mining levy',
    description: 'A share of recyclers’ profit goes to the city: income now, less reinvestment.',
    retrofittable: false,
  },
  rnd: {
    title: 'Nanomachine R&D',
    description: 'Research money: faster learning and a better chance of a breakthrough.',
    retrofittable: false,
  },
};

export const POLICIES: Readonly<Record<LeverId, PolicyContent>> = Object.fromEntries(
  (Object.keys(TEXT) as LeverId[]).map((lever) => [
    lever,
    { lever, ...TEXT[lever], influenceCost: BALANCE.policyCost[lever] },
  ]),
) as Record<LeverId, PolicyContent>;

export function isPolicyLever(lever: string): lever is LeverId {
  return Object.prototype.hasOwnProperty.call(POLICIES, lever);
}
