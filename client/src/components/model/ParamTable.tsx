/**
 * The model's parameter table, as printed in model.md: every figure with its unit, plausible range,
 * source status (V verified, S secondary, A assumption) and basis, filterable by status.
 */
import { useState } from 'react';
import { MODEL_PARAMS } from '@shared/model/params.ts';
import { ScrollRegion } from '../ScrollRegion.tsx';
import { formatNumber, t } from '../../i18n/t.ts';
import { SourceBadge } from './SourceBadge.tsx';

const FILTERS = ['all', 'V', 'S', 'A'] as const;

function show(v: number): string {
  const abs = Math.abs(v);
  return formatNumber(v, abs !== 0 && abs < 0.1 ? 3 : abs < 10 && !Number.isInteger(v) ? 2 : 0);
}

export function ParamTable() {
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>('all');
  const rows = Object.entries(MODEL_PARAMS).filter(([, p]) => filter === 'all' || p.source === filter);
  return (
    <section className="card" aria-labelledby="params-title" data-testid="param-table">
      <header className="panel-head">
        <h2 id="params-title">{t('model.params')}</h2>
        <div className="segmented" role="group" aria-label={t('model.filter')}>
          {FILTERS.map((f) => (
            <button key={f} type="button" className={filter === f ? 'on' : ''} aria-pressed={filter === f} onClick={() => setFilter(f)} data-testid={`param-filter-${f}`}>
              {f === 'all' ? t('model.filter.all') : f}
            </button>
          ))}
        </div>
      </header>
      <ScrollRegion label={t('model.params')}>
        <table className="data-table">
          <caption className="visually-hidden">{t('model.params')}</caption>
          <thead>
            <tr><th scope="col">{t('model.col.param')}</th><th scope="col">{t('model.col.value')}</th><th scope="col">{t('model.col.range')}</th><th scope="col">{t('model.col.source')}</th><th scope="col">{t('model.col.basis')}</th></tr>
          </thead>
          <tbody>
            {rows.map(([id, p]) => (
              <tr key={id}>
                <th scope="row" className="mono">{id}</th>
                <td>{show(p.value)} <span className="muted">{p.unit}</span></td>
                <td>{p.min === p.max ? '—' : `${show(p.min)}–${show(p.max)}`}</td>
                <td><SourceBadge source={p.source} /></td>
                <td className="small">{p.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
