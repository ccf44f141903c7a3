/**
 * Before the start: who has joined so far, as name chips the teacher can read out, and what "Start"
 * will do (how many tables the class will make).
 */
import { tableCountFor } from '@shared/classroom/seating.ts';
import type { ClassDashboard } from '@shared/protocol/class-messages.ts';
import { t } from '../../i18n/t.ts';

export function GatheringPanel({ dashboard }: { dashboard: ClassDashboard }) {
  const { students, config } = dashboard;
  const tables = tableCountFor(students.length, config.tables, config.bots);
  return (
    <section className="card gathering" aria-labelledby="gathering-title" data-testid="class-gathering">
      <h2 id="gathering-title">{t('teach.gathering.title', { n: students.length })}</h2>
      <p className="muted">{students.length === 0 ? t('teach.gathering.empty') : t('teach.gathering.tables', { n: tables })}</p>
      <ul className="plain name-chips" aria-live="polite">
        {students.map((s) => <li key={s.id} className={`name-chip ${s.connected ? '' : 'offline'}`} data-testid="gathering-student">{s.name}</li>)}
      </ul>
    </section>
  );
}
