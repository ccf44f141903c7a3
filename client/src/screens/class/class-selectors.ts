/**
 * What the class screens show, derived from the dashboard and the class messages: a table's tone
 * (calm, watch, act now), countdowns that keep running between pushes, who sits where, the students
 * still waiting, and the seat choices for moving a student. Pure functions; no rules decided here.
 */
import type { Alert } from '@shared/classroom/alerts.ts';
import type { Placement } from '@shared/classroom/seating.ts';
import type { ClassDashboard, ClassStudentRow, ClassTableCard } from '@shared/protocol/class-messages.ts';
import { ROLES, type Role } from '@shared/rules/types.ts';

export type Tone = 'calm' | 'watch' | 'act';

/** The most urgent thing about a table, for its card's colour and sign. */
export function toneOf(card: ClassTableCard): Tone {
  if (card.outcome?.reason === 'collapse' || card.alerts.some((a) => a.severity === 'critical')) return 'act';
  return card.alerts.some((a) => a.severity === 'warning') ? 'watch' : 'calm';
}

/** Time left now, counting down from the pushed value (frozen while paused). */
export function timeLeftNow(card: ClassTableCard, receivedAt: number, now: number): number | null {
  if (card.timeLeftMs === null) return null;
  return card.paused ? card.timeLeftMs : Math.max(0, card.timeLeftMs - (now - receivedAt));
}

export function clockText(ms: number): string {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

export function studentsById(dashboard: ClassDashboard): ReadonlyMap<string, ClassStudentRow> {
  return new Map(dashboard.students.map((s) => [s.id, s]));
}

/** Students with no place yet (an "auto" class gathering before the start). */
export function waitingStudents(dashboard: ClassDashboard): ClassStudentRow[] {
  return dashboard.students.filter((s) => s.placement === null);
}

export function alertsAt(dashboard: ClassDashboard): { table: number; alert: Alert }[] {
  return dashboard.tables.flatMap((t) => t.alerts.map((alert) => ({ table: t.table, alert })));
}

/** The places a student can be moved to, as select options ("seat:activist", "copilot:smuggler", "observer"). */
export function placeChoices(): string[] {
  return [...ROLES.map((r) => `seat:${r}`), ...ROLES.map((r) => `copilot:${r}`), 'observer'];
}

export function parsePlaceChoice(choice: string): { seat: Role | 'copilot' | 'observer'; of?: Role } {
  const [kind, role] = choice.split(':') as [string, Role | undefined];
  if (kind === 'seat' && role) return { seat: role };
  if (kind === 'copilot' && role) return { seat: 'copilot', of: role };
  return { seat: 'observer' };
}

export function placementKey(p: Placement | null): string {
  if (!p) return 'waiting';
  return p.kind === 'observer' ? `observer@${p.table}` : `${p.kind}:${p.role}@${p.table}`;
}

/** Whether the controls that move students make sense now (between rounds: the server has the last word). */
export function canMoveAt(card: ClassTableCard | undefined): boolean {
  return !card || card.phase === 'lobby' || card.phase === 'briefing' || card.phase === 'resolution';
}
