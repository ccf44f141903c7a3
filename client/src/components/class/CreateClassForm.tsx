/**
 * "Create a class", for a teacher with one class period: everything has a classroom default, so
 * "Create class" alone works; the choices are the scenario, tables, length and pace, bots, chat,
 * names and whether every table faces the same events. The teacher lands on the class console.
 */
import { useState, type FormEvent } from 'react';
import { CHAT_MODES, MAX_TABLES, NAME_MODES, type ChatMode, type NameMode } from '@shared/protocol/class-messages.ts';
import { MAX_NAME_LENGTH } from '@shared/protocol/room-messages.ts';
import { t, tDynamic } from '../../i18n/t.ts';
import { navigate, paths } from '../../router.tsx';
import * as Setup from '../../state/match-setup.ts';
import { createClass } from '../../screens/class/host-session.ts';
import { Field } from '../Field.tsx';
import { Toggle } from '../Toggle.tsx';

type Form = {
  title: string; scenario: Setup.SetupForm['scenario']; tables: 'auto' | number; rounds: number; pace: Setup.Pace;
  bots: boolean; chatMode: ChatMode; names: NameMode; sameSeed: boolean; spectatorDelaySec: number;
};
const DEFAULTS: Form = { title: '', scenario: 'default', tables: 'auto', rounds: 6, pace: 'quick', bots: true, chatMode: 'open', names: 'filtered', sameSeed: true, spectatorDelaySec: 0 };
const TABLE_CHOICES = Array.from({ length: MAX_TABLES }, (_, i) => i + 1);

export function CreateClassForm() {
  const [form, setForm] = useState<Form>(DEFAULTS);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailed(false);
    const { title, pace, ...rest } = form;
    try {
      const config = { ...rest, ...(title.trim() ? { title: title.trim() } : {}), timers: { ...Setup.PACE_TIMERS[pace] } };
      const code = await createClass(config, Setup.seedFromSearch(window.location.search));
      navigate(paths.teachClass(code));
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };
  return (
    <form className="card create-form" onSubmit={submit} aria-labelledby="create-class-title" data-testid="create-class-form">
      <h2 id="create-class-title">{t('teach.create.title')}</h2>
      <Field label={t('teach.create.name')} htmlFor="class-title" hint={t('teach.create.nameHint')}>
        <input id="class-title" data-testid="class-title" value={form.title} maxLength={MAX_NAME_LENGTH} onChange={(e) => set('title', e.target.value)} />
      </Field>
      <Field label={t('create.scenario')} htmlFor="class-scenario" hint={tDynamic(`scenario.${form.scenario}.story`, '')}>
        <select id="class-scenario" data-testid="class-scenario" value={form.scenario} onChange={(e) => set('scenario', e.target.value as Form['scenario'])}>
          {Setup.SCENARIOS.map((s) => <option key={s} value={s}>{tDynamic(`scenario.${s}`, s)}</option>)}
        </select>
      </Field>
      <div className="field-row">
        <Field label={t('teach.create.tables')} htmlFor="class-tables">
          <select id="class-tables" data-testid="class-tables" value={String(form.tables)} onChange={(e) => set('tables', e.target.value === 'auto' ? 'auto' : Number(e.target.value))}>
            <option value="auto">{t('teach.create.tablesAuto')}</option>
            {TABLE_CHOICES.map((n) => <option key={n} value={n}>{t('teach.create.tablesN', { n })}</option>)}
          </select>
        </Field>
        <Field label={t('create.rounds')} htmlFor="class-rounds">
          <select id="class-rounds" data-testid="class-rounds" value={form.rounds} onChange={(e) => set('rounds', Number(e.target.value))}>
            {Setup.ROUND_CHOICES.map((r) => <option key={r} value={r}>{t('create.roundsOption', { n: r })}</option>)}
          </select>
        </Field>
        <Field label={t('create.pace')} htmlFor="class-pace">
          <select id="class-pace" data-testid="class-pace" value={form.pace} onChange={(e) => set('pace', e.target.value as Setup.Pace)}>
            {Setup.PACES.map((p) => <option key={p} value={p}>{t(`create.pace.${p}`)}</option>)}
          </select>
        </Field>
      </div>
      <div className="field-row">
        <Field label={t('teach.create.chat')} htmlFor="class-chat" hint={t(`teach.chat.${form.chatMode}.hint`)}>
          <select id="class-chat" data-testid="class-chat" value={form.chatMode} onChange={(e) => set('chatMode', e.target.value as ChatMode)}>
            {CHAT_MODES.map((m) => <option key={m} value={m}>{t(`teach.chat.${m}`)}</option>)}
          </select>
        </Field>
        <Field label={t('teach.create.names')} htmlFor="class-names" hint={t(`teach.names.${form.names}.hint`)}>
          <select id="class-names" data-testid="class-names" value={form.names} onChange={(e) => set('names', e.target.value as NameMode)}>
            {NAME_MODES.map((m) => <option key={m} value={m}>{t(`teach.names.${m}`)}</option>)}
          </select>
        </Field>
      </div>
      <fieldset className="toggles">
        <legend>{t('teach.create.tablesLegend')}</legend>
        <Toggle id="class-bots" checked={form.bots} onChange={(v) => set('bots', v)} label={t('teach.create.bots')} hint={t('teach.create.botsHint')} />
        <Toggle id="class-same-seed" checked={form.sameSeed} onChange={(v) => set('sameSeed', v)} label={t('teach.create.sameSeed')} hint={t('teach.create.sameSeedHint')} />
      </fieldset>
      <Field label={t('teach.create.delay')} htmlFor="class-delay">
        <select id="class-delay" data-testid="class-delay" value={form.spectatorDelaySec} onChange={(e) => set('spectatorDelaySec', Number(e.target.value))}>
          {Setup.SPECTATOR_DELAYS.map((d) => <option key={d} value={d}>{d === 0 ? t('create.delay.none') : t('create.delay.seconds', { n: d })}</option>)}
        </select>
      </Field>
      {failed && <p className="form-error" role="alert">{t('teach.create.failed')}</p>}
      <button type="submit" className="button primary wide" data-testid="create-class-submit" disabled={busy}>
        {busy ? t('create.creating') : t('teach.create.submit')}
      </button>
    </form>
  );
}
