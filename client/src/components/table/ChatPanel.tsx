/**
 * The council's talk: public messages and private whispers (only the two people involved see a
 * whisper until the end). Spectators read the public part; seated players write.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Role } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { t } from '../../i18n/t.ts';
import { sendIntent } from '../../net/game-actions.ts';
import { MAX_CHAT_LENGTH } from '../../state/limits.ts';
import { otherRoles, seatLabel, visibleChat } from '../../state/table-selectors.ts';
import { RoleGlyph } from '../RoleGlyph.tsx';

function Composer({ view, me }: { view: MatchView; me: Role }) {
  const [to, setTo] = useState<Role | 'all'>('all');
  const [text, setText] = useState('');
  const send = (event: FormEvent) => {
    event.preventDefault();
    const body = text.trim();
    if (!body) return;
    const sent = to === 'all' ? sendIntent('chat', { text: body }) : sendIntent('whisper', { to, text: body });
    if (sent) setText('');
  };
  return (
    <form className="chat-composer" onSubmit={send}>
      <label htmlFor="chat-to" className="visually-hidden">{t('chat.to')}</label>
      <select id="chat-to" data-testid="chat-to" value={to} onChange={(e) => setTo(e.target.value as Role | 'all')}>
        <option value="all">{t('chat.everyone')}</option>
        {otherRoles(view, me).map((r) => <option key={r} value={r}>{t('chat.whisperTo', { name: seatLabel(view, r) })}</option>)}
      </select>
      <label htmlFor="chat-input" className="visually-hidden">{t('chat.message')}</label>
      <input id="chat-input" data-testid="chat-input" value={text} maxLength={MAX_CHAT_LENGTH} placeholder={t('chat.placeholder')}
        onChange={(e) => setText(e.target.value)} autoComplete="off" />
      <button type="submit" className="button primary small" data-testid="chat-send">{t('chat.send')}</button>
    </form>
  );
}

export function ChatPanel({ view, me }: { view: MatchView; me: Role | null }) {
  const messages = visibleChat(view);
  const logRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [messages.length]);
  return (
    <section className="card chat-panel" aria-labelledby="chat-title" data-testid="chat-panel">
      <h2 id="chat-title">{t('chat.title')}</h2>
      <ol className="chat-log" ref={logRef} aria-live="polite" aria-relevant="additions" tabIndex={0} aria-label={t('chat.log')}>
        {messages.length === 0 && <li className="muted small">{t('chat.empty')}</li>}
        {messages.map((m) => (
          <li key={m.id} className={`chat-line ${m.to === 'all' ? '' : 'whisper'} role-${m.from}`} data-testid="chat-message">
            <RoleGlyph role={m.from} size={16} />
            <span className="chat-from">{seatLabel(view, m.from)}</span>
            {m.to !== 'all' && <span className="chat-whisper">{t('chat.whisperLabel', { to: seatLabel(view, m.to) })}</span>}
            <span className="chat-text">{m.text}</span>
          </li>
        ))}
      </ol>
      {me && <Composer view={view} me={me} />}
    </section>
  );
}
