/**
 * The replay's controls: play/pause, step back and forward, the timeline scrubber (one stop per phase
 * of each round), and the perspective switch (the public, one seat, or everything).
 */
import { ROLES } from '@shared/rules/types.ts';
import { t } from '../../i18n/t.ts';
import type { Moment, Perspective } from '../../state/replay-timeline.ts';

type Props = {
  moments: readonly Moment[];
  position: number;
  onSeek: (position: number) => void;
  playing: boolean;
  onTogglePlay: () => void;
  perspective: Perspective;
  onPerspective: (p: Perspective) => void;
  names: Readonly<Record<string, string>>;
};

/** Where each round starts on the timeline, as a share of its length (for the tick labels). */
function roundTicks(moments: readonly Moment[]): { label: string; at: number }[] {
  const last = Math.max(1, moments.length - 1);
  const ticks: { label: string; at: number }[] = [];
  moments.forEach((m, i) => {
    const label = m.phase === 'gameOver' ? t('replay.end') : t('replay.roundTick', { round: m.round });
    if (ticks[ticks.length - 1]?.label !== label) ticks.push({ label, at: (i / last) * 100 });
  });
  return ticks;
}

export function ReplayControls(props: Props) {
  const { moments, position, onSeek, playing, onTogglePlay, perspective, onPerspective, names } = props;
  const moment = moments[position];
  const label = moment.phase === 'gameOver' ? t('phase.gameOver') : `${t('common.round', { round: moment.round })} · ${t(`phase.${moment.phase}`)}`;
  return (
    <section className="card replay-controls" aria-label={t('replay.controls')} data-testid="replay-controls">
      <div className="button-row">
        <button type="button" className="button small ghost" data-testid="replay-prev" disabled={position === 0} onClick={() => onSeek(position - 1)}>
          ◀ <span className="visually-hidden">{t('replay.previous')}</span>
        </button>
        <button type="button" className="button small primary" data-testid="replay-play" aria-pressed={playing} onClick={onTogglePlay}>
          {playing ? t('replay.pause') : t('replay.play')}
        </button>
        <button type="button" className="button small ghost" data-testid="replay-next" disabled={position >= moments.length - 1} onClick={() => onSeek(position + 1)}>
          ▶ <span className="visually-hidden">{t('replay.next')}</span>
        </button>
        <span className="replay-position" data-testid="replay-position" data-round={moment.round} data-phase={moment.phase} aria-live="polite">{label}</span>
      </div>
      <label htmlFor="replay-scrubber" className="visually-hidden">{t('replay.timeline')}</label>
      <input id="replay-scrubber" data-testid="replay-scrubber" type="range" min={0} max={moments.length - 1} step={1} value={position}
        aria-valuetext={label} onChange={(e) => onSeek(Number(e.target.value))} className="scrubber" />
      <div className="scrubber-ticks" aria-hidden="true">
        {roundTicks(moments).map((tick) => <span key={tick.label} style={{ left: `${tick.at}%` }}>{tick.label}</span>)}
      </div>
      <div className="field-inline">
        <label htmlFor="replay-perspective">{t('replay.perspective')}</label>
        <select id="replay-perspective" data-testid="replay-perspective" value={perspective} onChange={(e) => onPerspective(e.target.value as Perspective)}>
          <option value="public">{t('replay.public')}</option>
          {ROLES.map((r) => <option key={r} value={r}>{t('replay.seat', { name: names[r] ?? r, role: t(`role.${r}`) })}</option>)}
          <option value="all">{t('replay.all')}</option>
        </select>
      </div>
    </section>
  );
}
