/**
 * The year's resolution as an animated sequence: event, votes, the city's changes with their causes,
 * deals, exposures and headlines appear one after another (instantly for players who prefer reduced
 * motion). The server never waits for it; players can skip ahead or watch it again.
 */
import { domAnimation, LazyMotion, m, useReducedMotion } from 'framer-motion';
import { useEffect, useState, type ReactNode } from 'react';
import type { MatchView } from '@shared/rules/view.ts';
import { t } from '../../i18n/t.ts';
import { revealStep, STEP_INTERVAL_MS } from '../../motion/variants.ts';
import type { ResolutionStory } from '../../state/resolution-steps.ts';
import { ChangesStep, DealsStep, EventStep, ExposuresStep, HeadlinesStep, VotesStep } from './StorySteps.tsx';

const STEPS = ['event', 'votes', 'changes', 'deals', 'exposures', 'headlines'] as const;

function render(step: (typeof STEPS)[number], story: ResolutionStory, view: MatchView): ReactNode {
  switch (step) {
    case 'event': return <EventStep story={story} />;
    case 'votes': return <VotesStep story={story} view={view} />;
    case 'changes': return <ChangesStep story={story} />;
    case 'deals': return <DealsStep story={story} view={view} />;
    case 'exposures': return <ExposuresStep story={story} view={view} />;
    case 'headlines': return <HeadlinesStep story={story} />;
  }
}

export function ResolutionSequence({ story, view }: { story: ResolutionStory; view: MatchView }) {
  const reduced = useReducedMotion();
  const [shown, setShown] = useState(reduced ? STEPS.length : 1);
  const [run, setRun] = useState(0);
  useEffect(() => {
    if (reduced) return setShown(STEPS.length);
    setShown(1);
    const timer = window.setInterval(() => setShown((n) => (n >= STEPS.length ? n : n + 1)), STEP_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [story.round, run, reduced]);
  return (
    <LazyMotion features={domAnimation}>
      <section className="card resolution" aria-labelledby="resolution-title" data-testid="resolution" data-steps-shown={shown}>
        <header className="panel-head">
          <h2 id="resolution-title">{t('resolution.title', { round: story.round })}</h2>
          <div className="button-row">
            {shown < STEPS.length ? (
              <button type="button" className="button small ghost" data-testid="resolution-skip" onClick={() => setShown(STEPS.length)}>{t('resolution.skip')}</button>
            ) : (
              <button type="button" className="button small ghost" data-testid="resolution-replay" onClick={() => setRun((r) => r + 1)}>{t('resolution.again')}</button>
            )}
          </div>
        </header>
        <ol className="story" aria-live="polite">
          {STEPS.slice(0, shown).map((step, i) => (
            <m.li key={`${run}-${step}`} className={`story-step step-${step}`} variants={revealStep} initial="hidden" animate="shown" data-testid={`story-${step}`}>
              <h3><span className="step-number" aria-hidden="true">{i + 1}</span>{t(`resolution.step.${step}`)}</h3>
              {render(step, story, view)}
            </m.li>
          ))}
        </ol>
      </section>
    </LazyMotion>
  );
}
