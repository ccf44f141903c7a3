/**
 * The messages that float above the table: the connection state ("reconnecting…"), refusals from the
 * server with their reason, and notices (a bot took a seat, a rematch is ready). Announced to screen
 * readers through live regions.
 */
import { useEffect } from 'react';
import { t } from '../i18n/t.ts';
import { dismissNotice, dismissRejection } from '../net/match-session.ts';
import { noticeText, rejectionText } from '../state/message-text.ts';
import { ConnectionBanner } from './ConnectionBanner.tsx';
import type { SessionState } from '../state/session-state.ts';

const AUTO_DISMISS_MS = 7000;

function useAutoDismiss(ids: readonly number[], dismiss: (id: number) => void) {
  const key = ids.join(',');
  useEffect(() => {
    if (ids.length === 0) return;
    const timer = window.setTimeout(() => dismiss(ids[0]), AUTO_DISMISS_MS);
    return () => window.clearTimeout(timer);
  }, [key]);
}

export function StatusLayer({ session }: { session: SessionState }) {
  useAutoDismiss(session.rejections.map((r) => r.id), dismissRejection);
  useAutoDismiss(session.notices.map((n) => n.id), dismissNotice);
  return (
    <>
      <ConnectionBanner status={session.status} />
      <div className="toasts">
        <div role="alert" aria-live="assertive">
          {session.rejections.map((r) => (
            <div key={r.id} className="toast error" data-testid="rejection">
              <strong>{t('error.title')}</strong> <span data-testid="rejection-text">{rejectionText(r.error)}</span>
              <button type="button" className="toast-close" aria-label={t('common.dismiss')} onClick={() => dismissRejection(r.id)}>×</button>
            </div>
          ))}
        </div>
        <div role="status" aria-live="polite">
          {session.notices.map((n) => (
            <div key={n.id} className="toast notice" data-testid={`notice-${n.kind}`}>
              <span>{noticeText(n)}</span>
              <button type="button" className="toast-close" aria-label={t('common.dismiss')} onClick={() => dismissNotice(n.id)}>×</button>
            </div>
          ))}
        </div>
      </div>
    </>
  );
}
