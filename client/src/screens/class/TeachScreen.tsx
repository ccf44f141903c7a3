/**
 * /teach: a teacher starts here. Create a class in one step (every setting has a classroom default),
 * see how a session runs, and reopen the consoles of classes created on this device.
 */
import { CreateClassForm } from '../../components/class/CreateClassForm.tsx';
import { t } from '../../i18n/t.ts';
import { Link, paths } from '../../router.tsx';
import { hostedClasses } from './class-storage.ts';
import '../../components/class/classroom.css';

const STEPS = ['teach.how.1', 'teach.how.2', 'teach.how.3', 'teach.how.4'] as const;

export default function TeachScreen() {
  const mine = hostedClasses();
  return (
    <div className="teach" data-testid="screen-teach">
      <section className="teach-intro">
        <p className="eyebrow">{t('teach.eyebrow')}</p>
        <h1>{t('teach.title')}</h1>
        <p className="lede">{t('teach.lede')}</p>
      </section>
      <div className="teach-grid">
        <CreateClassForm />
        <aside className="teach-side">
          <section className="card" aria-labelledby="how-title">
            <h2 id="how-title">{t('teach.how.title')}</h2>
            <ol className="how-steps">{STEPS.map((k) => <li key={k}>{t(k)}</li>)}</ol>
          </section>
          {mine.length > 0 && (
            <section className="card" aria-labelledby="mine-title" data-testid="my-classes">
              <h2 id="mine-title">{t('teach.mine')}</h2>
              <ul className="plain my-classes">
                {mine.map((c) => (
                  <li key={c.code}>
                    <Link href={paths.teachClass(c.code)}>{c.title ?? t('teach.console.untitled')}</Link>
                    <span className="mono muted small"> {c.code} · {new Date(c.createdAt).toLocaleDateString()}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </div>
  );
}
