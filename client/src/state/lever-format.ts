/**
 * How a policy's value reads on screen: shares as percentages, the deposit scheme as on/off, money
 * and rates with their units. Ranges and steps come from the model's lever table.
 */
import { LEVERS } from '@shared/model/levers.ts';
import { LEVER_IDS, type LeverId } from '@shared/model/types.ts';
import { formatNumber, t } from '../i18n/t.ts';

export const LEVER_LIST: readonly LeverId[] = LEVER_IDS;

export function leverSpec(lever: LeverId) {
  return LEVERS[lever];
}

function decimalsOf(step: number): number {
  return step >= 1 ? 0 : Math.min(3, Math.ceil(-Math.log10(step)));
}

/** "120 $/t", "35 %", "on". */
export function formatLeverValue(lever: LeverId, value: number): string {
  const spec = LEVERS[lever];
  if (lever === 'depositScheme') return value >= 1 ? t('lever.on') : t('lever.off');
  if (spec.unit === 'share') return `${formatNumber(value * 100, 0)} %`;
  const unitless = spec.unit === '0–1' || spec.unit === 'off/on' || spec.unit === '';
  return unitless ? formatNumber(value, decimalsOf(spec.step)) : `${formatNumber(value, decimalsOf(spec.step))} ${spec.unit}`;
}

export function leverLabel(lever: LeverId): string {
  return t(`lever.${lever}`);
}

/** "Landfill tax → 120 $/t (now 40 $/t)". */
export function describeChange(lever: LeverId, value: number, current: number): string {
  return t('proposal.change', { lever: leverLabel(lever), value: formatLeverValue(lever, value), current: formatLeverValue(lever, current) });
}
