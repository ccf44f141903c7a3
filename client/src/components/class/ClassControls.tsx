/**
 * The controls for the whole class, in the order a lesson uses them: start, pause and resume every
 * table, move every table on, give everyone a minute more, say something to the class, drop an event
 * card on the tables, and end the session (asked twice, since it cannot be undone).
 */
import { useState, type FormEvent } from 'react';
import { EVENT_CARDS } from '@shared/content/events.ts';
import { MAX_BROADCAST_LENGTH, type ClassDashboard, type ClassTarget } from '@shared/protocol/class-messages.ts';
import { t } from '../../i18n/t.ts';
import { command } from '../../screens/class/host-session.ts';

function TargetSelect({ id, tables, value, onChange }: { id: string; tables: number; value: string; onChange: (v: string) => void }) {
  return (
    <select id={id} data-testid={id} value={value} onChange={(e) => onChange(e.target.value)} aria-label={t('teach.controls.target')}>
      <option value="all">{t('teach.controls.allTables')}</option>
      {Array.from({ length: tables }, (_, i) => <option key={i} value={i + 1}>{t('teach.table', { n: i + 1 })}</option>)}
    </select>
  );
}

const targetOf = (value: string): ClassTarget => (value === 'all' ? 'all' : { table: Number(value) });

function BroadcastForm({ tables }: { tables: number }) {
  const [text, setText] = useState('');
  const [target, setTarget] = useState('all');
  const send = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    command('broadcast', { target: targetOf(target), text: text.trim() });
    setText('');
  };
  return (
    <form className="control-form" onSubmit={send}>
      <label htmlFor="class-broadcast-text" className="visually-hidden">{t('teach.controls.broadcast')}</label>
      <input id="class-broadcast-text" data-testid="class-broadcast-text" value={text} maxLength={MAX_BROADCAST_LENGTH}
        placeholder={t('teach.controls.broadcastPlaceholder')} onChange={(e) => setText(e.target.value)} />
      <TargetSelect id="class-broadcast-target" tables={tables} value={target} onChange={setTarget} />
      <button type="submit" className="button small" data-testid="class-broadcast-send">{t('teach.controls.send')}</button>
    </form>
  );
}

function InjectForm({ tables, cards }: { tables: number; cards: readonly string[] }) {
  const [card, setCard] = useState(cards[0] ?? '');
  const [target, setTarget] = useState('all');
  return (
    <form className="control-form" onSubmit={(e) => { e.preventDefault(); if (card) command('injectEvent', { target: targetOf(target), cardId: card }); }}>
      <label htmlFor="class-inject-card" className="visually-hidden">{t('teach.controls.inject')}</label>
      <select id="class-inject-card" data-testid="class-inject-card" value={card} onChange={(e) => setCard(e.target.value)}>
        {cards.map((id) => <option key={id} value={id}>{EVENT_CARDS[id]?.title ?? id}</option>)}
      </select>
      <TargetSelect id="class-inject-target" tables={tables} value={target} onChange={setTarget} />
      <button type="submit" className="button small" data-testid="class-inject-send">{t('teach.controls.injectSend')}</button>
    </form>
  );
}

function EndButton() {
  const [asking, setAsking] = useState(false);
  if (!asking) return <button type="button" className="button small danger" data-testid="class-end" onClick={() => setAsking(true)}>{t('teach.controls.end')}</button>;
  return (
    <span className="confirm" role="group" aria-label={t('teach.controls.endConfirm')}>
      <span className="small">{t('teach.controls.endConfirm')}</span>
      <button type="button" className="button small danger" data-testid="class-end-confirm" onClick={() => { command('endSession', { target: 'all' }); setAsking(false); }}>{t('common.yes')}</button>
      <button type="button" className="button small ghost" onClick={() => setAsking(false)}>{t('common.no')}</button>
    </span>
  );
}

export function ClassControls({ dashboard }: { dashboard: ClassDashboard }) {
  const { status } = dashboard;
  const tables = dashboard.tables.length;
  const anyPaused = dashboard.tables.some((c) => c.paused);
  if (status === 'ended') return <p className="card notice-card" data-testid="class-ended-note">{t('teach.controls.ended')}</p>;
  return (
    <section className="card class-controls" aria-labelledby="controls-title" data-testid="class-controls">
      <h2 id="controls-title" className="visually-hidden">{t('teach.controls.title')}</h2>
      <div className="button-row">
        {status === 'gathering' ? (
          <button type="button" className="button primary big" data-testid="class-start" disabled={dashboard.students.length === 0}
            onClick={() => command('start', { target: 'all' })}>{t('teach.controls.start')}</button>
        ) : (
          <>
            <button type="button" className="button primary" data-testid="class-pause-all" onClick={() => command('pause', { target: 'all' })}>{t('teach.controls.pauseAll')}</button>
            <button type="button" className="button" data-testid="class-resume-all" disabled={!anyPaused} onClick={() => command('resume', { target: 'all' })}>{t('teach.controls.resumeAll')}</button>
            <button type="button" className="button ghost" data-testid="class-advance-all" onClick={() => command('advancePhase', { target: 'all' })}>{t('teach.controls.advanceAll')}</button>
            <button type="button" className="button ghost" data-testid="class-extend-all" onClick={() => command('extendTimer', { target: 'all', seconds: 60 })}>{t('teach.controls.extendAll')}</button>
          </>
        )}
        <EndButton />
      </div>
      <div className="control-forms">
        <BroadcastForm tables={tables} />
        {status !== 'gathering' && <InjectForm tables={tables} cards={dashboard.injectable} />}
      </div>
    </section>
  );
}
