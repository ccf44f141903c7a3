/**
 * One table's debrief: how the city ended, every seat's secret agenda revealed and whether it was met,
 * the decisions that moved the outcome most (and all the others), and the luck of the draw kept apart
 * from policy.
 */
import { EVENT_CARDS } from '@shared/content/events.ts';
import { formatDelta, formatNumber, t } from '../../i18n/t.ts';
import { formatLeverValue, leverLabel } from '../../state/lever-format.ts';
import { orderedDecisions, type DebriefTable } from '../../screens/class/debrief-model.ts';
import { RoleGlyph } from '../RoleGlyph.tsx';

function Outcome({ table }: { table: DebriefTable }) {
  const { outcome } = table.debrief;
  const last = table.debrief.trajectory[table.debrief.trajectory.length - 1];
  const score = formatNumber(last.indicators.sustainability, 0);
  if (!outcome) return <p className="chip" data-testid={`debrief-outcome-${table.table}`}>{t('teach.debrief.unfinished', { years: table.state.rounds.length, score })}</p>;
  const key = outcome.reason === 'collapse' ? 'teach.debrief.collapsed' : outcome.citySucceeded ? 'teach.debrief.succeeded' : 'teach.debrief.failed';
  return <p className={`chip ${outcome.citySucceeded ? 'good' : 'bad'}`} data-testid={`debrief-outcome-${table.table}`}>{t(key, { score })}</p>;
}

export function TableDebriefCard({ table }: { table: DebriefTable }) {
  const { debrief } = table;
  const key = new Set(debrief.keyDecisionIds);
  const decisions = orderedDecisions(table);
  return (
    <article className="card table-debrief" aria-labelledby={`debrief-${table.table}`} data-testid={`table-debrief-${table.table}`}>
      <header className="table-debrief-head">
        <h3 id={`debrief-${table.table}`}>{t('teach.table', { n: table.table })}</h3>
        <Outcome table={table} />
      </header>
      <h4>{t('teach.debrief.agendas')}</h4>
      <ul className="plain debrief-agendas">
        {debrief.agendas.map((a) => (
          <li key={a.role}>
            <RoleGlyph role={a.role} size={18} /> <strong>{a.name}</strong> · {a.title ?? '—'}{' '}
            <span className={`chip small ${a.met ? 'good' : a.met === false ? 'bad' : ''}`}>{a.met === null ? t('teach.debrief.metUnknown') : a.met ? t('teach.debrief.met') : t('teach.debrief.notMet')}</span>
            {a.exposed && <span className="chip small bad">{t('teach.debrief.exposed')}</span>}
          </li>
        ))}
      </ul>
      <h4>{t('teach.debrief.decisions')}</h4>
      {decisions.length === 0 && <p className="muted small">{t('teach.debrief.noDecisions')}</p>}
      <ol className="plain debrief-decisions">
        {decisions.map((d) => (
          <li key={d.proposalId} className={key.has(d.proposalId) ? 'key' : ''}>
            <span>
              {key.has(d.proposalId) && <span className="chip small key-chip">{t('teach.debrief.key')}</span>}
              {t('teach.debrief.decision', { round: d.round, lever: leverLabel(d.lever), from: formatLeverValue(d.lever, d.from), to: formatLeverValue(d.lever, d.value), role: t(`role.${d.by}`) })}
            </span>
            <span className={`effect ${d.effect >= 0 ? 'good-text' : 'bad-text'}`}>{t('teach.debrief.effect', { effect: formatDelta(d.effect, 1) })}</span>
          </li>
        ))}
      </ol>
      {debrief.fortunes.length > 0 && (
        <p className="small muted">
          {t('teach.debrief.luck', {
            round: debrief.fortunes[0].round,
            what: debrief.fortunes[0].kind === 'covert' ? t('teach.debrief.covert') : (debrief.fortunes[0].cardId ? EVENT_CARDS[debrief.fortunes[0].cardId]?.title : null) ?? debrief.fortunes[0].events.join(', '),
            effect: formatDelta(debrief.fortunes[0].effect, 1),
          })}
        </p>
      )}
      {debrief.tieBacks.length > 0 && (
        <details className="tie-backs small">
          <summary>{t('teach.debrief.tieBacks')}</summary>
          <ul>{debrief.tieBacks.map((tb) => <li key={tb.id}>{tb.text} <span className="muted">({tb.source})</span></li>)}</ul>
        </details>
      )}
    </article>
  );
}
