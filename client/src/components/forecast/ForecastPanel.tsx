/**
 * What a proposal would do to the city over the next three years, against leaving things as they are:
 * medians with 80 % bands from the model's Monte Carlo runs (computed in a worker), a data table, and
 * the viewer's agenda meter.
 */
import { useState } from 'react';
import type { IndicatorId } from '@shared/model/types.ts';
import type { Proposal, Role } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { formatNumber, t } from '../../i18n/t.ts';
import { agendaMeter } from '../../state/agenda-meter.ts';
import { FORECAST_RUNS, useForecast } from '../../workers/forecast-client.ts';
import { AgendaMeter } from './AgendaMeter.tsx';
import { BandChart } from './BandChart.tsx';
import { ForecastTable } from './ForecastTable.tsx';

export const FORECAST_INDICATORS: readonly IndicatorId[] = ['sustainability', 'P', 'H', 'T', 'R', 'B'];
const DECIMALS: Partial<Record<IndicatorId, number>> = { sustainability: 0, P: 1, H: 1, T: 1, R: 1, B: 1 };

export function ForecastPanel({ view, proposal, me, nowValues }: {
  view: MatchView; proposal: Proposal; me: Role | null; nowValues: Partial<Record<IndicatorId, number>>;
}) {
  const [asTable, setAsTable] = useState(false);
  const state = useForecast({ world: view.world, levers: view.levers, knowledge: view.knowledge, lever: proposal.lever, value: proposal.value });
  const forecast = state.status === 'ready' ? state.forecast : null;
  const meter = me && view.seats[me].agenda ? agendaMeter(view, me, nowValues.sustainability ?? null, forecast, proposal) : null;
  return (
    <section className="forecast-panel" aria-label={t('forecast.title')} data-testid={`forecast-${proposal.id}`} aria-busy={state.status === 'loading'}>
      <header className="panel-head">
        <h4>{t('forecast.title')}</h4>
        <button type="button" className="button small ghost" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}
          data-testid={`forecast-table-toggle-${proposal.id}`}>
          {asTable ? t('common.showChart') : t('common.showTable')}
        </button>
      </header>
      <p className="muted small">{t('forecast.legend', { runs: FORECAST_RUNS })}</p>
      {state.status === 'loading' && <p className="muted" role="status">{t('forecast.loading')}</p>}
      {state.status === 'error' && <p className="form-error">{t('forecast.error')}</p>}
      {forecast && asTable && <ForecastTable forecast={forecast} indicators={FORECAST_INDICATORS} decimals={DECIMALS} />}
      {forecast && !asTable && (
        <ul className="band-grid" data-testid={`forecast-ready-${proposal.id}`}>
          {FORECAST_INDICATORS.map((id) => {
            const w = forecast.withProposal[id];
            const n = forecast.noChange[id];
            const last = w.length - 1;
            return (
              <li key={id} className="band-cell">
                <span className="band-label">{t(`indicator.${id}`)}</span>
                <BandChart now={nowValues[id] ?? n[0].median} withBands={w} noBands={n} />
                <span className="band-values small">
                  {t('forecast.inYears', { years: forecast.years })}: <strong>{formatNumber(w[last].median, DECIMALS[id])}</strong>{' '}
                  <span className="muted">{t('forecast.vs', { value: formatNumber(n[last].median, DECIMALS[id]) })}</span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {meter && (
        <div className="agenda-in-forecast">
          <h5>{t('agenda.meterTitle', { title: view.seats[me!].agenda!.title })}</h5>
          <AgendaMeter rows={meter} showForecast />
        </div>
      )}
    </section>
  );
}
