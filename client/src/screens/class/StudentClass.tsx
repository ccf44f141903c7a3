/**
 * A student in class: the strip saying who and where they are, the teacher's latest message, then
 * their table — or, before it starts, a calm waiting card. While the teacher has the table paused a
 * veil covers it; in "preset phrases" mode the phrase picker replaces typing.
 */
import type { Role } from '@shared/rules/types.ts';
import { BroadcastBanner } from '../../components/class/BroadcastBanner.tsx';
import { PausedOverlay } from '../../components/class/PausedOverlay.tsx';
import { PresetChat } from '../../components/class/PresetChat.tsx';
import { StudentClassBar } from '../../components/class/StudentClassBar.tsx';
import { WaitingCard } from '../../components/class/WaitingCard.tsx';
import { t } from '../../i18n/t.ts';
import { ClassTable } from './ClassTable.tsx';
import { classRefusalText } from './class-text.ts';
import { dismissRefusal, sayPreset, type StudentClassState } from './student-session.ts';
import '../../components/class/classroom.css';

export function StudentClass({ state }: { state: StudentClassState }) {
  const welcome = state.welcome!;
  const { placement, tableCode } = welcome;
  const latest = state.broadcasts[state.broadcasts.length - 1] ?? null;
  const seat: Role | null = placement && placement.kind !== 'observer' ? placement.role : null;
  return (
    <div className={`class-student ${welcome.paused ? 'is-paused' : ''}`} data-testid="screen-class-student" data-status={state.ended ? 'ended' : welcome.status}>
      <StudentClassBar title={welcome.title} code={welcome.code} name={welcome.name} placement={placement} connection={state.status} />
      <BroadcastBanner text={latest?.text ?? null} />
      {state.ended && <p className="card notice-card" role="status" data-testid="class-ended">{t('class.ended.student')}</p>}
      {welcome.muted && <p className="chip warn" role="status">{t('class.muted')}</p>}
      {state.refusals.map((r) => (
        <p key={r.id} className="toast error inline-toast" role="alert">
          {classRefusalText(r.error)}
          <button type="button" className="toast-close" aria-label={t('common.dismiss')} onClick={() => dismissRefusal(r.id)}>×</button>
        </p>
      ))}
      {tableCode && placement ? (
        <div className="class-table-wrap">
          <ClassTable tableCode={tableCode} token={welcome.studentToken} name={welcome.name} observer={placement.kind === 'observer'} chatMode={welcome.chatMode} />
          {welcome.paused && !state.ended && <PausedOverlay message={latest?.text ?? null} />}
        </div>
      ) : (
        !state.ended && <WaitingCard placement={placement} />
      )}
      {seat && tableCode && welcome.chatMode === 'presets' && !state.ended && <PresetChat me={seat} onSay={sayPreset} />}
      {welcome.chatMode === 'off' && tableCode && <p className="muted small center">{t('class.chatOff')}</p>}
    </div>
  );
}
