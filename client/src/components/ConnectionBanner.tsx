/**
 * The connection state in a banner at the top: "reconnecting…" appears by itself, and "back online"
 * shows briefly when the seat is back. The live region stays in the page so screen readers announce
 * each change.
 */
import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n/t.ts';
import type { SessionState } from '../state/session-state.ts';

const BACK_ONLINE_MS = 2500;

export function ConnectionBanner({ status }: { status: SessionState['status'] }) {
  const previous = useRef(status);
  const [backOnline, setBackOnline] = useState(false);
  useEffect(() => {
    const wasDown = previous.current === 'reconnecting';
    previous.current = status;
    if (!wasDown || status !== 'connected') return;
    setBackOnline(true);
    const timer = window.setTimeout(() => setBackOnline(false), BACK_ONLINE_MS);
    return () => window.clearTimeout(timer);
  }, [status]);
  const text =
    status === 'reconnecting' ? t('connection.reconnecting')
    : status === 'connecting' ? t('connection.connecting')
    : backOnline ? t('connection.reconnected')
    : null;
  return (
    <div role="status" aria-live="polite" data-testid="connection-banner" data-status={status}>
      {text && (
        <div className={`connection-banner ${backOnline && status === 'connected' ? 'online' : status}`}>
          {status !== 'connected' && <span className="spinner" aria-hidden="true" />}
          {text}
        </div>
      )}
    </div>
  );
}
