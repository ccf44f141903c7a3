/**
 * `npm run crash-test -- --kills K --matches M --seed S`
 *
 * Runs M matches on a real server process and kills it (SIGKILL) K times at seeded random moments,
 * restarting it on the same port and data each time. Checks that every update any player had seen
 * survived in the stored log, that every match resumed, that every player got their seat back with
 * their seat token, and that each match's final record equals what its players saw. Prints a JSON
 * summary; exits 1 on any loss.
 */
import './hardening/recording-socket.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RecordingSocket } from './hardening/recording-socket.ts';
import { runCrashes } from './hardening/crash-restart.ts';

const { values } = parseArgs({
  options: { kills: { type: 'string', default: '10' }, matches: { type: 'string', default: '4' }, seed: { type: 'string', default: '1' } },
});
const [kills, matches, seed] = [values.kills, values.matches, values.seed].map(Number);
if (![kills, matches, seed].every(Number.isInteger) || kills <= 0 || matches <= 0) {
  console.error('usage: npm run crash-test -- --kills K --matches M --seed S');
  process.exit(2);
}
RecordingSocket.record = false;
const dataDir = mkdtempSync(path.join(tmpdir(), 'neo-terra-crash-'));
try {
  const summary = await runCrashes({ seed, matches, kills, dataDir, log: (l) => process.stderr.write(`${l}\n`) });
  console.log(JSON.stringify(summary, null, 2));
  const clean = summary.lostAcknowledged === 0 && summary.rejoinFailures === 0 && summary.finalMismatches === 0 && summary.matchesFinished === matches;
  process.exitCode = clean ? 0 : 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
