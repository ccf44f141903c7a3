/**
 * The application frame: skip link, header and navigation, the current screen (each loaded on first
 * visit), and motion settings that honour the player's reduced-motion preference.
 */
import { MotionConfig } from 'framer-motion';
import { lazy, Suspense, useEffect } from 'react';
import { t } from './i18n/t.ts';
import { Link, paths, useRoute, type Route } from './router.tsx';
import HomeScreen from './screens/HomeScreen.tsx';

const MatchScreen = lazy(() => import('./screens/MatchScreen.tsx'));
const WatchScreen = lazy(() => import('./screens/WatchScreen.tsx'));
const ReplayScreen = lazy(() => import('./screens/ReplayScreen.tsx'));
const ModelScreen = lazy(() => import('./screens/ModelScreen.tsx'));
const TutorialScreen = lazy(() => import('./screens/TutorialScreen.tsx'));
const ClassJoinScreen = lazy(() => import('./screens/class/ClassJoinScreen.tsx'));
const TeachScreen = lazy(() => import('./screens/class/TeachScreen.tsx'));
const ConsoleScreen = lazy(() => import('./screens/class/ConsoleScreen.tsx'));

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home': return <HomeScreen />;
    case 'match': return <MatchScreen key={route.code} code={route.code} />;
    case 'spectate': return <MatchScreen key={`w-${route.code}`} code={route.code} spectate />;
    case 'watchList': return <WatchScreen />;
    case 'replay': return <ReplayScreen id={route.id} />;
    case 'model': return <ModelScreen />;
    case 'tutorial': return <TutorialScreen />;
    case 'classJoin': return <ClassJoinScreen code={route.code} />;
    case 'teach': return <TeachScreen />;
    case 'teachClass': return <ConsoleScreen key={route.code} code={route.code} />;
    default:
      return (
        <section className="card narrow center" data-testid="screen-not-found">
          <h1>{t('notFound.title')}</h1>
          <p>{t('notFound.text')}</p>
          <Link href={paths.home()} className="button primary">{t('common.home')}</Link>
        </section>
      );
  }
}

const NAV: readonly [string, 'nav.play' | 'nav.watch' | 'nav.class' | 'nav.model' | 'nav.tutorial', Route['name']][] = [
  [paths.home(), 'nav.play', 'home'],
  [paths.watchList(), 'nav.watch', 'watchList'],
  [paths.classJoin(), 'nav.class', 'classJoin'],
  [paths.model(), 'nav.model', 'model'],
  [paths.tutorial(), 'nav.tutorial', 'tutorial'],
];

export function App() {
  const route = useRoute();
  useEffect(() => {
    document.title = route.name === 'home' ? t('app.name') : `${t('app.name')} · ${route.name === 'match' || route.name === 'spectate' ? route.code : t(NAV.find((n) => n[2] === route.name)?.[1] ?? 'nav.play')}`;
  }, [route]);
  return (
    <MotionConfig reducedMotion="user">
      <a className="skip-link" href="#content">{t('app.skip')}</a>
      <header className="app-header">
        <Link href={paths.home()} className="brand" aria-label={t('app.name')}>
          <svg width="28" height="28" viewBox="0 0 64 64" aria-hidden="true"><path d="M10 46 L22 24 L31 36 L41 18 L54 46 Z" fill="#56B4E9" /><circle cx="48" cy="14" r="6" fill="#E69F00" /></svg>
          <span>{t('app.name')}</span>
        </Link>
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV.map(([href, key, name]) => (
              <li key={href}>
                <Link href={href} aria-current={route.name === name ? 'page' : undefined}>
                  {key === 'nav.model' ? <><span className="nav-long">{t(key)}</span><span className="nav-short" aria-hidden="true">{t('nav.modelShort')}</span></> : t(key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="content" tabIndex={-1}>
        <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
          <Screen route={route} />
        </Suspense>
      </main>
      <footer className="app-footer"><p>{t('app.footer')}</p></footer>
    </MotionConfig>
  );
}
