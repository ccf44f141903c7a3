/**
 * Offering a binding deal: pay credits or influence to another seat if a proposal passes, or if they
 * vote as promised. The server holds accepted deals in escrow and settles them after the vote.
 */
import { useState, type FormEvent } from 'react';
import type { Ballot, Role } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { t } from '../../i18n/t.ts';
import { sendIntent } from '../../net/game-actions.ts';
import { proposalName } from '../../state/deal-text.ts';
import { otherRoles, roundProposals, seatLabel } from '../../state/table-selectors.ts';
import { Field } from '../Field.tsx';

export function DealForm({ view, me }: { view: MatchView; me: Role }) {
  const proposals = roundProposals(view).filter((p) => p.status === 'tabled');
  const others = otherRoles(view, me);
  const [to, setTo] = useState<Role>(others[0]);
  const [credits, setCredits] = useState(2);
  const [influence, setInfluence] = useState(0);
  const [kind, setKind] = useState<'proposalPasses' | 'votes'>('proposalPasses');
  const [proposalId, setProposalId] = useState(proposals[0]?.id ?? '');
  const [ballot, setBallot] = useState<Ballot>('yes');
  const chosen = proposals.some((p) => p.id === proposalId) ? proposalId : proposals[0]?.id ?? '';

  if (proposals.length === 0) return <p className="muted small">{t('deal.noProposals')}</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const condition = kind === 'proposalPasses' ? { kind, proposalId: chosen } : { kind, proposalId: chosen, ballot };
    sendIntent('offerDeal', { to, credits, influence, condition });
  };
  return (
    <form className="deal-form" onSubmit={submit} data-testid="deal-form" aria-label={t('deal.formTitle')}>
      <div className="field-row">
        <Field label={t('deal.to')} htmlFor="deal-to">
          <select id="deal-to" data-testid="deal-to" value={to} onChange={(e) => setTo(e.target.value as Role)}>
            {others.map((r) => <option key={r} value={r}>{seatLabel(view, r)} ({t(`role.${r}`)})</option>)}
          </select>
        </Field>
        <Field label={t('common.credits')} htmlFor="deal-credits">
          <input id="deal-credits" data-testid="deal-credits" type="number" min={0} max={1000} value={credits} onChange={(e) => setCredits(Math.max(0, Math.floor(Number(e.target.value))))} />
        </Field>
        <Field label={t('common.influence')} htmlFor="deal-influence">
          <input id="deal-influence" data-testid="deal-influence" type="number" min={0} max={1000} value={influence} onChange={(e) => setInfluence(Math.max(0, Math.floor(Number(e.target.value))))} />
        </Field>
      </div>
      <div className="field-row">
        <Field label={t('deal.condition')} htmlFor="deal-kind">
          <select id="deal-kind" data-testid="deal-kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            <option value="proposalPasses">{t('deal.kind.passes')}</option>
            <option value="votes">{t('deal.kind.votes')}</option>
          </select>
        </Field>
        <Field label={t('deal.proposal')} htmlFor="deal-proposal">
          <select id="deal-proposal" data-testid="deal-proposal" value={chosen} onChange={(e) => setProposalId(e.target.value)}>
            {proposals.map((p) => <option key={p.id} value={p.id}>{proposalName(view, p.id)}</option>)}
          </select>
        </Field>
        {kind === 'votes' && (
          <Field label={t('deal.ballot')} htmlFor="deal-ballot">
            <select id="deal-ballot" data-testid="deal-ballot" value={ballot} onChange={(e) => setBallot(e.target.value as Ballot)}>
              {(['yes', 'no', 'abstain'] as const).map((b) => <option key={b} value={b}>{t(`ballot.${b}`)}</option>)}
            </select>
          </Field>
        )}
      </div>
      <button type="submit" className="button primary" data-testid="deal-submit">{t('deal.offer')}</button>
    </form>
  );
}
