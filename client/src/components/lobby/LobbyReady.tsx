/** "I'm ready" in the lobby: tells the host (and everyone) this seat is set to play. */
import { t } from '../../i18n/t.ts';
import { sendIntent } from '../../net/game-actions.ts';

export function LobbyReady({ ready }: { ready: boolean }) {
  return (
    <section className="card lobby-ready" aria-labelledby="lobby-ready-title">
      <h2 id="lobby-ready-title">{t('lobby.readyTitle')}</h2>
      <p className="muted small">{t('lobby.readyText')}</p>
      <button type="button" className={`button wide ${ready ? 'ready-on' : 'primary'}`} aria-pressed={ready} data-testid="lobby-ready"
        onClick={() => sendIntent('ready', { ready: !ready })}>
        {ready ? t('table.readyOn') : t('table.ready')}
      </button>
    </section>
  );
}
