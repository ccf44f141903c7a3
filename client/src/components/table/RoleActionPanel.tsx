/**
 * The role action, taken privately once a year: the chemist's assay, the engineer's retrofit, the
 * activist's investigation, the smuggler's covert trades (or going straight). Everyone may pass.
 */
import { useState, type ReactNode } from 'react';
import { POLICIES } from '@shared/content/policies.ts';
import type { LeverId } from '@shared/model/types.ts';
import type { Role, RoleAction } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { t } from '../../i18n/t.ts';
import { sendIntent } from '../../net/game-actions.ts';
import { leverLabel } from '../../state/lever-format.ts';
import { otherRoles, seatLabel } from '../../state/table-selectors.ts';

const act = (action: RoleAction) => sendIntent('roleAction', { action });
const RETROFITTABLE = (Object.keys(POLICIES) as LeverId[]).filter((l) => POLICIES[l].retrofittable);

function Option({ kind, children, onAct, disabled }: { kind: string; children?: ReactNode; onAct: () => void; disabled?: boolean }) {
  return (
    <div className="action-option" data-testid={`action-option-${kind}`}>
      <h3>{t(`action.${kind}` as 'action.pass')}</h3>
      <p className="small muted">{t(`action.${kind}.text` as 'action.pass.text')}</p>
      {children}
      <button type="button" className="button primary small" data-testid={`action-${kind}`} disabled={disabled} onClick={onAct}>
        {t('action.take', { action: t(`action.${kind}` as 'action.pass') })}
      </button>
    </div>
  );
}

function TargetSelect({ view, me, value, onChange, id }: { view: MatchView; me: Role; value: Role; onChange: (r: Role) => void; id: string }) {
  return (
    <select id={id} data-testid={id} aria-label={t('action.target')} value={value} onChange={(e) => onChange(e.target.value as Role)}>
      {otherRoles(view, me).map((r) => <option key={r} value={r}>{seatLabel(view, r)} ({t(`role.${r}`)})</option>)}
    </select>
  );
}

function Choices({ view, me }: { view: MatchView; me: Role }) {
  const [publish, setPublish] = useState(true);
  const [lever, setLever] = useState<LeverId>(RETROFITTABLE[0]);
  const [target, setTarget] = useState<Role>(otherRoles(view, me)[me === 'activist' ? 2 : 0]);
  const [expose, setExpose] = useState(false);
  const [credits, setCredits] = useState(5);
  if (me === 'chemist') return (
    <Option kind="assay" onAct={() => act({ kind: 'assay', publish })}>
      <label className="inline"><input type="checkbox" data-testid="action-assay-publish" checked={publish} onChange={(e) => setPublish(e.target.checked)} /> {t('action.assay.publish')}</label>
    </Option>
  );
  if (me === 'engineer') return (
    <Option kind="retrofit" onAct={() => act({ kind: 'retrofit', lever })}>
      <select data-testid="action-retrofit-lever" aria-label={t('action.retrofit.lever')} value={lever} onChange={(e) => setLever(e.target.value as LeverId)}>
        {RETROFITTABLE.map((l) => <option key={l} value={l}>{leverLabel(l)}</option>)}
      </select>
    </Option>
  );
  if (me === 'activist') return (
    <Option kind="investigate" onAct={() => act({ kind: 'investigate', target, expose })}>
      <TargetSelect view={view} me={me} value={target} onChange={setTarget} id="action-investigate-target" />
      <label className="inline"><input type="checkbox" data-testid="action-investigate-expose" checked={expose} onChange={(e) => setExpose(e.target.checked)} /> {t('action.investigate.expose')}</label>
    </Option>
  );
  const straight = view.seats.smuggler.wentStraight;
  return (
    <>
      <Option kind="divert" disabled={straight} onAct={() => act({ kind: 'divert' })} />
      <Option kind="bribe" disabled={straight} onAct={() => act({ kind: 'bribe', target, credits })}>
        <TargetSelect view={view} me={me} value={target} onChange={setTarget} id="action-bribe-target" />
        <input type="number" min={1} max={1000} value={credits} data-testid="action-bribe-credits" aria-label={t('common.credits')} onChange={(e) => setCredits(Math.max(1, Math.floor(Number(e.target.value))))} />
      </Option>
      <Option kind="sabotage" disabled={straight} onAct={() => act({ kind: 'sabotage' })} />
      {!straight && <Option kind="goStraight" onAct={() => act({ kind: 'goStraight' })} />}
    </>
  );
}

export function RoleActionPanel({ view, me }: { view: MatchView; me: Role }) {
  const done = view.myAction !== null || view.seats[me].hasActed;
  return (
    <section className="card action-panel" aria-labelledby="action-title" data-testid="action-panel">
      <h2 id="action-title">{t('action.title', { role: t(`role.${me}`) })}</h2>
      {done ? (
        <p className="done-note" data-testid="action-done">{t('action.done', { action: view.myAction ? t(`action.${view.myAction.kind}` as 'action.pass') : '' })}</p>
      ) : (
        <div className="action-options">
          <Choices view={view} me={me} />
          <Option kind="pass" onAct={() => act({ kind: 'pass' })} />
        </div>
      )}
    </section>
  );
}
