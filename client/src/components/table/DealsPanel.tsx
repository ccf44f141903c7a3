/**
 * The deals this seat is party to: offers to answer, offers to withdraw, and what sits in escrow or has
 * been paid or refunded. In the negotiation phase it also holds the form to offer a new one.
 */
import type { Deal, Role } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { t } from '../../i18n/t.ts';
import { sendIntent } from '../../net/game-actions.ts';
import { dealSentence, dealStatusText } from '../../state/deal-text.ts';
import { phaseAllows } from '../../state/table-selectors.ts';
import { Icon } from '../Icon.tsx';
import { RoleGlyph } from '../RoleGlyph.tsx';
import { DealForm } from './DealForm.tsx';

function DealRow({ view, deal, me }: { view: MatchView; deal: Deal; me: Role | null }) {
  const open = deal.status === 'offered' && phaseAllows(view, me, 'respondDeal');
  return (
    <li className={`deal-row status-${deal.status}`} data-testid={`deal-${deal.id}`} data-status={deal.status}>
      <RoleGlyph role={deal.from} size={18} />
      <span className="deal-text">{dealSentence(view, deal)}</span>
      <span className={`badge deal-status ${deal.status}`} data-testid={`deal-status-${deal.id}`}>
        {deal.status === 'accepted' && <Icon name="lock" size={13} />}
        {dealStatusText(deal)}
      </span>
      {open && deal.to === me && (
        <span className="button-row">
          <button type="button" className="button small primary" data-testid={`deal-accept-${deal.id}`}
            onClick={() => sendIntent('respondDeal', { dealId: deal.id, accept: true })}>{t('deal.accept')}</button>
          <button type="button" className="button small ghost" data-testid={`deal-decline-${deal.id}`}
            onClick={() => sendIntent('respondDeal', { dealId: deal.id, accept: false })}>{t('deal.decline')}</button>
        </span>
      )}
      {open && deal.from === me && (
        <button type="button" className="button small ghost" data-testid={`deal-withdraw-${deal.id}`}
          onClick={() => sendIntent('withdrawDeal', { dealId: deal.id })}>{t('deal.withdraw')}</button>
      )}
    </li>
  );
}

export function DealsPanel({ view, me }: { view: MatchView; me: Role | null }) {
  const deals = view.deals.filter((d) => d.round === view.round);
  return (
    <section className="card deals-panel" aria-labelledby="deals-title" data-testid="deals-panel">
      <h2 id="deals-title">{t('deal.title')}</h2>
      <p className="muted small">{t('deal.explain')}</p>
      {phaseAllows(view, me, 'offerDeal') && <DealForm view={view} me={me} />}
      {deals.length === 0 ? (
        <p className="muted small">{t('deal.none')}</p>
      ) : (
        <ul className="deal-list">{deals.map((d) => <DealRow key={d.id} view={view} deal={d} me={me} />)}</ul>
      )}
    </section>
  );
}
