/**
 * Tabling a policy: pick a lever, set its new value within range, see what it costs in influence.
 * One proposal per seat per round; the server checks the rest and explains any refusal.
 */
import { useState, type FormEvent } from 'react';
import { BALANCE } from '@shared/content/balance.ts';
import type { LeverId } from '@shared/model/types.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { t } from '../../i18n/t.ts';
import { sendIntent } from '../../net/game-actions.ts';
import { formatLeverValue, LEVER_LIST, leverLabel, leverSpec } from '../../state/lever-format.ts';
import { LeverValueInput } from './LeverValueInput.tsx';

function firstDifferent(lever: LeverId, current: number): number {
  const spec = leverSpec(lever);
  if (lever === 'depositScheme') return current >= 1 ? 0 : 1;
  const up = current + spec.step * Math.max(1, Math.round((spec.max - spec.min) / spec.step / 4));
  return Number(Math.min(spec.max, up > spec.max ? Math.max(spec.min, current - spec.step) : up).toFixed(6));
}

export function ProposeForm({ view, influence }: { view: MatchView; influence: number | null }) {
  const [lever, setLever] = useState<LeverId>('landfillTax');
  const [value, setValue] = useState(() => firstDifferent('landfillTax', view.levers.landfillTax));
  const [sent, setSent] = useState(false);
  const cost = BALANCE.policyCost[lever];
  const pick = (next: LeverId) => {
    setLever(next);
    setValue(firstDifferent(next, view.levers[next]));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSent(sendIntent('proposePolicy', { lever, value }));
    window.setTimeout(() => setSent(false), 3000);
  };
  return (
    <form className="card propose-form" onSubmit={submit} aria-labelledby="propose-title" data-testid="propose-form">
      <h2 id="propose-title">{t('proposal.formTitle')}</h2>
      <label htmlFor="propose-lever">{t('proposal.lever')}</label>
      <select id="propose-lever" data-testid="propose-lever" value={lever} onChange={(e) => pick(e.target.value as LeverId)}>
        {LEVER_LIST.map((id) => (
          <option key={id} value={id} disabled={view.frozenLever === id}>
            {leverLabel(id)} — {t('proposal.now', { value: formatLeverValue(id, view.levers[id]) })}
            {view.frozenLever === id ? ` (${t('proposal.frozen')})` : ''}
          </option>
        ))}
      </select>
      <p className="field-hint">{t(`policy.${lever}`)}</p>
      <label htmlFor="propose-value">{t('proposal.newValue')}</label>
      <LeverValueInput id="propose-value" lever={lever} value={value} onChange={setValue} />
      <p className="propose-cost">
        {t('proposal.cost', { cost })}
        {influence !== null && <span className="muted"> · {t('proposal.youHave', { n: influence })}</span>}
      </p>
      <button type="submit" className="button primary wide" data-testid="propose-submit" disabled={sent}>
        {sent ? t('common.sending') : t('proposal.submit')}
      </button>
    </form>
  );
}
