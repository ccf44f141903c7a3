/**
 * The front door: create a match, join one by code, watch live matches, or learn with the tutorial.
 * Lives in the first bundle, so it draws with plain HTML and CSS only.
 */
import { ROLES } from '@shared/rules/types.ts';
import { CreateMatchForm } from '../components/home/CreateMatchForm.tsx';
import { JoinMatchForm } from '../components/home/JoinMatchForm.tsx';
import { RoleGlyph } from '../components/RoleGlyph.tsx';
import { t } from '../i18n/t.ts';
import { Link, paths } from '../router.tsx';

export default function HomeScreen() {
  return (
    <div className="home" data-testid="screen-home">
      <section className="hero" aria-labelledby="hero-title">
        <p className="eyebrow">{t('home.eyebrow')}</p>
        <h1 id="hero-title">{t('home.title')}</h1>
        <p className="lede">{t('home.lede')}</p>
        <ul className="role-strip" aria-label={t('home.roles')}>
          {ROLES.map((role) => (
            <li key={role} className={`role-chip role-${role}`}>
              <RoleGlyph role={role} size={28} />
              <span>
                <strong>{t(`role.${role}`)}</strong>
                <small>{t(`role.${role}.character`)}</small>
              </span>
            </li>
          ))}
        </ul>
      </section>
      <div className="home-grid">
        <CreateMatchForm />
        <div className="home-side">
          <JoinMatchForm />
          <nav className="card link-card" aria-label={t('home.more')}>
            <Link href={paths.watchList()} className="link-tile" data-testid="home-watch">
              <strong>{t('home.watch')}</strong>
              <span>{t('home.watch.text')}</span>
            </Link>
            <Link href={paths.tutorial()} className="link-tile" data-testid="home-tutorial">
              <strong>{t('home.tutorial')}</strong>
              <span>{t('home.tutorial.text')}</span>
            </Link>
            <Link href={paths.model()} className="link-tile" data-testid="home-model">
              <strong>{t('home.model')}</strong>
              <span>{t('home.model.text')}</span>
            </Link>
          </nav>
        </div>
      </div>
    </div>
  );
}
