/**
 * Custom phase timers, folded away under the pace choice: seconds for each phase of a year. Empty
 * means "use the pace"; the server checks the allowed ranges.
 */
import type { TimedPhase } from '@shared/rules/types.ts';
import { t } from '../../i18n/t.ts';
import { TIMED_PHASES } from '../../state/table-selectors.ts';

export type TimerOverrides = Partial<Record<TimedPhase, number>>;

export function TimersField({ base, value, onChange }: { base: Readonly<Record<TimedPhase, number>>; value: TimerOverrides; onChange: (v: TimerOverrides) => void }) {
  const set = (phase: TimedPhase, raw: string) => {
    const next = { ...value };
    const seconds = Math.round(Number(raw));
    if (raw === '' || !Number.isFinite(seconds)) delete next[phase];
    else next[phase] = seconds;
    onChange(next);
  };
  return (
    <details className="timers-field" data-testid="create-timers">
      <summary>{t('create.timers')}</summary>
      <p className="field-hint">{t('create.timers.hint')}</p>
      <div className="timer-grid">
        {TIMED_PHASES.map((phase) => (
          <label key={phase} htmlFor={`timer-${phase}`}>
            <span>{t(`phase.${phase}`)}</span>
            <input id={`timer-${phase}`} data-testid={`create-timer-${phase}`} type="number" min={5} max={1800} step={5}
              placeholder={String(base[phase])} value={value[phase] ?? ''} onChange={(e) => set(phase, e.target.value)} />
          </label>
        ))}
      </div>
    </details>
  );
}
