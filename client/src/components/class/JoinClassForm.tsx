/**
 * "Join your class": the class code from the board (or the link) and a name — or a friendly generated
 * one for students who would rather not type theirs. Refusals (a name the filter stops, a wrong code)
 * are explained in plain words.
 */
import { useState, type FormEvent } from 'react';
import { MAX_NAME_LENGTH } from '@shared/protocol/room-messages.ts';
import { t, type MessageKey } from '../../i18n/t.ts';
import { Field } from '../Field.tsx';

const CODE_LENGTH = 6;

export function normaliseClassCode(input: string): string {
  return input.replace(/[^A-Za-z0-9]/g, '').toUpperCase().slice(0, CODE_LENGTH);
}

type Props = { initialCode: string | null; busy: boolean; failure: MessageKey | null; onJoin: (code: string, name: string | undefined) => void };

export function JoinClassForm({ initialCode, busy, failure, onJoin }: Props) {
  const [code, setCode] = useState(initialCode ?? '');
  const [name, setName] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const submit = (generated: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    const clean = normaliseClassCode(code);
    if (clean.length !== CODE_LENGTH) return setError('class.join.badCode');
    if (!generated && !name.trim()) return setError('class.join.noName');
    setError(null);
    onJoin(clean, generated ? undefined : name.trim());
  };
  const shown = error ?? failure;
  return (
    <form className="card narrow class-join" onSubmit={submit(false)} aria-labelledby="class-join-title" data-testid="class-join-form">
      <p className="eyebrow">{t('class.join.eyebrow')}</p>
      <h1 id="class-join-title">{t('class.join.title')}</h1>
      <p className="muted">{t('class.join.lede')}</p>
      <Field label={t('class.join.code')} htmlFor="class-code" hint={t('class.join.codeHint')}>
        <input id="class-code" data-testid="class-code" className="code-input mono" value={code} autoComplete="off" autoCapitalize="characters"
          inputMode="text" maxLength={12} placeholder="ABC234" onChange={(e) => setCode(normaliseClassCode(e.target.value))} />
      </Field>
      <Field label={t('class.join.name')} htmlFor="class-name" hint={t('class.join.nameHint')}>
        <input id="class-name" data-testid="class-name" value={name} maxLength={MAX_NAME_LENGTH} autoComplete="given-name"
          onChange={(e) => setName(e.target.value)} />
      </Field>
      {shown && <p className="form-error" role="alert" data-testid="class-join-error">{t(shown)}</p>}
      <div className="button-row">
        <button type="submit" className="button primary" data-testid="class-join-submit" disabled={busy}>
          {busy ? t('class.join.joining') : t('class.join.submit')}
        </button>
        <button type="button" className="button ghost" data-testid="class-join-generated" disabled={busy} onClick={() => submit(true)()}>
          {t('class.join.generated')}
        </button>
      </div>
    </form>
  );
}
