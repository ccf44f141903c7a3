/**
 * One table on the dashboard: its year, phase and clock, the city's vital signs, who sits at each
 * seat and whether they are connected, and what needs the teacher (a city near collapse, a student
 * who dropped out or went quiet) — with the table's own controls underneath.
 */
import type { ClassStudentRow, ClassTableCard } from '@shared/protocol/class-messages.ts';
import { formatNumber, t } from '../../i18n/t.ts';
import { alertText } from '../../screens/class/class-text.ts';
import { clockText, toneOf } from '../../screens/class/class-selectors.ts';
import { command } from '../../screens/class/host-session.ts';
import { RoleGlyph } from '../RoleGlyph.tsx';

/** The vital signs on a card, with short labels that fit a narrow card (full names for screen readers). */
const SHOWN = [['sustainability', 0], ['H', 0], ['R', 0], ['P', 0], ['T', 0]] as const;

type Props = { card: ClassTableCard; students: ReadonlyMap<string, ClassStudentRow>; timeLeft: number | null; onWatch: () => void };

function Seats({ card, students }: Pick<Props, 'card' | 'students'>) {
  return (
    <ul className="plain table-seats">
      {card.seats.map((seat) => {
        const names = seat.students.map((id) => students.get(id)?.name ?? '?');
        const who = names.length > 0 ? names.join(' & ') : seat.controller === 'bot' ? t('teach.seat.bot') : t('teach.seat.open');
        const state = names.length === 0 ? 'bot' : seat.connected ? 'online' : 'offline';
        return (
          <li key={seat.role} className={`table-seat ${state}`}>
            <RoleGlyph role={seat.role} size={18} />
            <span className="seat-role">{t(`role.${seat.role}`)}</span>
            <span className="seat-who">{who}</span>
            {names.length > 0 && seat.controller === 'bot' && <span className="chip small">{t('teach.seat.botHolding')}</span>}
            <span className={`dot ${state}`} aria-hidden="true" />
            <span className="visually-hidden">{t(`teach.seat.${state}`)}</span>
          </li>
        );
      })}
      {card.observers.length > 0 && <li className="small muted">{t('teach.seat.observers', { n: card.observers.length })}</li>}
    </ul>
  );
}

function PausedLabel() {
  return <><svg className="pause-icon" viewBox="0 0 10 10" aria-hidden="true"><rect x="1" y="1" width="3" height="8" /><rect x="6" y="1" width="3" height="8" /></svg>{t('teach.card.paused')}</>;
}

export function TableCard({ card, students, timeLeft, onWatch }: Props) {
  const tone = toneOf(card);
  const target = { table: card.table };
  const live = card.phase !== 'lobby' && card.phase !== 'gameOver' && !card.ended;
  return (
    <article className={`card table-card tone-${tone} ${card.paused ? 'is-paused' : ''}`} data-testid={`table-card-${card.table}`}
      data-phase={card.phase} data-round={card.round} data-paused={card.paused} aria-labelledby={`table-${card.table}-title`}>
      <header className="table-card-head">
        <h3 id={`table-${card.table}-title`}>{t('teach.table', { n: card.table })}</h3>
        <span className="table-card-phase">
          {card.phase === 'lobby' ? t('phase.lobby') : card.phase === 'gameOver' ? t('phase.gameOver') : t('teach.card.roundPhase', { round: card.round, rounds: card.rounds, phase: t(`phase.${card.phase}`) })}
        </span>
        <span className={`table-clock mono ${card.paused ? 'frozen' : ''}`} data-testid={`table-${card.table}-clock`}>
          {card.paused ? <PausedLabel /> : timeLeft !== null ? clockText(timeLeft) : card.ended ? t('teach.card.closed') : ''}
        </span>
      </header>
      {card.alerts.length > 0 && (
        <ul className="plain table-alerts" aria-label={t('teach.card.alerts')}>
          {card.alerts.slice(0, 3).map((a, i) => <li key={i} className={`alert ${a.severity}`}>{alertText(a)}</li>)}
        </ul>
      )}
      <dl className="table-vitals">
        {SHOWN.map(([id, decimals]) => (
          <div key={id} title={t(`indicator.${id}`)}>
            <dt><span aria-hidden="true">{t(`teach.vital.${id}`)}</span><span className="visually-hidden">{t(`indicator.${id}`)}</span></dt>
            <dd>{formatNumber(card.indicators[id], decimals)}</dd>
          </div>
        ))}
      </dl>
      <Seats card={card} students={students} />
      {card.outcome && <p className="small" data-testid={`table-${card.table}-outcome`}>{card.outcome.citySucceeded ? t('teach.card.succeeded') : t('teach.card.failed')}</p>}
      <div className="button-row table-card-actions">
        {live && (card.paused
          ? <button type="button" className="button small primary" data-testid={`table-${card.table}-resume`} onClick={() => command('resume', { target })}>{t('teach.card.resume')}</button>
          : <button type="button" className="button small" data-testid={`table-${card.table}-pause`} onClick={() => command('pause', { target })}>{t('teach.card.pause')}</button>)}
        {live && <button type="button" className="button small ghost" data-testid={`table-${card.table}-advance`} onClick={() => command('advancePhase', { target })}>{t('teach.card.advance')}</button>}
        {live && <button type="button" className="button small ghost" data-testid={`table-${card.table}-extend`} onClick={() => command('extendTimer', { target, seconds: 60 })}>{t('teach.card.extend')}</button>}
        {card.code && <button type="button" className="button small ghost" data-testid={`table-${card.table}-watch`} onClick={onWatch}>{t('teach.card.watch')}</button>}
      </div>
    </article>
  );
}
