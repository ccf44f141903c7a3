/**
 * Where the player is: a tiny history-based router. Invite links (/m/CODE), replays (/replay/ID) and
 * every other screen are plain URLs, so the server's SPA fallback and the browser's back button just work.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'match'; code: string }
  | { name: 'watchList' }
  | { name: 'spectate'; code: string }
  | { name: 'replay'; id: string }
  | { name: 'model' }
  | { name: 'tutorial' }
  | { name: 'classJoin'; code: string | null }
  | { name: 'teach' }
  | { name: 'teachClass'; code: string }
  | { name: 'notFound'; path: string };

const CODE = '([A-Za-z0-9]{4,8})';
const PATTERNS: readonly [RegExp, (m: RegExpMatchArray) => Route][] = [
  [/^\/?$/, () => ({ name: 'home' })],
  [new RegExp(`^/m/${CODE}/?$`), (m) => ({ name: 'match', code: m[1].toUpperCase() })],
  [/^\/watch\/?$/, () => ({ name: 'watchList' })],
  [new RegExp(`^/watch/${CODE}/?$`), (m) => ({ name: 'spectate', code: m[1].toUpperCase() })],
  [/^\/replay\/([\w-]{1,64})\/?$/, (m) => ({ name: 'replay', id: m[1] })],
  [/^\/model\/?$/, () => ({ name: 'model' })],
  [/^\/tutorial\/?$/, () => ({ name: 'tutorial' })],
  [/^\/class\/?$/, () => ({ name: 'classJoin', code: null })],
  [new RegExp(`^/class/${CODE}/?$`), (m) => ({ name: 'classJoin', code: m[1].toUpperCase() })],
  [/^\/teach\/?$/, () => ({ name: 'teach' })],
  [new RegExp(`^/teach/${CODE}/?$`), (m) => ({ name: 'teachClass', code: m[1].toUpperCase() })],
];

export function parseRoute(path: string): Route {
  for (const [pattern, build] of PATTERNS) {
    const match = path.match(pattern);
    if (match) return build(match);
  }
  return { name: 'notFound', path };
}

export const paths = {
  home: () => '/',
  match: (code: string) => `/m/${code}`,
  watchList: () => '/watch',
  spectate: (code: string) => `/watch/${code}`,
  replay: (id: string) => `/replay/${id}`,
  model: () => '/model',
  tutorial: () => '/tutorial',
  classJoin: (code?: string) => (code ? `/class/${code}` : '/class'),
  teach: () => '/teach',
  teachClass: (code: string) => `/teach/${code}`,
};

const listeners = new Set<() => void>();
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}
const currentPath = () => window.location.pathname;

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === currentPath()) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.scrollTo(0, 0);
  listeners.forEach((l) => l());
}

export function useRoute(): Route {
  const path = useSyncExternalStore(subscribe, currentPath, () => '/');
  return parseRoute(path);
}

/** An anchor that navigates inside the app without a page load (modifier-clicks still open new tabs). */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    props.onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(props.href);
  };
  return <a {...props} onClick={onClick} />;
}
