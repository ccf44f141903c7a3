/**
 * The load benchmark: how many concurrent matches one server process holds, and how that compares
 * with a bare `ws` server running the same engine (the physical limit on this machine).
 *   npm run bench:load -- --matches M --spectators S --seconds T [--json] [--pace realistic|saturate]
 *                        [--url ws://host:port] [--no-baseline] [--profile]
 * The server runs pinned to core 0 and this load generator re-runs itself pinned to core 1, so
 * the two do not compete. How to read the output: docs/scaling.md.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { summarizeProfile, type ProfileSummary } from './cpu-profile-summary.ts';
import { parseLoadArgs, type LoadArgs } from './load-args.ts';
import { bareTarget, colyseusTarget } from './load-links.ts';
import { runLoad, type Figures } from './load-run.ts';
import { hasTaskset, startServerProcess, type ServerKind } from './server-process.ts';

const PINNED = 'NEO_TERRA_BENCH_PINNED';
const LOAD_CORE = 1;
const SERVER_CORE = 0;

/**
 * The simulated players never walk away, but their bots sometimes have nothing to do in a phase
 * that then times out; the real server would count that as idling and let its own bots take the
 * seat (forecasts on the server: work the bare baseline never does). The workload is four people
 * at every table, so takeovers are off (and the seats players leave at the end stay still).
 */
const SERVER_ENV = { IDLE_WARN_PHASES: '1000000', IDLE_BOT_PHASES: '1000000', BOT_DELAY_MS: '3600000' };

type Measured = Figures & { profile?: ProfileSummary; serverPinned?: boolean };

/** Re-runs this script on the load generator's own core (and with room for 10,000 clients). */
function rerunPinned(): never {
  const args = ['-c', String(LOAD_CORE), process.execPath, '--max-old-space-size=8192', ...process.execArgv, ...process.argv.slice(1)];
  const result = spawnSync('taskset', args, { stdio: 'inherit', env: { ...process.env, [PINNED]: '1' } });
  process.exit(result.status ?? 1);
}

function log(args: LoadArgs): (line: string) => void {
  // With --json, stdout carries only the result; progress goes to stderr.
  return (line) => (args.json ? console.error : console.log)(`[bench] ${line}`);
}

async function measure(kind: ServerKind, args: LoadArgs): Promise<Measured> {
  const say = log(args);
  const options = {
    matches: args.matches, spectators: args.spectators, seconds: args.seconds, pace: args.pace, rounds: args.rounds,
    warmupSeconds: args.warmupSeconds, startSpreadSeconds: args.startSpreadSeconds, idleSeconds: args.idleSeconds, joinConcurrency: args.joinConcurrency,
    serialTables: args.serialTables, log: say,
  };
  if (kind === 'colyseus' && args.url) {
    return runLoad(colyseusTarget(args.url), { ...options, serverPid: null, cores: null, probe: async () => null });
  }
  const env = kind === 'colyseus' ? { ...SERVER_ENV, ...args.serverEnv, ...(args.databaseUrl ? { DATABASE_URL: args.databaseUrl } : {}) } : undefined;
  const server = await startServerProcess(kind, { core: SERVER_CORE, profile: args.profile, env });
  say(`${kind} server pid ${server.pid} at ${server.url}${server.pinned ? ` on core ${SERVER_CORE}` : ' (not pinned: taskset missing)'}`);
  let figures: Figures;
  try {
    const target = kind === 'colyseus' ? colyseusTarget(server.url) : bareTarget(server.url);
    const cores = server.pinned && process.env[PINNED] === '1' ? { server: SERVER_CORE, load: LOAD_CORE } : null;
    figures = await runLoad(target, { ...options, serverPid: server.pid, cores, probe: server.probe });
  } finally {
    await server.stop();
  }
  const profile = server.profileDir ? profileOf(server.profileDir) : undefined;
  if (profile) say(`${kind} profile: ${server.profileDir}`);
  return { ...figures, serverPinned: server.pinned, ...(profile ? { profile } : {}) };
}

/** The main thread's profile: the largest one (tsx's loader thread writes a small one too). */
function profileOf(dir: string): ProfileSummary | undefined {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(dir, f));
  const main = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  return main ? summarizeProfile(main) : undefined;
}

const ratio = (ours: number | null, base: number | null) => (ours === null || base === null || base === 0 ? null : Math.round((ours / base) * 100) / 100);

function printText(result: Measured & { baseline?: Measured; ratio?: Record<string, number | null> }): void {
  const row = (f: Measured) =>
    `${f.target.padEnd(8)} ${String(f.actionsPerSec).padStart(8)} ${`${f.latencyMs.p50}/${f.latencyMs.p95}/${f.latencyMs.p99}`.padStart(20)} ` +
    `${String(f.serverCpuPct).padStart(6)} ${String(f.serverIdleCpuPct).padStart(6)} ${String(f.serverRssMb).padStart(8)} ` +
    `${String(f.rssPerMatchKb).padStart(8)} ${`${f.joinMs.p50}/${f.joinMs.p99}`.padStart(12)} ${String(f.joinsPerSec).padStart(7)} ` +
    `${String(f.errors).padStart(6)} ${String(f.loadGeneratorCpuPct).padStart(6)} ${String(f.loadGeneratorLagMs.p99).padStart(7)}`;
  console.log(`\n${result.matches} matches, ${result.spectators} spectators, ${result.clients} clients, ${result.pace} pace, ${result.seconds} s`);
  console.log('server    moves/s   latency p50/p95/p99   cpu%  idle%   rss MB  KB/match  join p50/p99  joins/s errors  load%  lag p99');
  console.log(row(result));
  if (result.baseline) console.log(row(result.baseline));
  if (result.ratio) console.log(`ratio (ours / bare): cpu ${result.ratio.cpu}, p99 ${result.ratio.p99}, cpu per move ${result.ratio.cpuPerAction}`);
  for (const f of [result, result.baseline]) {
    if (f?.othersOnOurCores) console.log(`${f.target}: other processes used ${f.othersOnOurCores.serverCorePct}% of the server's core and ${f.othersOnOurCores.loadCorePct}% of ours`);
    if (f?.serverLoop) console.log(`${f.target}: server event loop late p50/p99/max ${f.serverLoop.loopDelayMs.p50}/${f.serverLoop.loopDelayMs.p99}/${f.serverLoop.loopDelayMs.max} ms; GC ${f.serverLoop.gc.pauses} pauses, ${f.serverLoop.gc.totalMs} ms, longest ${f.serverLoop.gc.maxMs} ms`);
  }
  for (const f of [result, result.baseline]) {
    if (!f?.profile) continue;
    const { profiledMs, idlePct, gcPct, byOwner, total } = f.profile;
    console.log(`\n${f.target} profile (${profiledMs} ms, idle ${idlePct}%, gc ${gcPct}%); self time by owner, then our code by total time:`);
    for (const { frame, pct } of [...byOwner.slice(0, 8), ...total.slice(0, 12)]) console.log(`  ${String(pct).padStart(5)}%  ${frame}`);
  }
  console.log('\ndetails:', JSON.stringify(result.details), result.baseline ? `\nbaseline details: ${JSON.stringify(result.baseline.details)}` : '');
}

async function main(): Promise<void> {
  const args = parseLoadArgs(process.argv.slice(2));
  if (process.env[PINNED] !== '1' && hasTaskset()) rerunPinned();
  if (args.bareOnly) {
    const bare = await measure('bare', args);
    return args.json ? console.log(JSON.stringify(bare, null, 2)) : printText(bare);
  }
  const ours = await measure('colyseus', args);
  const baseline = args.baseline ? await measure('bare', args) : undefined;
  const result = baseline
    ? { ...ours, baseline, ratio: {
        cpu: ratio(ours.serverCpuPct, baseline.serverCpuPct), p99: ratio(ours.latencyMs.p99, baseline.latencyMs.p99),
        cpuPerAction: ratio(ours.serverCpuMsPerAction, baseline.serverCpuMsPerAction),
      } }
    : ours;
  if (args.json) console.log(JSON.stringify(result, null, 2));
  else printText(result);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
