/**
 * The top of the class console, readable from the back of the room: the class code in large type with
 * the address students open, and — kept apart, with a warning — the secret host link that opens these
 * controls on another device.
 */
import { useState } from 'react';
import type { ClassStatus } from '@shared/protocol/class-messages.ts';
import { t } from '../../i18n/t.ts';
import { hostLink, joinLink } from '../../screens/class/class-storage.ts';
import { CopyButton } from '../CopyButton.tsx';

type Props = { code: string; title: string | null; status: ClassStatus | null; token: string; students: number };

export function ConsoleHeader({ code, title, status, token, students }: Props) {
  const [showLink, setShowLink] = useState(false);
  const join = joinLink(code);
  return (
    <header className="console-head card" data-testid="console-head">
      <div className="console-title">
        <p className="eyebrow">{t('teach.console.eyebrow')}</p>
        <h1>{title ?? t('teach.console.untitled')}</h1>
        <p className="muted">
          {status && <span className={`chip status-${status}`} data-testid="class-status">{t(`teach.status.${status}`)}</span>}{' '}
          {t('teach.console.students', { n: students })}
        </p>
      </div>
      <div className="console-code" aria-label={t('teach.console.codeLabel')}>
        <p className="small muted">{t('teach.console.joinAt', { address: `${window.location.host}/class` })}</p>
        <p className="class-code mono" data-testid="class-code-display">{code}</p>
        <CopyButton text={join} label={t('teach.console.copyJoin')} testId="copy-join-link" />
      </div>
      <details className="host-link" open={showLink} onToggle={(e) => setShowLink((e.target as HTMLDetailsElement).open)}>
        <summary>{t('teach.console.hostLink')}</summary>
        <p className="small">{t('teach.console.hostLinkWarning')}</p>
        {showLink && <p className="mono small host-link-text" data-testid="host-link">{hostLink(code, token)}</p>}
        <CopyButton text={hostLink(code, token)} label={t('teach.console.copyHost')} testId="copy-host-link" />
      </details>
    </header>
  );
}
