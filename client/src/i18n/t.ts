/**
 * The one door to every word the player reads: `t('lobby.title')` looks the key up in the message
 * catalog and fills `{name}` placeholders. Swapping the catalog is all a translation needs.
 */
import { EN, type MessageKey } from './en.ts';

export type { MessageKey };
export type MessageVars = Readonly<Record<string, string | number>>;

const catalog: Readonly<Record<string, string>> = EN;

/** Looks a message up and fills its placeholders; a missing key shows itself so it gets noticed. */
export function t(key: MessageKey, vars?: MessageVars): string {
  const template = catalog[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Looks up a key built at run time (a role, a lever, an error code); falls back when the catalog has none. */
export function tDynamic(key: string, fallback: string, vars?: MessageVars): string {
  return key in catalog ? t(key as MessageKey, vars) : fallback;
}

/** Formats a number for display with a fixed number of decimals, in the catalog's locale. */
export function formatNumber(value: number, decimals = 0): string {
  return value.toLocaleString('en', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** Formats a signed change (+1.2 / −0.4) with a true minus sign. */
export function formatDelta(value: number, decimals = 1): string {
  const abs = formatNumber(Math.abs(value), decimals);
  if (Number(abs) === 0 || abs === formatNumber(0, decimals)) return `±${abs}`;
  return value > 0 ? `+${abs}` : `−${abs}`;
}
