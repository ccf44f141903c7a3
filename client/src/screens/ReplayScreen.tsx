/**
 * The replay viewer at /replay/ID: fetches a finished match (its seed and command log), rebuilds every
 * state in the browser with the shared engine, and lets the viewer scrub, play and switch perspective.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ReplayRecord } from '@shared/protocol/http.ts';
import type { GameState } from '@shared/rules/types.ts';
import { ReplayControls } from '../components/replay/ReplayControls.tsx';
import { ReplayStage } from '../components/replay/ReplayStage.tsx';
import { t, tDynamic } from '../i18n/t.ts';
import { ApiError, fetchReplay } from '../net/api.ts';
import { Link, paths } from '../router.tsx';
import { momentsOf, rebuild, viewAt, type Perspective } from '../state/replay-timeline.ts';

const PLAY_INTERVAL_MS = 1400;
type Loaded = { record: ReplayRecord; states: GameState[] };

function useReplay(id: string): { data: Loaded | null; error: string | null } {
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setData(null);
    setError(null);
    fetchReplay(id)
      .then((record) => {
        // Let the loading state paint before the engine replays the whole log.
        window.setTimeout(() => {
          try {
            if (live) setData({ record, states: rebuild(record) });
          } catch {
            if (live) setError('replay.error.rebuild');
          }
        }, 0);
      })
      .catch((e: unknown) => live && setError(e instanceof ApiError && e.status === 409 ? 'replay.error.running' : e instanceof ApiError && e.status === 404 ? 'replay.error.notFound' : 'replay.error.generic'));
    return () => {
      live = false;
    };
  }, [id]);
  return { data, error };
}

function usePlayback(length: number) {
  const [position, setPosition] = useState(0);
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => setPosition((p) => {
      if (p >= length - 1) {
        setPlaying(false);
        return p;
      }
      return p + 1;
    }), PLAY_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [playing, length]);
  return { position: Math.min(position, Math.max(0, length - 1)), setPosition, playing, setPlaying };
}

export default function ReplayScreen({ id }: { id: string }) {
  const { data, error } = useReplay(id);
  const moments = useMemo(() => (data ? momentsOf(data.states) : []), [data]);
  const { position, setPosition, playing, setPlaying } = usePlayback(moments.length);
  const [perspective, setPerspective] = useState<Perspective>('public');
  const view = useMemo(() => (data && moments.length > 0 ? viewAt(data.states, moments[position], perspective) : null), [data, moments, position, perspective]);

  if (error) {
    return (
      <section className="card narrow center" data-testid="replay-error">
        <h1>{t('replay.title')}</h1>
        <p>{tDynamic(error, t('replay.error.generic'))}</p>
        <Link href={paths.home()} className="button primary">{t('common.home')}</Link>
      </section>
    );
  }
  if (!data || !view) return <p className="loading" data-testid="replay-loading">{t('replay.loading')}</p>;
  const names = Object.fromEntries(Object.entries(data.record.summary.seats).map(([r, s]) => [r, s.name]));
  return (
    <div className="replay" data-testid="screen-replay">
      <header className="replay-head">
        <p className="eyebrow">{t('replay.eyebrow', { code: data.record.code })}</p>
        <h1>{t('replay.title')} · {tDynamic(`scenario.${data.record.config.scenario}`, data.record.config.scenario)}</h1>
      </header>
      <ReplayControls moments={moments} position={position} onSeek={(p) => { setPlaying(false); setPosition(p); }} playing={playing}
        onTogglePlay={() => { if (position >= moments.length - 1) setPosition(0); setPlaying(!playing); }}
        perspective={perspective} onPerspective={setPerspective} names={names} />
      <ReplayStage view={view} />
    </div>
  );
}
