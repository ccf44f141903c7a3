/**
 * A policy on the table: what it changes, who tabled and backs it, its fate once voted, and the
 * buttons this seat may use on it now (co-sponsor, amend, open the forecast).
 */
import { useState, type ReactNode } from 'react';
import type { Proposal, Role } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { t } from '../../i18n/t.ts';
import { sendIntent } from '../../net/game-actions.ts';
import { formatLeverValue, leverLabel } from '../../state/lever-format.ts';
import { canAmend, canCosponsor, seatLabel } from '../../state/table-selectors.ts';
import { RoleGlyph } from '../RoleGlyph.tsx';
import { LeverValueInput } from './LeverValueInput.tsx';

function Status({ proposal }: { proposal: Proposal }) {
  if (proposal.status === 'tabled') return <span className="badge">{t('proposal.status.tabled')}</span>;
  const tally = proposal.tally;
  return (
    <span className={`badge ${proposal.status === 'passed' ? 'good' : 'bad'}`} data-testid={`proposal-status-${proposal.id}`}>
      {proposal.status === 'passed' ? `✓ ${t('proposal.status.passed')}` : `✗ ${t('proposal.status.failed')}`}
      {tally && ` · ${t('proposal.tally', { yes: tally.yes, no: tally.no, abstain: tally.abstain })}`}
    </span>
  );
}

function AmendForm({ proposal }: { proposal: Proposal }) {
  const [value, setValue] = useState(proposal.value);
  return (
    <form className="amend-form" onSubmit={(e) => { e.preventDefault(); sendIntent('amendProposal', { proposalId: proposal.id, value }); }}>
      <LeverValueInput id={`amend-${proposal.id}`} lever={proposal.lever} value={value} onChange={setValue} />
      <button type="submit" className="button small" data-testid={`amend-submit-${proposal.id}`}>{t('proposal.amend')}</button>
    </form>
  );
}

export function ProposalCard(props: { view: MatchView; proposal: Proposal; me: Role | null; actions?: ReactNode; children?: ReactNode }) {
  const { view, proposal, me, actions, children } = props;
  const canBack = canCosponsor(view, me, proposal);
  const voted = view.ballots[proposal.id]?.voted ?? [];
  return (
    <li className={`proposal-card status-${proposal.status}`} data-testid={`proposal-card-${proposal.id}`} data-lever={proposal.lever}>
      <header>
        <RoleGlyph role={proposal.by} size={22} />
        <div>
          <h3>{leverLabel(proposal.lever)} → <span data-testid={`proposal-value-${proposal.id}`}>{formatLeverValue(proposal.lever, proposal.value)}</span></h3>
          <p className="muted small">
            {t('proposal.by', { name: seatLabel(view, proposal.by), role: t(`role.${proposal.by}`) })} ·{' '}
            {t('proposal.now', { value: formatLeverValue(proposal.lever, view.levers[proposal.lever]) })}
          </p>
        </div>
        <Status proposal={proposal} />
      </header>
      {proposal.cosponsors.length > 0 && (
        <p className="small">{t('proposal.cosponsors', { names: proposal.cosponsors.map((r) => seatLabel(view, r)).join(', ') })}</p>
      )}
      {view.phase === 'vote' && <p className="small muted">{t('proposal.votedCount', { n: voted.length })}</p>}
      <div className="proposal-actions">
        {canBack && (
          <button type="button" className="button small ghost" data-testid={`cosponsor-${proposal.id}`}
            onClick={() => sendIntent('cosponsor', { proposalId: proposal.id })}>{t('proposal.cosponsor')}</button>
        )}
        {actions}
      </div>
      {canAmend(view, me, proposal) && <AmendForm proposal={proposal} />}
      {children}
    </li>
  );
}
