/**
 * Every student of the class: where they sit, whether they are connected, a mute switch, and a move
 * (to another seat, co-pilot or watch, at any table) — allowed before the first round and between
 * rounds; the server explains a refusal.
 */
import { useState } from 'react';
import type { ClassDashboard, ClassStudentRow } from '@shared/protocol/class-messages.ts';
import { t } from '../../i18n/t.ts';
import { parsePlaceChoice, placeChoices } from '../../screens/class/class-selectors.ts';
import { command } from '../../screens/class/host-session.ts';
import { placementText } from './StudentClassBar.tsx';

function choiceLabel(choice: string): string {
  const { seat, of } = parsePlaceChoice(choice);
  if (seat === 'observer') return t('teach.move.observer');
  if (seat === 'copilot') return t('teach.move.copilot', { role: t(`role.${of!}`) });
  return t('teach.move.seat', { role: t(`role.${seat}`) });
}

/** The student's own place as a choice, so the move starts from where they are. */
function currentChoice(student: ClassStudentRow): string {
  const p = student.placement;
  if (!p || p.kind === 'observer') return 'observer';
  return `${p.kind}:${p.role}`;
}

function MoveControl({ student, tables }: { student: ClassStudentRow; tables: number }) {
  const [table, setTable] = useState(student.placement?.table ?? 1);
  const [place, setPlace] = useState(() => currentChoice(student));
  const move = () => command('moveStudent', { studentId: student.id, table, ...parsePlaceChoice(place) });
  return (
    <span className="move-control">
      <select aria-label={t('teach.move.table', { name: student.name })} value={table} onChange={(e) => setTable(Number(e.target.value))} data-testid={`move-table-${student.id}`}>
        {Array.from({ length: tables }, (_, i) => <option key={i} value={i + 1}>{t('teach.table', { n: i + 1 })}</option>)}
      </select>
      <select aria-label={t('teach.move.place', { name: student.name })} value={place} onChange={(e) => setPlace(e.target.value)} data-testid={`move-place-${student.id}`}>
        {placeChoices().map((c) => <option key={c} value={c}>{choiceLabel(c)}</option>)}
      </select>
      <button type="button" className="button small" onClick={move} data-testid={`move-${student.id}`}>{t('teach.move.submit')}</button>
    </span>
  );
}

export function StudentRoster({ dashboard }: { dashboard: ClassDashboard }) {
  const tables = dashboard.tables.length;
  return (
    <section className="card roster" aria-labelledby="roster-title" data-testid="class-roster">
      <h2 id="roster-title">{t('teach.roster.title', { n: dashboard.students.length })}</h2>
      <div className="roster-scroll">
        <table className="data-table">
          <thead>
            <tr><th scope="col">{t('teach.roster.name')}</th><th scope="col">{t('teach.roster.place')}</th><th scope="col">{t('teach.roster.online')}</th><th scope="col">{t('teach.roster.actions')}</th></tr>
          </thead>
          <tbody>
            {dashboard.students.map((s) => (
              <tr key={s.id} data-testid={`roster-${s.id}`}>
                <th scope="row">{s.name}{s.muted && <span className="chip small warn">{t('teach.roster.muted')}</span>}</th>
                <td>{placementText(s.placement)}</td>
                <td><span className={`dot ${s.connected ? 'online' : 'offline'}`} aria-hidden="true" /> {s.connected ? t('teach.seat.online') : t('teach.seat.offline')}</td>
                <td>
                  <button type="button" className="button small ghost" data-testid={`mute-${s.id}`} onClick={() => command('muteStudent', { studentId: s.id, muted: !s.muted })}>
                    {s.muted ? t('teach.roster.unmute') : t('teach.roster.mute')}
                  </button>
                  {tables > 0 && <MoveControl student={s} tables={tables} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
