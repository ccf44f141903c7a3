/**
 * /class and /class/CODE: where students come in. With a token saved for the code (a reload, a phone
 * that slept) it goes straight back to the student's place; otherwise the join form. Once in, the
 * class screen with the student's table.
 */
import { useEffect } from 'react';
import { JoinClassForm } from '../../components/class/JoinClassForm.tsx';
import { t } from '../../i18n/t.ts';
import { leaveMatch } from '../../net/match-session.ts';
import { useStore } from '../../net/store.ts';
import { Link, navigate, paths } from '../../router.tsx';
import { loadStudent } from './class-storage.ts';
import { StudentClass } from './StudentClass.tsx';
import { classSession, joinClass, leaveClass } from './student-session.ts';

export default function ClassJoinScreen({ code }: { code: string | null }) {
  const s = useStore(classSession);
  useEffect(() => {
    if (code && loadStudent(code) && classSession.get().code !== code) void joinClass(code);
  }, [code]);
  useEffect(() => () => {
    void leaveClass();
    void leaveMatch(); // the student's table too
  }, []);

  if (s.welcome && s.code === code) return <StudentClass state={s} />;
  const onJoin = (joinCode: string, name: string | undefined) => {
    if (joinCode !== code) navigate(paths.classJoin(joinCode), { replace: true });
    void joinClass(joinCode, name);
  };
  const busy = s.status === 'connecting' || (s.status === 'reconnecting' && s.code === code);
  return (
    <div className="class-join-screen" data-testid="screen-class-join">
      <JoinClassForm initialCode={code} busy={busy} failure={s.code === code ? s.failure : null} onJoin={onJoin} />
      <p className="center muted small">
        {t('class.join.teacher')} <Link href={paths.teach()} data-testid="link-teach">{t('class.join.teacherLink')}</Link>
      </p>
    </div>
  );
}
