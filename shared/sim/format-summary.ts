/**
 * The simulation summary as a table a designer can read at a glance: who wins how often, how the
 * city fares, where it ends on average, and how each secret agenda does.
 */
import type { SimSummary } from './simulate.ts';

const pct = (x: number) => `${(100 * x).toFixed(1)} %`.padStart(8);
const num = (x: number) => x.toFixed(2).padStart(9);

export function formatSummary(s: SimSummary): string {
  const lines = [
    `Neo-Terra simulation — scenario ${s.scenario}, ${s.games} bot matches`,
    '',
    'role wins',
    ...Object.entries(s.roleWinRate).map(([role, r]) => `  ${role.padEnd(10)} ${pct(r)}`),
    '',
    `city succeeds   ${pct(s.citySuccessRate)}`,
    `city collapses  ${pct(s.collapseRate)}`,
    `mean rounds     ${num(s.meanRounds)}`,
    '',
    'final indicators (mean)',
    ...Object.entries(s.meanFinal).map(([id, v]) => `  ${id.padEnd(15)} ${num(v)}`),
    '',
    'agendas (dealt, win rate)',
    ...Object.entries(s.agendaWinRate).map(([id, a]) => `  ${id.padEnd(24)} ${String(a.dealt).padStart(5)} ${pct(a.winRate)}`),
    '',
    `rejected bot intents: ${s.rejectedIntents}`,
  ];
  return `${lines.join('\n')}\n`;
}
