/** How the match ended: the city's verdict, its final sustainability index against the bar, the winners. */
import type { MatchView } from '@shared/rules/view.ts';
import { formatNumber, t } from '../../i18n/t.ts';
import { SUSTAINABILITY_THRESHOLD } from '../../state/debrief-selectors.ts';
import { seatLabel } from '../../state/table-selectors.ts';
import { RoleGlyph } from '../RoleGlyph.tsx';

export function OutcomeBanner({ view }: { view: MatchView }) {
  const outcome = view.outcome;
  if (!outcome) return null;
  const verdict = outcome.reason === 'collapse' ? 'collapse' : outcome.citySucceeded ? 'success' : 'failure';
  return (
    <section className={`card outcome-banner verdict-${verdict}`} aria-labelledby="outcome-title" data-testid="outcome-banner" data-verdict={verdict}>
      <p className="eyebrow">{t('results.eyebrow', { rounds: view.rounds.length })}</p>
      <h1 id="outcome-title">{t(`results.verdict.${verdict}`)}</h1>
      {outcome.collapseCause && <p>{t(`results.collapse.${outcome.collapseCause}`)}</p>}
      <div className="index-gauge" role="img" aria-label={t('results.indexSr', { value: formatNumber(outcome.sustainability, 0), threshold: SUSTAINABILITY_THRESHOLD })}>
        <div className="gauge-track">
          <div className="gauge-fill" style={{ width: `${Math.max(0, Math.min(100, outcome.sustainability))}%` }} />
          <div className="gauge-mark" style={{ left: `${SUSTAINABILITY_THRESHOLD}%` }} />
        </div>
        <p className="gauge-text" aria-hidden="true">
          {t('results.index', { value: formatNumber(outcome.sustainability, 0) })} · {t('results.threshold', { threshold: SUSTAINABILITY_THRESHOLD })}
        </p>
      </div>
      <h2>{t('results.winners')}</h2>
      {outcome.winners.length === 0 ? (
        <p data-testid="winners">{t('results.noWinners')}</p>
      ) : (
        <ul className="winners" data-testid="winners">
          {outcome.winners.map((r) => (
            <li key={r} className={`role-${r}`}><RoleGlyph role={r} size={20} /> {seatLabel(view, r)} <span className="muted">({t(`role.${r}`)})</span></li>
          ))}
        </ul>
      )}
    </section>
  );
}
