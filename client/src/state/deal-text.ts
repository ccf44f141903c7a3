/** Deals in words: who pays whom what, on which condition, and where the money is now. */
import type { Deal } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { t } from '../i18n/t.ts';
import { formatLeverValue, leverLabel } from './lever-format.ts';
import { seatLabel } from './table-selectors.ts';

export function proposalName(view: Pick<MatchView, 'proposals'>, proposalId: string): string {
  const p = view.proposals.find((x) => x.id === proposalId);
  return p ? `${leverLabel(p.lever)} → ${formatLeverValue(p.lever, p.value)}` : proposalId;
}

export function dealAmount(deal: Pick<Deal, 'credits' | 'influence'>): string {
  const parts = [];
  if (deal.credits > 0) parts.push(t('common.creditsShort', { n: deal.credits }));
  if (deal.influence > 0) parts.push(t('common.influenceShort', { n: deal.influence }));
  return parts.join(' + ') || '0';
}

export function dealSentence(view: MatchView, deal: Deal): string {
  const condition =
    deal.condition.kind === 'proposalPasses'
      ? t('deal.ifPasses', { proposal: proposalName(view, deal.condition.proposalId) })
      : t('deal.ifVotes', { name: seatLabel(view, deal.to), ballot: t(`ballot.${deal.condition.ballot}`), proposal: proposalName(view, deal.condition.proposalId) });
  return t('deal.sentence', { from: seatLabel(view, deal.from), to: seatLabel(view, deal.to), amount: dealAmount(deal), condition });
}

export function dealStatusText(deal: Deal): string {
  return t(`deal.status.${deal.status}`);
}
