/** "Join by code": the five letters a friend read out, or pasted from an invite link. */
import { useState, type FormEvent } from 'react';
import { t } from '../../i18n/t.ts';
import { navigate, paths } from '../../router.tsx';
import { normaliseCode } from '../../state/match-setup.ts';

export function JoinMatchForm() {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const cleaned = normaliseCode(code.includes('/m/') ? code.split('/m/')[1] ?? '' : code);

  const go = (target: 'play' | 'watch') => (event?: FormEvent) => {
    event?.preventDefault();
    if (cleaned.length < 4) return setError(t('join.error.code'));
    navigate(target === 'play' ? paths.match(cleaned) : paths.spectate(cleaned));
  };

  return (
    <form className="card join-form" onSubmit={go('play')} aria-labelledby="join-title">
      <h2 id="join-title">{t('join.title')}</h2>
      <p className="muted">{t('join.text')}</p>
      <label htmlFor="join-code" className="visually-hidden">{t('join.code')}</label>
      <input id="join-code" data-testid="join-code" className="code-input" value={code} placeholder={t('join.placeholder')}
        autoCapitalize="characters" autoComplete="off" spellCheck={false} onChange={(e) => { setCode(e.target.value); setError(null); }} />
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="button-row">
        <button type="submit" className="button primary" data-testid="join-submit">{t('join.submit')}</button>
        <button type="button" className="button ghost" data-testid="join-watch" onClick={() => go('watch')()}>{t('join.watch')}</button>
      </div>
    </form>
  );
}
