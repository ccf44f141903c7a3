/**
 * The tutorial's coach: a dismissible card above the table that explains what to do in the current
 * phase of the first round, then gives short reminders. It only advises; the player acts.
 */
import { useState } from 'react';
import type { Role } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { t, tDynamic } from '../../i18n/t.ts';
import { tutorialTipKey } from '../../state/tutorial.ts';

export function TutorialCoach({ view, me }: { view: MatchView; me: Role }) {
  const key = tutorialTipKey(view.phase, view.round);
  const [hidden, setHidden] = useState<string | null>(null);
  if (hidden === `${key}-${view.round}`) return null;
  const finishedFirstRound = view.round > 1 && view.phase === 'briefing';
  return (
    <aside className="coach" aria-label={t('tutorial.coach')} data-testid="tutorial-coach">
      <p className="eyebrow">{t('tutorial.coach')} · {t(`role.${me}`)}</p>
      <p>{finishedFirstRound ? t('tutorial.doneFirstRound') : tDynamic(key, t('tutorial.generic'))}</p>
      <button type="button" className="button small ghost" onClick={() => setHidden(`${key}-${view.round}`)} data-testid="tutorial-hide">
        {t('tutorial.gotIt')}
      </button>
    </aside>
  );
}
