/**
 * Newspaper headlines written at each resolution from what changed this year: enacted policies, the
 * model's events, exposures and big moves of the indicators. Headlines are public, so they are built
 * only from public facts (never from a covert action that has not been exposed).
 */
import { LEVERS } from '../model/index.ts';
import type { Flows, LeverId, ModelEventId, World } from '../model/types.ts';
import type { Role } from '../rules/types.ts';
import { POLICIES } from './policies.ts';
import { ROLE_CONTENT } from './roles.ts';

export type HeadlineInput = Readonly<{
  before: World;
  after: World;
  flows: Flows;
  enacted: readonly { lever: LeverId; from: number; to: number }[];
  exposures: readonly { target: Role; by: Role | 'press' }[];
  wrongAccusations: readonly { target: Role; by: Role }[];
  wentStraight: boolean;
  frozenLever: LeverId | null;
}>;

/** At most this many headlines a year: the front page has room for a few. */
export const MAX_HEADLINES = 6;

const r0 = (x: number) => Math.round(x).toString();
const r1 = (x: number) => (Math.round(x * 10) / 10).toFixed(1);

/** A lever value as players see it on a slider ("120 $/t", "on"). */
export function formatLever(lever: LeverId, value: number): string {
  if (lever === 'depositScheme') return value >= 1 ? 'on' : 'off';
  const spec = LEVERS[lever];
  const decimals = spec.step >= 1 ? 0 : Math.min(3, Math.ceil(-Math.log10(spec.step)));
  return `${value.toFixed(decimals)}${spec.unit ? ` ${spec.unit}` : ''}`;
}

export const EVENT_HEADLINES: Readonly<Record<ModelEventId, (w: World, f: Flows) => string>> = {
  priceCrash: (w) => `Recycling prices crash; unsold material piles up to ${r1(w.M)} kt`,
  metalBoom: (_w, f) => `Metal boom: recyclers book ${r1(f.profit)} M$ profit`,
  toxicLeak: (w) => `Nanomachine leak! Toxic load jumps to ${r0(w.P)} TU`,
  stockpileFire: () => 'Battery fire rips through the recycling stockpile',
  scandal: (w) => `Smuggling scandal shakes City Hall; trust falls to ${r0(w.R)}`,
  illegalDump: (_w, f) => `Illegal dump found: ${r1(f.dumped)} kt of waste tipped in the countryside`,
  breakthrough: () => 'Lab breakthrough halves nanomachine byproducts',
  protest: () => 'Protesters march on City Hall against new charges',
};

function policyHeadline(e: HeadlineInput['enacted'][number]): string {
  const title = POLICIES[e.lever].title;
  const dir = e.lever === 'depositScheme' ? (e.to >= 1 ? 'launched' : 'scrapped') : e.to > e.from ? 'raised' : 'cut';
  if (e.lever === 'depositScheme') return `Council votes: ${title} ${dir}`;
  return `Council votes: ${title} ${dir} to ${formatLever(e.lever, e.to)} (was ${formatLever(e.lever, e.from)})`;
}

function indicatorHeadlines(b: World, a: World): string[] {
  const out: string[] = [];
  if (a.R - b.R >= 3) out.push(`Trust in the council rises to ${r0(a.R)}`);
  if (b.R - a.R >= 3) out.push(`Trust in the council slides to ${r0(a.R)}`);
  if (a.P - b.P >= 4) out.push(`Toxic load climbs to ${r0(a.P)} TU`);
  if (b.P - a.P >= 4) out.push(`Cleaner air and water: toxic load down to ${r0(a.P)} TU`);
  if (a.T < 0 && b.T >= 0) out.push(`Treasury in the red: ${r1(a.T)} M$`);
  if (a.yearsLeft < 5 && b.yearsLeft >= 5) out.push(`Landfill nearly full: ${r1(a.yearsLeft)} years left`);
  if (a.H - b.H >= 2) out.push(`Public health improves to ${r0(a.H)}`);
  if (b.H - a.H >= 2) out.push(`Public health worsens to ${r0(a.H)}`);
  return out;
}

/** The year's front page, most important first. */
export function writeHeadlines(input: HeadlineInput): string[] {
  const out: string[] = [];
  for (const x of input.exposures) {
    const who = ROLE_CONTENT[x.target].character;
    out.push(x.by === 'press' ? `Press unmasks ${who} behind the smuggling ring` : `${ROLE_CONTENT[x.by].character} exposes ${who}'s covert dealings`);
  }
  for (const x of input.wrongAccusations) {
    out.push(`${ROLE_CONTENT[x.by].character}'s accusation against ${ROLE_CONTENT[x.target].character} falls flat`);
  }
  if (input.wentStraight) out.push(`${ROLE_CONTENT.smuggler.character} quits the waste trade and goes straight`);
  for (const e of input.flows.events) out.push(EVENT_HEADLINES[e](input.after, input.flows));
  for (const e of input.enacted) out.push(policyHeadline(e));
  if (input.frozenLever) out.push(`${POLICIES[input.frozenLever].title} frozen for a year after the protests`);
  out.push(...indicatorHeadlines(input.before, input.after));
  if (out.length === 0) out.push('A steady year on the recycling council');
  return out.slice(0, MAX_HEADLINES);
}
