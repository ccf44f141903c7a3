/**
 * Talking in a class set to "preset phrases only": the student picks a phrase (grouped by what it is
 * for) and whom to say it to; it appears in the table's chat as their seat's line.
 */
import { useState } from 'react';
import { PRESET_PHRASES, type PresetCategory } from '@shared/classroom/presets.ts';
import { ROLES, type Role } from '@shared/rules/types.ts';
import { t } from '../../i18n/t.ts';

const CATEGORIES: readonly PresetCategory[] = ['stance', 'deal', 'question', 'concern', 'manners'];

export function PresetChat({ me, onSay }: { me: Role; onSay: (phraseId: string, to: Role | 'all') => void }) {
  const [to, setTo] = useState<Role | 'all'>('all');
  const [open, setOpen] = useState(false);
  return (
    <section className={`card preset-chat ${open ? 'open' : ''}`} aria-labelledby="preset-title" data-testid="preset-chat">
      <div className="preset-head">
        <h2 id="preset-title">{t('class.presets.title')}</h2>
        <button type="button" className="button small ghost" aria-expanded={open} onClick={() => setOpen((v) => !v)} data-testid="preset-toggle">
          {open ? t('class.presets.hide') : t('class.presets.show')}
        </button>
      </div>
      {open && (
        <>
          <label htmlFor="preset-to">{t('chat.to')}</label>
          <select id="preset-to" value={to} onChange={(e) => setTo(e.target.value as Role | 'all')} data-testid="preset-to">
            <option value="all">{t('chat.everyone')}</option>
            {ROLES.filter((r) => r !== me).map((r) => <option key={r} value={r}>{t('chat.whisperTo', { name: t(`role.${r}`) })}</option>)}
          </select>
          {CATEGORIES.map((category) => (
            <div key={category} className="preset-group" role="group" aria-label={t(`class.presets.${category}`)}>
              {PRESET_PHRASES.filter((p) => p.category === category).map((p) => (
                <button key={p.id} type="button" className="button small" data-testid={`preset-${p.id}`} onClick={() => onSay(p.id, to)}>{p.text}</button>
              ))}
            </div>
          ))}
        </>
      )}
    </section>
  );
}
