/** The spectators' own chat, rate-limited by the server and never shown to seated players during play. */
import { useState, type FormEvent } from 'react';
import { t } from '../../i18n/t.ts';
import { sendRoomMessage } from '../../net/game-actions.ts';
import { MAX_SPECTATOR_CHAT_LENGTH } from '../../state/limits.ts';
import type { SpectatorLine } from '../../state/session-state.ts';

export function SpectatorChat({ lines }: { lines: readonly SpectatorLine[] }) {
  const [text, setText] = useState('');
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    if (sendRoomMessage('spectatorChat', { text: text.trim() })) setText('');
  };
  return (
    <section className="card chat-panel spectator-chat" aria-labelledby="spec-chat-title" data-testid="spectator-chat">
      <h2 id="spec-chat-title">{t('spectator.chat')}</h2>
      <ol className="chat-log" aria-live="polite" tabIndex={0} aria-label={t('spectator.chat')}>
        {lines.length === 0 && <li className="muted small">{t('chat.empty')}</li>}
        {lines.map((l) => (
          <li key={l.id} className="chat-line" data-testid="spectator-chat-line">
            <span className="chat-from">{l.from}</span>
            <span className="chat-text">{l.text}</span>
          </li>
        ))}
      </ol>
      <form className="chat-composer" onSubmit={send}>
        <label htmlFor="spectator-chat-input" className="visually-hidden">{t('chat.message')}</label>
        <input id="spectator-chat-input" data-testid="spectator-chat-input" value={text} maxLength={MAX_SPECTATOR_CHAT_LENGTH}
          placeholder={t('chat.placeholder')} onChange={(e) => setText(e.target.value)} autoComplete="off" />
        <button type="submit" className="button primary small" data-testid="spectator-chat-send">{t('chat.send')}</button>
      </form>
    </section>
  );
}
