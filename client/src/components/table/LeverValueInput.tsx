/** Sets a policy's value within its lever's range: a slider and a number box kept in step, or on/off. */
import type { LeverId } from '@shared/model/types.ts';
import { t } from '../../i18n/t.ts';
import { formatLeverValue, leverSpec } from '../../state/lever-format.ts';

export function LeverValueInput({ lever, value, onChange, id }: { lever: LeverId; value: number; onChange: (v: number) => void; id: string }) {
  const spec = leverSpec(lever);
  if (lever === 'depositScheme') {
    return (
      <div className="segmented" role="radiogroup" aria-label={t('proposal.value')}>
        {[1, 0].map((v) => (
          <label key={v} className={value === v ? 'on' : ''}>
            <input type="radio" name={id} value={v} checked={value === v} onChange={() => onChange(v)} data-testid={`${id}-${v ? 'on' : 'off'}`} />
            {v ? t('lever.on') : t('lever.off')}
          </label>
        ))}
      </div>
    );
  }
  return (
    <div className="lever-input">
      <input type="range" min={spec.min} max={spec.max} step={spec.step} value={value} aria-label={t('proposal.value')}
        aria-valuetext={formatLeverValue(lever, value)} onChange={(e) => onChange(Number(e.target.value))} />
      <input type="number" id={id} data-testid={id} min={spec.min} max={spec.max} step={spec.step} value={value}
        aria-label={t('proposal.valueIn', { unit: spec.unit })} onChange={(e) => onChange(Number(e.target.value))} />
      <span className="lever-readout" aria-hidden="true">{formatLeverValue(lever, value)}</span>
    </div>
  );
}
