/**
 * "How the model works": the nine stocks and what moves them, the feedback loops, the levers the
 * council can pull, how the sustainability index is scored, and every parameter with its source.
 */
import { SUSTAINABILITY_THRESHOLD, SUSTAINABILITY_WEIGHTS } from '@shared/model/indicators.ts';
import { LeverTable } from '../components/model/LeverTable.tsx';
import { ParamTable } from '../components/model/ParamTable.tsx';
import { t } from '../i18n/t.ts';
import { STOCK_IDS } from '../state/city-selectors.ts';

const LOOPS = ['R1', 'R2', 'R3', 'R4', 'B1', 'B2', 'B3', 'B4'] as const;
const FLOWS = ['G', 'C', 'S', 'Q', 'Y', 'LF', 'INC', 'P'] as const;

export default function ModelScreen() {
  return (
    <div className="model-page" data-testid="screen-model">
      <h1>{t('model.title')}</h1>
      <p className="lede">{t('model.lede')}</p>
      <section className="card" aria-labelledby="stocks-title">
        <h2 id="stocks-title">{t('model.stocks')}</h2>
        <dl className="stock-defs">
          {STOCK_IDS.map((id) => (
            <div key={id}>
              <dt><span className="mono">{id}</span> {t(`indicator.${id}`)} <span className="muted">({t(`unit.${id}`)})</span></dt>
              <dd>{t(`model.stock.${id}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card" aria-labelledby="flows-title">
        <h2 id="flows-title">{t('model.flows')}</h2>
        <p className="muted">{t('model.flows.text')}</p>
        <ol className="flow-steps">
          {FLOWS.map((id) => <li key={id}><span className="mono flow-id">{t(`model.flow.${id}.symbol`)}</span> {t(`model.flow.${id}`)}</li>)}
        </ol>
      </section>
      <section className="card" aria-labelledby="loops-title">
        <h2 id="loops-title">{t('model.loops')}</h2>
        <ul className="loops">
          {LOOPS.map((id) => <li key={id}><strong className={`loop-id ${id[0] === 'R' ? 'reinforcing' : 'balancing'}`}>{id}</strong> {t(`model.loop.${id}`)}</li>)}
        </ul>
      </section>
      <section className="card" aria-labelledby="index-title">
        <h2 id="index-title">{t('indicator.sustainability')}</h2>
        <p>{t('model.index.text', { threshold: SUSTAINABILITY_THRESHOLD })}</p>
        <ul className="weights">
          {Object.entries(SUSTAINABILITY_WEIGHTS).map(([part, w]) => (
            <li key={part}><span>{t(`model.index.${part}` as 'model.index.health')}</span><span className="weight-bar" style={{ width: `${w * 300}px` }} aria-hidden="true" /> <strong>{Math.round(w * 100)} %</strong></li>
          ))}
        </ul>
      </section>
      <LeverTable />
      <ParamTable />
    </div>
  );
}
