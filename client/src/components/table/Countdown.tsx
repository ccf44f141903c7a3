/** The phase timer: minutes and seconds left, redrawn every second, urgent in the last ten. */
import { useEffect, useState } from 'react';
import { t } from '../../i18n/t.ts';
import { Icon } from '../Icon.tsx';

function formatLeft(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${s.toString().padStart(2, '0')}`;
}

export function Countdown({ deadline }: { deadline: number | null }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [deadline]);
  if (deadline === null) return null;
  const left = deadline - now;
  return (
    <span className={`countdown ${left < 10_000 ? 'urgent' : ''}`} data-testid="phase-timer">
      <span className="visually-hidden">{t('table.timeLeft')}</span>
      <Icon name="clock" size={18} /> {formatLeft(left)}
    </span>
  );
}
