/**
 * Every table of the class on one screen. Tables keep their numbers and places, so the teacher's eye
 * learns where each one is; countdowns tick on between the server's pushes.
 */
import { useEffect, useState } from 'react';
import type { ClassDashboard } from '@shared/protocol/class-messages.ts';
import { t } from '../../i18n/t.ts';
import { studentsById, timeLeftNow } from '../../screens/class/class-selectors.ts';
import { TableCard } from './TableCard.tsx';

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function TableGrid({ dashboard, receivedAt, onWatch }: { dashboard: ClassDashboard; receivedAt: number; onWatch: (table: number) => void }) {
  const now = useNow(500);
  const students = studentsById(dashboard);
  const waiting = dashboard.students.filter((s) => s.placement === null).length;
  return (
    <section aria-label={t('teach.tab.tables')}>
      {waiting > 0 && <p className="muted small">{t('teach.grid.waiting', { n: waiting })}</p>}
      <div className="table-grid-cards" data-testid="table-grid">
        {dashboard.tables.map((card) => (
          <TableCard key={card.table} card={card} students={students} timeLeft={timeLeftNow(card, receivedAt, now)} onWatch={() => onWatch(card.table)} />
        ))}
      </div>
    </section>
  );
}
