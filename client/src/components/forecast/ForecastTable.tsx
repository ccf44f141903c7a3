/** The forecast as numbers: per indicator and year, median and 80 % band with and without the proposal. */
import type { Forecast, IndicatorId } from '@shared/model/types.ts';
import { formatNumber, t } from '../../i18n/t.ts';
import { ScrollRegion } from '../ScrollRegion.tsx';

export function ForecastTable({ forecast, indicators, decimals }: {
  forecast: Forecast; indicators: readonly IndicatorId[]; decimals: Partial<Record<IndicatorId, number>>;
}) {
  const band = (b: { p10: number; median: number; p90: number }, d: number) =>
    `${formatNumber(b.median, d)} (${formatNumber(b.p10, d)}–${formatNumber(b.p90, d)})`;
  return (
    <ScrollRegion label={t('forecast.tableCaption')}>
      <table className="data-table">
        <caption>{t('forecast.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('forecast.indicator')}</th>
            <th scope="col">{t('forecast.year')}</th>
            <th scope="col">{t('forecast.withProposal')}</th>
            <th scope="col">{t('forecast.noChange')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.flatMap((id) =>
            forecast.withProposal[id].map((b, y) => (
              <tr key={`${id}-${y}`}>
                <th scope="row">{t(`indicator.${id}`)}</th>
                <td>{y + 1}</td>
                <td>{band(b, decimals[id] ?? 1)}</td>
                <td>{band(forecast.noChange[id][y], decimals[id] ?? 1)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
