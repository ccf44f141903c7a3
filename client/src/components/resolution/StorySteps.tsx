/** The six chapters of a resolved year, each a small presentational block fed by the resolution story. */
import { m } from 'framer-motion';
import type { MatchView } from '@shared/rules/view.ts';
import { formatDelta, t, tDynamic } from '../../i18n/t.ts';
import { revealItem, voteResult } from '../../motion/variants.ts';
import { dealAmount } from '../../state/deal-text.ts';
import { formatLeverValue, leverLabel } from '../../state/lever-format.ts';
import type { ResolutionStory } from '../../state/resolution-steps.ts';
import { seatLabel } from '../../state/table-selectors.ts';
import { AttributionBars } from './AttributionBars.tsx';

const DECIMALS: Record<string, number> = { sustainability: 1, T: 1, P: 1, H: 1, R: 1, B: 1, c: 1, yearsLeft: 1 };

export function EventStep({ story }: { story: ResolutionStory }) {
  return (
    <>
      {story.card && <p><strong>{story.card.title}.</strong> {story.card.story}</p>}
      {story.modelEvents.length === 0 ? (
        <p className="muted">{t('resolution.quietYear')}</p>
      ) : (
        <ul className="plain">{story.modelEvents.map((e) => <m.li key={e} variants={revealItem}>⚠ {tDynamic(`modelEvent.${e}`, e)}</m.li>)}</ul>
      )}
    </>
  );
}

export function VotesStep({ story, view }: { story: ResolutionStory; view: MatchView }) {
  if (story.votes.length === 0) return <p className="muted">{t('resolution.noVotes')}</p>;
  return (
    <ul className="plain vote-results">
      {story.votes.map(({ proposal, ballots }) => (
        <m.li key={proposal.id} variants={voteResult(proposal.status === 'passed')} className={`vote-result ${proposal.status}`} data-testid={`result-${proposal.id}`}>
          <strong>{proposal.status === 'passed' ? '✓' : '✗'} {leverLabel(proposal.lever)} → {formatLeverValue(proposal.lever, proposal.value)}</strong>{' '}
          <span>{t(proposal.status === 'passed' ? 'proposal.status.passed' : 'proposal.status.failed')}</span>
          {proposal.tally && <span className="muted"> · {t('proposal.tally', { yes: proposal.tally.yes, no: proposal.tally.no, abstain: proposal.tally.abstain })}</span>}
          <span className="ballot-reveal">
            {Object.entries(ballots).map(([role, b]) => (
              <span key={role} className={`badge ballot-${b}`}>{seatLabel(view, role as keyof MatchView['seats'])}: {t(`ballot.${b}`)}</span>
            ))}
          </span>
        </m.li>
      ))}
    </ul>
  );
}

export function ChangesStep({ story }: { story: ResolutionStory }) {
  return (
    <ul className="plain changes">
      {story.changes.map((c) => (
        <m.li key={c.id} variants={revealItem} data-testid={`change-${c.id}`}>
          <p className="change-head"><strong>{t(`indicator.${c.id}`)}</strong> <span className="change-total">{formatDelta(c.total, DECIMALS[c.id] ?? 1)}</span></p>
          <AttributionBars change={c} decimals={DECIMALS[c.id] ?? 1} />
        </m.li>
      ))}
    </ul>
  );
}

export function DealsStep({ story, view }: { story: ResolutionStory; view: MatchView }) {
  if (story.settlements.length === 0) return <p className="muted">{t('resolution.noDeals')}</p>;
  return (
    <ul className="plain">
      {story.settlements.map((s) => (
        <m.li key={s.dealId} variants={revealItem} data-testid={`settled-${s.dealId}`}>
          {t(s.paid ? 'resolution.dealPaid' : 'resolution.dealRefunded', { from: seatLabel(view, s.from), to: seatLabel(view, s.to), amount: dealAmount(s) })}
        </m.li>
      ))}
    </ul>
  );
}

export function ExposuresStep({ story, view }: { story: ResolutionStory; view: MatchView }) {
  if (story.exposures.length === 0) return <p className="muted">{t('resolution.noExposures')}</p>;
  return (
    <ul className="plain">
      {story.exposures.map((x, i) => (
        <m.li key={i} variants={revealItem}>
          {t(x.kind === 'exposed' && x.by === 'press' ? 'resolution.exposure.byPress' : `resolution.exposure.${x.kind}`, { target: seatLabel(view, x.target), by: x.by === 'press' ? t('resolution.press') : x.by ? seatLabel(view, x.by) : '' })}
        </m.li>
      ))}
    </ul>
  );
}

export function HeadlinesStep({ story }: { story: ResolutionStory }) {
  if (story.headlines.length === 0) return <p className="muted">{t('resolution.noHeadlines')}</p>;
  return (
    <ul className="plain headlines">
      {story.headlines.map((h, i) => <m.li key={i} variants={revealItem} className="headline">“{h}”</m.li>)}
    </ul>
  );
}
