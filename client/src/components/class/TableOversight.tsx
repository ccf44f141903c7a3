/**
 * One table with everything visible, for the teacher: every seat's secret agenda, money and influence,
 * its covert moves and private knowledge; the proposals with the ballots as they are cast; the deals
 * in escrow; every chat line and whisper; and the city itself.
 */
import type { MatchView } from '@shared/rules/view.ts';
import { ROLES } from '@shared/rules/types.ts';
import { t, tDynamic } from '../../i18n/t.ts';
import { dealSentence, dealStatusText } from '../../state/deal-text.ts';
import { formatLeverValue, leverLabel } from '../../state/lever-format.ts';
import { CityDashboard } from '../city/CityDashboard.tsx';
import { RoleGlyph } from '../RoleGlyph.tsx';
import { ChatPanel } from '../table/ChatPanel.tsx';

function Seats({ view }: { view: MatchView }) {
  return (
    <ul className="plain oversight-seats">
      {ROLES.map((role) => {
        const seat = view.seats[role];
        const covert = seat.covertLog?.filter((c) => c.round === view.round) ?? [];
        return (
          <li key={role} className={`card oversight-seat role-${role}`} data-testid={`oversight-seat-${role}`}>
            <h3><RoleGlyph role={role} size={20} /> {t(`role.${role}`)} · {seat.name || t('teach.seat.open')}</h3>
            <p className="small muted">{t('teach.oversight.resources', { credits: seat.credits ?? 0, influence: seat.influence ?? 0, reputation: seat.reputation })}</p>
            {seat.agenda && <p className="small"><strong>{seat.agenda.title}</strong> — {seat.agenda.text}</p>}
            {covert.length > 0 && <p className="small bad-text">{t('teach.oversight.covert', { moves: covert.map((c) => c.kind).join(', ') })}</p>}
            {seat.exposed && <p className="small">{t('teach.oversight.exposed')}</p>}
          </li>
        );
      })}
    </ul>
  );
}

function Proposals({ view }: { view: MatchView }) {
  const open = view.proposals.filter((p) => p.round === view.round);
  return (
    <section className="card" aria-labelledby="oversight-proposals">
      <h3 id="oversight-proposals">{t('teach.oversight.proposals')}</h3>
      {open.length === 0 && <p className="muted small">{t('teach.oversight.noProposals')}</p>}
      <ul className="plain">
        {open.map((p) => {
          const ballots = view.ballots[p.id]?.revealed ?? {};
          const cast = ROLES.filter((r) => ballots[r]).map((r) => `${t(`role.${r}`)} ${tDynamic(`ballot.${ballots[r]}`, ballots[r]!)}`);
          return (
            <li key={p.id} className="oversight-proposal">
              <strong>{leverLabel(p.lever)} → {formatLeverValue(p.lever, p.value)}</strong> <span className="muted small">({t(`role.${p.by}`)}, {tDynamic(`proposal.status.${p.status}`, p.status)})</span>
              {cast.length > 0 && <p className="small">{cast.join(' · ')}</p>}
            </li>
          );
        })}
      </ul>
      {view.deals.filter((d) => d.round === view.round).map((d) => <p key={d.id} className="small">{dealSentence(view, d)} · {dealStatusText(d)}</p>)}
    </section>
  );
}

export function TableOversight({ table, view, onBack }: { table: number; view: MatchView | null; onBack: () => void }) {
  return (
    <section className="oversight" aria-labelledby="oversight-title" data-testid="table-oversight">
      <div className="oversight-head">
        <button type="button" className="button small ghost" onClick={onBack} data-testid="oversight-back">← {t('teach.oversight.back')}</button>
        <h2 id="oversight-title">{t('teach.oversight.title', { n: table })}</h2>
        {view && <span className="chip">{view.phase === 'gameOver' ? t('phase.gameOver') : t('teach.card.roundPhase', { round: view.round, rounds: view.config.rounds, phase: t(`phase.${view.phase}`) })}</span>}
      </div>
      {!view ? <p className="loading">{t('common.loading')}</p> : (
        <div className="oversight-grid">
          <div><Seats view={view} /><Proposals view={view} /></div>
          <div><ChatPanel view={view} me={null} /><CityDashboard view={view} compact /></div>
        </div>
      )}
    </section>
  );
}
