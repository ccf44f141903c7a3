/**
 * Leak scanning over whole matches through the real server. Four seated clients play with the shared
 * bot (with scripted covert actions, a private assay, an investigation and a whisper mixed in), a
 * spectator, a guest and one player's own second connection as a spectator watch. When the match
 * is over, every secret it had (from the stored log, replayed) is searched for in the raw bytes
 * each client received before the end: a seat may find only its own, the others nothing at all.
 */
import { makeRand, subSeed, type Rand } from '@shared/fuzz/index.ts';
import type { ReplayRecord } from '@shared/protocol/http.ts';
import type { Intent } from '@shared/protocol/intents.ts';
import { replay } from '@shared/rules/index.ts';
import { ROLES, type Role } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { pilot } from './pilot.ts';
import { found, secretsOf, surroundings } from './wire-secrets.ts';
import { WireClient } from './wire-client.ts';

export type LeakScanOptions = Readonly<{
  url: string;
  http: string;
  seed: number;
  matches: number;
  /** Matches played at the same time. */
  concurrency: number;
  /** Index of the first match (a run of N matches plays indices first … first+N−1; reproduce one with it). */
  first?: number;
  rounds?: number;
  log?: (line: string) => void;
}>;

export type LeakScanSummary = {
  seed: number;
  matches: number;
  clientsScanned: number;
  bytesScanned: number;
  secretsChecked: number;
  leaks: number;
  /** A seat's own secret missing from its own bytes: the search would have been blind. */
  ownSecretsMissed: number;
  covertActions: Record<string, number>;
  privateAssays: number;
  investigations: number;
  whispers: number;
  failedMatches: number;
  durationMs: number;
  examples: string[];
};

const TIMERS = { briefing: 5, proposals: 10, negotiation: 15, vote: 8, actions: 8, resolution: 5 };
type Watcher = { client: WireClient; role: Role | null; label: string; beforeEnd: Buffer[] | null };

/** Scripted secrets on top of the bot's own play, varied by the match's dice. */
function script(role: Role, rand: Rand, seed: number): (view: MatchView, intent: Intent) => Intent {
  let whispered = false;
  const covert = [{ kind: 'divert' }, { kind: 'bribe', target: rand.pick(['chemist', 'engineer', 'activist'] as const), credits: rand.int(1, 4) }, { kind: 'sabotage' }];
  return (view, intent) => {
    const act = (action: object): Intent => ({ type: 'roleAction', action, expectedVersion: view.version }) as Intent;
    if (!whispered && view.phase === 'negotiation' && rand.chance(0.5)) {
      whispered = true;
      return { type: 'whisper', to: ROLES[(ROLES.indexOf(role) + 1) % 4], text: `psst ${seed} from ${role}` };
    }
    if (intent.type !== 'roleAction' || view.phase !== 'actions') return intent;
    if (role === 'smuggler' && view.round <= 3 && rand.chance(0.7)) return act(covert[view.round - 1]);
    if (role === 'chemist' && intent.action.kind === 'assay') return act({ kind: 'assay', publish: false });
    if (role === 'activist' && view.round === 2) return act({ kind: 'investigate', target: 'smuggler', expose: false });
    return intent;
  };
}

function watch(w: Watcher): void {
  const previous = w.client.onView;
  w.client.onView = () => {
    previous?.();
    // Frames before the one that brought the final (fully revealed) view.
    if (w.client.view?.phase === 'gameOver' && w.beforeEnd === null) w.beforeEnd = w.client.frames().slice(0, -1);
  };
}

async function seatTable(url: string, seed: number, rounds: number): Promise<{ seats: WireClient[]; watchers: Watcher[]; matchId: string }> {
  const host = await WireClient.create(url, { seed, rounds, bots: false, timers: TIMERS }, 'chemist');
  await host.until(() => host.welcome !== null && host.view !== null, 'host welcome');
  const others = await Promise.all(ROLES.slice(1).map((role) => WireClient.join(url, host.code, { name: role }, role)));
  const seats = [host, ...others];
  seats.forEach((c, i) => c.send('claimSeat', { role: ROLES[i], name: `${ROLES[i]} ${seed % 1000}` }));
  for (const [i, c] of seats.entries()) await c.until(() => c.welcome?.role === ROLES[i], `${ROLES[i]} seat`);
  const owner = ROLES[seed % 4];
  const lookers = await Promise.all([
    WireClient.join(url, host.code, { spectate: true, name: 'Watcher' }, 'spectator'),
    WireClient.join(url, host.code, { name: 'Guest' }, 'guest'),
    // The same person as a seat, on a second connection as a spectator of their own match.
    WireClient.join(url, host.code, { spectate: true, name: `${owner} ${seed % 1000}` }, `${owner}'s second tab`),
  ]);
  const watchers: Watcher[] = [
    ...seats.map((client, i) => ({ client, role: ROLES[i] as Role | null, label: ROLES[i], beforeEnd: null })),
    ...lookers.map((client) => ({ client, role: null, label: client.label, beforeEnd: null })),
  ];
  for (const w of watchers) await w.client.until(() => w.client.view !== null, `${w.label} view`);
  return { seats, watchers, matchId: host.welcome!.matchId };
}

async function scanMatch(options: LeakScanOptions, index: number, summary: LeakScanSummary): Promise<void> {
  const seed = subSeed(options.seed, index) >>> 1;
  const rand = makeRand(seed);
  const { seats, watchers, matchId } = await seatTable(options.url, seed, options.rounds ?? 4);
  watchers.forEach(watch);
  const stops = seats.map((client, i) => pilot(client, seed + i, script(ROLES[i], rand, seed)));
  seats[0].send('hostStart', {});
  try {
    for (const w of watchers) await w.client.until(() => w.beforeEnd !== null, `${w.label} game over`, 180_000);
  } finally {
    stops.forEach((stop) => stop());
  }
  const record = (await (await fetch(`${options.http}/api/matches/${matchId}`)).json()) as ReplayRecord;
  const final = replay(record.config, record.seed, record.commands);
  const secrets = secretsOf(final);
  for (const w of watchers) {
    const frames = w.beforeEnd!;
    const forbidden = secrets.filter((s) => w.role === null || !s.knownTo.includes(w.role));
    // The search must find what is legitimately theirs, or it proves nothing.
    const own = secrets.filter((s) => w.role !== null && s.knownTo.includes(w.role));
    const leaked = found(frames, forbidden);
    summary.leaks += leaked.length;
    for (const label of leaked) {
      const around = surroundings(frames, forbidden.find((x) => x.label === label)!);
      const line = `match #${index} ${record.code} seed ${seed}: ${w.label} received ${label} in …${around}…`;
      options.log?.(`LEAK ${line}`);
      if (summary.examples.length < 30) summary.examples.push(line);
    }
    const seen = found(frames, own);
    for (const s of own.filter((x) => !seen.includes(x.label))) {
      summary.ownSecretsMissed += 1;
      if (summary.examples.length < 30) summary.examples.push(`match #${index} seed ${seed}: ${w.label} did not find its own ${s.label}`);
    }
    summary.clientsScanned += 1;
    summary.bytesScanned += frames.reduce((n, f) => n + f.length, 0);
    summary.secretsChecked += forbidden.length;
  }
  for (const c of final.seats.smuggler.covertLog) summary.covertActions[c.kind] = (summary.covertActions[c.kind] ?? 0) + 1;
  summary.privateAssays += final.seats.chemist.intel.filter((i) => i.kind === 'assay' && !i.published).length;
  summary.investigations += final.seats.activist.intel.filter((i) => i.kind === 'investigation').length;
  summary.whispers += final.chat.filter((m) => m.to !== 'all').length;
  await Promise.all(watchers.map((w) => w.client.leave()));
}

export async function runLeakScan(options: LeakScanOptions): Promise<LeakScanSummary> {
  const started = Date.now();
  const summary: LeakScanSummary = {
    seed: options.seed, matches: 0, clientsScanned: 0, bytesScanned: 0, secretsChecked: 0, leaks: 0, ownSecretsMissed: 0,
    covertActions: {}, privateAssays: 0, investigations: 0, whispers: 0, failedMatches: 0, durationMs: 0, examples: [],
  };
  const first = options.first ?? 0;
  let next = first;
  const worker = async () => {
    while (next < first + options.matches) {
      const index = next++;
      try {
        await scanMatch(options, index, summary);
        summary.matches += 1;
      } catch (error) {
        summary.failedMatches += 1;
        if (summary.examples.length < 30) summary.examples.push(`match #${index} failed: ${(error as Error).message}`);
      }
      if (summary.matches % 25 === 0) options.log?.(`${summary.matches} matches scanned, ${summary.leaks} leaks`);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  summary.durationMs = Date.now() - started;
  return summary;
}
