/** Every secret agenda revealed, whether it was met, and the covert actions taken during the match. */
import type { MatchView } from '@shared/rules/view.ts';
import { t } from '../../i18n/t.ts';
import { covertActions, seatResults } from '../../state/debrief-selectors.ts';
import { seatLabel } from '../../state/table-selectors.ts';
import { RoleGlyph } from '../RoleGlyph.tsx';

export function AgendaReveal({ view }: { view: MatchView }) {
  const covert = covertActions(view);
  return (
    <section className="card" aria-labelledby="agendas-title" data-testid="agenda-reveal">
      <h2 id="agendas-title">{t('results.agendas')}</h2>
      <ul className="agenda-reveal">
        {seatResults(view).map((r) => (
          <li key={r.role} className={`role-${r.role} ${r.met ? 'met' : 'unmet'}`} data-testid={`agenda-${r.role}`}>
            <RoleGlyph role={r.role} size={26} />
            <div>
              <p><strong>{r.name}</strong> <span className="muted">· {t(`role.${r.role}`)}</span> {r.winner && <span className="badge good">{t('results.winner')}</span>}</p>
              <p><strong>{r.agendaTitle ?? '—'}</strong> — {r.agendaText ?? ''}</p>
              <p className={r.met ? 'good-text' : 'bad-text'}>{r.met ? `✓ ${t('results.met')}` : `✗ ${t('results.notMet')}`}{r.exposed ? ` · ${t('seats.exposed')}` : ''}</p>
            </div>
          </li>
        ))}
      </ul>
      <h3>{t('results.covert')}</h3>
      {covert.length === 0 ? (
        <p className="muted">{t('results.noCovert')}</p>
      ) : (
        <ul className="plain">
          {covert.map((c, i) => (
            <li key={i}>{t('results.covertLine', { round: c.round, name: seatLabel(view, c.role), action: t(`action.${c.kind}`) })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
