/**
 * "Create match": scenario, length, pace, bots, who may watch. On success the host lands in the lobby
 * of the new match at its invite link /m/CODE.
 */
import { useState, type FormEvent } from 'react';
import { MAX_NAME_LENGTH } from '../../state/limits.ts';
import { t, tDynamic } from '../../i18n/t.ts';
import { createMatch } from '../../net/match-session.ts';
import { loadName, saveName } from '../../net/seat-tokens.ts';
import { navigate, paths } from '../../router.tsx';
import * as Setup from '../../state/match-setup.ts';
import { Field } from '../Field.tsx';
import { Toggle } from '../Toggle.tsx';
import { TimersField } from './TimersField.tsx';

export function CreateMatchForm() {
  const [form, setForm] = useState<Setup.SetupForm>({ ...Setup.DEFAULT_SETUP, name: loadName() });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof Setup.SetupForm>(key: K, value: Setup.SetupForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.name.trim()) return setError(t('create.error.name'));
    setBusy(true);
    setError(null);
    saveName(form.name.trim());
    try {
      const code = await createMatch(Setup.toCreateOptions(form, Setup.seedFromSearch(window.location.search)));
      navigate(paths.match(code));
    } catch {
      setError(t('create.error.failed'));
      setBusy(false);
    }
  };

  return (
    <form className="card create-form" onSubmit={submit} aria-labelledby="create-title" data-testid="create-form">
      <h2 id="create-title">{t('create.title')}</h2>
      <Field label={t('create.name')} htmlFor="create-name">
        <input id="create-name" data-testid="create-name" value={form.name} maxLength={MAX_NAME_LENGTH} autoComplete="nickname"
          onChange={(e) => set('name', e.target.value)} required />
      </Field>
      <Field label={t('create.scenario')} htmlFor="create-scenario" hint={tDynamic(`scenario.${form.scenario}.story`, '')}>
        <select id="create-scenario" data-testid="create-scenario" value={form.scenario}
          onChange={(e) => set('scenario', e.target.value as Setup.SetupForm['scenario'])}>
          {Setup.SCENARIOS.map((s) => <option key={s} value={s}>{tDynamic(`scenario.${s}`, s)}</option>)}
        </select>
      </Field>
      <div className="field-row">
        <Field label={t('create.rounds')} htmlFor="create-rounds">
          <select id="create-rounds" data-testid="create-rounds" value={form.rounds} onChange={(e) => set('rounds', Number(e.target.value))}>
            {Setup.ROUND_CHOICES.map((r) => <option key={r} value={r}>{t('create.roundsOption', { n: r })}</option>)}
          </select>
        </Field>
        <Field label={t('create.pace')} htmlFor="create-pace">
          <select id="create-pace" data-testid="create-pace" value={form.pace} onChange={(e) => set('pace', e.target.value as Setup.Pace)}>
            {Setup.PACES.map((p) => <option key={p} value={p}>{t(`create.pace.${p}`)}</option>)}
          </select>
        </Field>
      </div>
      <TimersField base={Setup.PACE_TIMERS[form.pace]} value={form.timers ?? {}} onChange={(v) => set('timers', v)} />
      <fieldset className="toggles">
        <legend>{t('create.table')}</legend>
        <Toggle id="create-bots" checked={form.bots} onChange={(v) => set('bots', v)} label={t('create.bots')} hint={t('create.bots.hint')} />
        <Toggle id="create-public" checked={form.isPublic} onChange={(v) => set('isPublic', v)} label={t('create.public')} hint={t('create.public.hint')} />
        <Toggle id="create-spectators" checked={form.allowSpectators} onChange={(v) => set('allowSpectators', v)} label={t('create.spectators')} />
      </fieldset>
      {form.allowSpectators && (
        <Field label={t('create.delay')} htmlFor="create-delay">
          <select id="create-delay" data-testid="create-delay" value={form.spectatorDelaySec} onChange={(e) => set('spectatorDelaySec', Number(e.target.value))}>
            {Setup.SPECTATOR_DELAYS.map((d) => <option key={d} value={d}>{d === 0 ? t('create.delay.none') : t('create.delay.seconds', { n: d })}</option>)}
          </select>
        </Field>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
      <button type="submit" className="button primary wide" data-testid="create-submit" disabled={busy}>
        {busy ? t('create.creating') : t('create.submit')}
      </button>
    </form>
  );
}
