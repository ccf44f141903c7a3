/** Questions to open the class discussion (model.md §4), each with what every table's game says about it. */
import type { DebriefTable } from '../../screens/class/debrief-model.ts';
import { t } from '../../i18n/t.ts';

export function DiscussionQuestions({ tables }: { tables: readonly DebriefTable[] }) {
  const questions = tables[0]?.debrief.questions ?? [];
  return (
    <section className="card questions" aria-labelledby="questions-title" data-testid="debrief-questions">
      <h2 id="questions-title">{t('teach.debrief.questions')}</h2>
      <ol>
        {questions.map((q) => (
          <li key={q.id}>
            <p><strong>{q.text}</strong></p>
            <ul className="small">
              {tables.map((tb) => {
                const hint = tb.debrief.questions.find((x) => x.id === q.id)?.hint;
                return hint ? <li key={tb.table}>{t('teach.table', { n: tb.table })}: {hint}</li> : null;
              })}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
