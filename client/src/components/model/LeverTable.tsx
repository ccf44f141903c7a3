/** The 13 policy levers: range, default, what they do in the model, their champions and real anchors. */
import { LEVERS } from '@shared/model/levers.ts';
import { ScrollRegion } from '../ScrollRegion.tsx';
import { t } from '../../i18n/t.ts';
import { formatLeverValue, LEVER_LIST } from '../../state/lever-format.ts';
import { SourceBadge } from './SourceBadge.tsx';

export function LeverTable() {
  return (
    <section className="card" aria-labelledby="levers-title" data-testid="lever-table">
      <h2 id="levers-title">{t('model.levers')}</h2>
      <p className="muted">{t('model.levers.text')}</p>
      <ScrollRegion label={t('model.levers')}>
        <table className="data-table">
          <caption className="visually-hidden">{t('model.levers')}</caption>
          <thead>
            <tr><th scope="col">{t('model.col.lever')}</th><th scope="col">{t('model.col.range')}</th><th scope="col">{t('model.col.default')}</th><th scope="col">{t('model.col.effect')}</th><th scope="col">{t('model.col.champion')}</th><th scope="col">{t('model.col.source')}</th><th scope="col">{t('model.col.anchor')}</th></tr>
          </thead>
          <tbody>
            {LEVER_LIST.map((id) => {
              const l = LEVERS[id];
              return (
                <tr key={id}>
                  <th scope="row">{t(`lever.${id}`)} <span className="muted mono">{l.symbol}</span></th>
                  <td>{formatLeverValue(id, l.min)} – {formatLeverValue(id, l.max)}</td>
                  <td>{formatLeverValue(id, l.default)}</td>
                  <td className="small">{l.effect}</td>
                  <td className="small">{l.champion.map((c) => t(`role.${c}`)).join(', ')}</td>
                  <td><SourceBadge source={l.source} /></td>
                  <td className="small">{l.anchor}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
