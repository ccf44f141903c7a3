/**
 * The secret ballot: yes, no or abstain on every proposal, revealed together at the end of the vote.
 * The activist may also mobilize the street for one extra public vote (their action for the year).
 */
import { BALANCE } from '@shared/content/balance.ts';
import type { Ballot, Role } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { t } from '../../i18n/t.ts';
import { sendIntent } from '../../net/game-actions.ts';
import { formatLeverValue, leverLabel } from '../../state/lever-format.ts';
import { phaseAllows, roundProposals } from '../../state/table-selectors.ts';

const BALLOTS: readonly Ballot[] = ['yes', 'no', 'abstain'];

function Mobilize({ view, proposalId }: { view: MatchView; proposalId: string }) {
  return (
    <div className="mobilize" role="group" aria-label={t('ballot.mobilize', { cost: BALANCE.mobilizeCost })}>
      <span className="small muted">{t('ballot.mobilize', { cost: BALANCE.mobilizeCost })}</span>
      {(['yes', 'no'] as const).map((b) => (
        <button key={b} type="button" className="button small ghost" data-testid={`mobilize-${proposalId}-${b}`}
          disabled={view.seats.activist.hasActed}
          onClick={() => sendIntent('roleAction', { action: { kind: 'mobilize', proposalId, ballot: b } })}>
          {t('ballot.mobilizeFor', { ballot: t(`ballot.${b}`) })}
        </button>
      ))}
    </div>
  );
}

export function BallotPanel({ view, me }: { view: MatchView; me: Role | null }) {
  const proposals = roundProposals(view).filter((p) => p.status === 'tabled');
  return (
    <section className="card ballot-panel" aria-labelledby="ballot-title" data-testid="ballot-panel">
      <h2 id="ballot-title">{t('ballot.title')}</h2>
      <p className="muted small">{t('ballot.explain')}</p>
      {proposals.length === 0 && <p className="muted">{t('ballot.nothing')}</p>}
      <ul className="ballot-list">
        {proposals.map((p) => {
          const mine = view.ballots[p.id]?.mine;
          const voted = view.ballots[p.id]?.voted.length ?? 0;
          return (
            <li key={p.id} className="ballot-row" data-testid={`ballot-row-${p.id}`}>
              <div>
                <strong>{leverLabel(p.lever)} → {formatLeverValue(p.lever, p.value)}</strong>
                <p className="muted small">
                  {t('proposal.now', { value: formatLeverValue(p.lever, view.levers[p.lever]) })} · {t('proposal.votedCount', { n: voted })}
                </p>
              </div>
              {phaseAllows(view, me, 'castVote') && (
                <div className="ballot-buttons" role="group" aria-label={t('ballot.on', { proposal: leverLabel(p.lever) })}>
                  {BALLOTS.map((b) => (
                    <button key={b} type="button" className={`button ballot ${b} ${mine === b ? 'chosen' : ''}`} aria-pressed={mine === b}
                      disabled={mine !== undefined} data-testid={`ballot-${p.id}-${b}`}
                      onClick={() => sendIntent('castVote', { proposalId: p.id, ballot: b })}>
                      {t(`ballot.${b}`)}
                    </button>
                  ))}
                </div>
              )}
              {mine && <p className="small" data-testid={`ballot-mine-${p.id}`}>{t('ballot.yourVote', { ballot: t(`ballot.${mine}`) })}</p>}
              {me === 'activist' && <Mobilize view={view} proposalId={p.id} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
