/**
 * `npm run leak-scan -- --matches N --seed S [--concurrency C] [--first I]`
 *
 * Starts the real server as its own process (short timers), plays N whole matches through it with
 * four seated clients, a spectator, a guest and a player's own second connection as a spectator,
 * and searches every byte each of them received before the end for another seat's agenda, private
 * results, covert actions, whispers and the hidden byproduct rate. Prints a JSON summary; exits 1
 * on any leak.
 */
import './hardening/recording-socket.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runLeakScan } from './hardening/leak-scan.ts';
import { freePort, startServerProcess } from './hardening/server-process.ts';

const { values } = parseArgs({
  options: {
    matches: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '6' },
    first: { type: 'string', default: '0' },
  },
});
const matches = Number(values.matches);
const seed = Number(values.seed);
const concurrency = Number(values.concurrency);
const first = Number(values.first);
if (![matches, seed, concurrency].every(Number.isInteger) || matches <= 0 || concurrency <= 0) {
  console.error('usage: npm run leak-scan -- --matches N --seed S [--concurrency C]');
  process.exit(2);
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'neo-terra-leaks-'));
const server = await startServerProcess(await freePort(), dataDir, { TIMER_SCALE: '0.05', BOT_DELAY_MS: '0', PATCH_RATE_MS: '20', FINISHED_ROOM_TTL_SEC: '5' });
// Interrupted (Ctrl-C, a timeout): take the server and its data along.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.kill().finally(() => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(130);
  }));
}
try {
  const summary = await runLeakScan({ url: server.url, http: server.http, seed, matches, concurrency, first, log: (l) => process.stderr.write(`${l}\n`) });
  console.log(JSON.stringify(summary, null, 2));
  process.exitCode = summary.leaks === 0 && summary.ownSecretsMissed === 0 && summary.failedMatches === 0 ? 0 : 1;
} finally {
  await server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
