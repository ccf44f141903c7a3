/**
 * What only this seat knows: its credits and influence, its secret agenda with the meter, and its
 * private intel (assay bands, investigation results). Nothing here is ever shown to anyone else.
 */
import type { Role } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { formatNumber, t } from '../../i18n/t.ts';
import { agendaMeter } from '../../state/agenda-meter.ts';
import { seatLabel } from '../../state/table-selectors.ts';
import { AgendaMeter } from '../forecast/AgendaMeter.tsx';
import { RoleGlyph } from '../RoleGlyph.tsx';

function Intel({ view, me }: { view: MatchView; me: Role }) {
  const intel = view.seats[me].intel ?? [];
  if (intel.length === 0) return <p className="muted small">{t('private.noIntel')}</p>;
  return (
    <ul className="intel-list" data-testid="intel-list">
      {intel.map((item, i) => (
        <li key={i}>
          {item.kind === 'assay'
            ? t('private.assay', { round: item.round, min: formatNumber(item.beta0Min, 2), max: formatNumber(item.beta0Max, 2), published: item.published ? t('private.published') : '' })
            : t(item.tookCovertAction ? 'private.investigation.yes' : 'private.investigation.no', { round: item.round, name: seatLabel(view, item.target) })}
        </li>
      ))}
    </ul>
  );
}

export function PrivatePanel({ view, me, sustainability }: { view: MatchView; me: Role; sustainability: number | null }) {
  const seat = view.seats[me];
  return (
    <section className={`card private-panel role-${me}`} aria-labelledby="private-title" data-testid="private-panel">
      <header className="panel-head">
        <RoleGlyph role={me} size={28} />
        <div>
          <h2 id="private-title">{t('private.title', { role: t(`role.${me}`) })}</h2>
          <p className="muted small">{t('private.secret')}</p>
        </div>
      </header>
      <dl className="resources" data-testid="resources">
        <div><dt>{t('common.credits')}</dt><dd data-testid="my-credits">{seat.credits ?? '—'}</dd></div>
        <div><dt>{t('common.influence')}</dt><dd data-testid="my-influence">{seat.influence ?? '—'}</dd></div>
        <div><dt>{t('common.reputation')}</dt><dd data-testid="my-reputation">{seat.reputation}</dd></div>
      </dl>
      {seat.agenda && (
        <div className="agenda">
          <h3>{t('private.agenda')} <span data-testid="agenda-title">{seat.agenda.title}</span></h3>
          <p data-testid="agenda-text">{seat.agenda.text}</p>
          <AgendaMeter rows={agendaMeter(view, me, sustainability)} showForecast={false} />
        </div>
      )}
      <h3>{t('private.intel')}</h3>
      <Intel view={view} me={me} />
      {view.publishedAssay && (
        <p className="small">{t('private.publishedAssay', { min: formatNumber(view.publishedAssay.beta0Min, 2), max: formatNumber(view.publishedAssay.beta0Max, 2) })}</p>
      )}
    </section>
  );
}
