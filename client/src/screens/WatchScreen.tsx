/** The Watch page: live public matches with their scenario, round, phase and audience, refreshed live. */
import { useEffect, useState } from 'react';
import type { LiveMatch } from '@shared/protocol/http.ts';
import { JoinMatchForm } from '../components/home/JoinMatchForm.tsx';
import { ScrollRegion } from '../components/ScrollRegion.tsx';
import { t, tDynamic } from '../i18n/t.ts';
import { fetchLiveMatches } from '../net/api.ts';
import { Link, paths } from '../router.tsx';

const REFRESH_MS = 5000;

function useLiveMatches(): { matches: LiveMatch[] | null; failed: boolean } {
  const [matches, setMatches] = useState<LiveMatch[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    const load = () =>
      fetchLiveMatches().then(
        (m) => live && (setMatches(m), setFailed(false)),
        () => live && setFailed(true),
      );
    void load();
    const timer = window.setInterval(load, REFRESH_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, []);
  return { matches, failed };
}

export default function WatchScreen() {
  const { matches, failed } = useLiveMatches();
  return (
    <div className="watch" data-testid="screen-watch">
      <h1>{t('watch.title')}</h1>
      <p className="lede">{t('watch.lede')}</p>
      <section className="card" aria-labelledby="live-title" aria-busy={matches === null}>
        <h2 id="live-title">{t('watch.live')}</h2>
        {failed && <p className="form-error">{t('watch.error')}</p>}
        {matches === null && !failed && <p className="muted">{t('common.loading')}</p>}
        {matches?.length === 0 && <p className="muted" data-testid="watch-empty">{t('watch.none')}</p>}
        {matches && matches.length > 0 && (
          <ScrollRegion label={t('watch.live')}>
            <table className="data-table live-table" data-testid="live-matches">
              <caption className="visually-hidden">{t('watch.live')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('watch.code')}</th>
                  <th scope="col">{t('create.scenario')}</th>
                  <th scope="col">{t('watch.progress')}</th>
                  <th scope="col">{t('watch.players')}</th>
                  <th scope="col">{t('watch.spectators')}</th>
                  <th scope="col"><span className="visually-hidden">{t('watch.action')}</span></th>
                </tr>
              </thead>
              <tbody>
                {matches.map((m) => (
                  <tr key={m.code} data-testid={`live-${m.code}`}>
                    <th scope="row" className="mono">{m.code}</th>
                    <td>{tDynamic(`scenario.${m.scenario}`, m.scenario)}</td>
                    <td>{t('common.roundOf', { round: m.round, rounds: m.rounds })} · {t(`phase.${m.phase}`)}</td>
                    <td>{m.players}</td>
                    <td>{m.spectators}</td>
                    <td><Link href={paths.spectate(m.code)} className="button small primary" data-testid={`watch-${m.code}`}
                      aria-label={t('watch.watchCode', { code: m.code })}>{t('join.watch')}</Link></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
      <JoinMatchForm />
    </div>
  );
}
