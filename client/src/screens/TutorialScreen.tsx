/**
 * The tutorial's front page: the game in five steps, then one button that sets up a private round
 * against three bots with a coach at the table.
 */
import { useState } from 'react';
import { t } from '../i18n/t.ts';
import { loadName, saveName } from '../net/seat-tokens.ts';
import { startTutorial } from '../net/tutorial-start.ts';
import { navigate, paths } from '../router.tsx';
import { MAX_NAME_LENGTH } from '../state/limits.ts';

const STEPS = ['roles', 'round', 'city', 'deals', 'win'] as const;

export default function TutorialScreen() {
  const [name, setName] = useState(loadName() || t('tutorial.defaultName'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(false);
  const start = async () => {
    setBusy(true);
    setError(false);
    saveName(name.trim() || t('tutorial.defaultName'));
    try {
      const code = await startTutorial(name.trim() || t('tutorial.defaultName'));
      navigate(paths.match(code));
    } catch {
      setError(true);
      setBusy(false);
    }
  };
  return (
    <div className="narrow" data-testid="screen-tutorial">
      <h1>{t('tutorial.title')}</h1>
      <p className="lede">{t('tutorial.lede')}</p>
      <ol className="tutorial-steps">
        {STEPS.map((s) => (
          <li key={s} className="card">
            <h2>{t(`tutorial.step.${s}.title`)}</h2>
            <p>{t(`tutorial.step.${s}.text`)}</p>
          </li>
        ))}
      </ol>
      <div className="card">
        <label htmlFor="tutorial-name">{t('create.name')}</label>
        <input id="tutorial-name" data-testid="tutorial-name" value={name} maxLength={MAX_NAME_LENGTH} onChange={(e) => setName(e.target.value)} />
        {error && <p className="form-error" role="alert">{t('tutorial.error')}</p>}
        <button type="button" className="button primary wide" data-testid="tutorial-start" disabled={busy} onClick={start}>
          {busy ? t('tutorial.starting') : t('tutorial.start')}
        </button>
      </div>
    </div>
  );
}
