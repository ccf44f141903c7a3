/**
 * Tie-backs to real figures (model.md §4.7): the table's own numbers printed next to the matching
 * real-world ones, so students can judge how their city compares — "Your landfill tax: $120/t. UK
 * 2025/26: £126.15/t." Every real figure names its source, taken from model.md §2.
 */
import { initialWorld, paramsFor } from '../model/index.ts';
import type { DebriefSource } from './counterfactual.ts';

export type TieBackId =
  | 'landfillTax' | 'collection' | 'depositScheme' | 'trust' | 'smuggling' | 'exportedHarm' | 'eprFee' | 'landfillLife';

export type TieBack = Readonly<{
  id: TieBackId;
  /** The table's figure, in the unit the sentence uses (%, $/t, kt, years, M$). */
  value: number;
  yours: string;
  real: string;
  source: string;
  /** `yours` and `real` as one printable line. */
  text: string;
}>;

/** Share of the target streams that is e-waste (17.6 of 93.6 kg per person, model.md §3.1): GEM's damage figure is per tonne of e-waste. */
export const E_WASTE_SHARE = 17.6 / 93.6;

const pct = (x: number) => `${Math.round(x * 100)} %`;
const n0 = (x: number) => Math.round(x).toString();
const n1 = (x: number) => (Math.round(x * 10) / 10).toFixed(1);

function tie(id: TieBackId, value: number, yours: string, real: string, source: string): TieBack {
  return { id, value, yours, real, source, text: `${yours}. ${real}.` };
}

function trustTie(source: DebriefSource): TieBack {
  const series = [initialWorld(source.config.scenario).R, ...source.rounds.map((r) => r.worldAfter.R)];
  const final = series[series.length - 1];
  const low = Math.min(...series);
  const lowAt = series.indexOf(low);
  // "Dip then recovery": trust fell a few points below where it started, then climbed back clearly.
  if (low <= series[0] - 2 && lowAt < series.length - 1 && final >= low + 3) {
    return tie('trust', final, `Your trust dipped to ${n0(low)} and then recovered to ${n0(final)}`,
      "Stockholm's congestion charge went from 36 % support to 53 % in the 2006 referendum and more than 70 % later",
      'Eliasson (KTH); Corporate Knights; CURACAO');
  }
  return tie('trust', final, `Public trust ended at ${n0(final)} out of 100`,
    'OECD average trust in local government: 45 % (2023)', 'OECD Trust Survey 2024');
}

function harmTie(source: DebriefSource): TieBack | null {
  const kt = source.world.exportedHarm;
  if (!(kt > 0)) return null;
  const damage = (kt * E_WASTE_SHARE * paramsFor(source.config.scenario).exportHarmPerTonne) / 1000; // kt × $/t ÷ 1000 = M$
  return tie('exportedHarm', damage,
    `Your city's waste smuggled abroad: ${n1(kt)} kt, about ${n1(damage)} M$ of health and environmental harm elsewhere`,
    'Undocumented e-waste does about US$1,600 of damage per tonne, US$78 bn a year worldwide', 'Global E-waste Monitor 2024');
}

/** The table's tie-backs to real figures, in a fixed order; the ones that do not apply are left out. */
export function tieBacks(source: DebriefSource): TieBack[] {
  const { levers, world } = source;
  const out: (TieBack | null)[] = [
    tie('landfillTax', levers.landfillTax, `Your landfill tax: $${n0(levers.landfillTax)}/t`,
      'UK standard rate 2025/26: £126.15/t', 'HM Treasury and HMRC; House of Commons Library'),
    tie('collection', world.c * 100, `Your collection rate: ${pct(world.c)}`,
      "Europe's documented e-waste recycling rate: 42.8 %", 'Global E-waste Monitor 2024'),
    tie('depositScheme', levers.depositScheme,
      levers.depositScheme >= 1 ? 'Your deposit-return scheme is running' : 'Your city has no deposit-return scheme',
      "Norway's deposit return: 92 % of containers come back; Germany's more than 98 %", 'Infinitum Annual Report 2020; Deutsche Umwelthilfe'),
    trustTie(source),
    tie('smuggling', world.smuggledShare * 100, `Your smuggled share: ${pct(world.smuggledShare)} of e-waste, plastics and textiles`,
      'England: 18 % of waste illegally managed at some point (2023); EU estimate: 15–30 % of the waste trade',
      'Environment Agency National Waste Crime Survey; European Commission'),
    harmTie(source),
    levers.eprFee > 0
      ? tie('eprFee', levers.eprFee, `Your EPR fee: $${n0(levers.eprFee)}/t`,
        "About 400 EPR schemes run worldwide; Korea's raised recycled volume by 62 % (2002→2012)", 'OECD, EPR: Updated Guidance (2016)')
      : null,
    tie('landfillLife', world.yearsLeft, `Your landfill has ${n1(world.yearsLeft)} years left`,
      'England cut landfilling by 75 % in a decade (2010/11 → 2020/21) while its landfill tax roughly doubled', 'National Audit Office'),
  ];
  return out.filter((t): t is TieBack => t !== null);
}
