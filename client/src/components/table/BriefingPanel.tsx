/** The year's news: the briefing card drawn for this round and last year's headlines. */
import type { MatchView } from '@shared/rules/view.ts';
import { t } from '../../i18n/t.ts';
import { leverLabel } from '../../state/lever-format.ts';

export function BriefingPanel({ view }: { view: MatchView }) {
  const last = view.rounds[view.rounds.length - 1];
  return (
    <section className="card briefing" aria-labelledby="briefing-title" data-testid="briefing">
      <p className="eyebrow">{t('briefing.news', { year: 2044 + view.round })}</p>
      <h2 id="briefing-title" data-testid="event-card-title">{view.eventCard?.title ?? t('briefing.noCard')}</h2>
      {view.eventCard && <p className="event-story">{view.eventCard.story}</p>}
      {view.frozenLever && <p className="warn-note">{t('briefing.frozen', { lever: leverLabel(view.frozenLever) })}</p>}
      {last && last.headlines.length > 0 && (
        <>
          <h3>{t('briefing.lastYear')}</h3>
          <ul className="plain headlines">{last.headlines.map((h, i) => <li key={i} className="headline">“{h}”</li>)}</ul>
        </>
      )}
    </section>
  );
}
