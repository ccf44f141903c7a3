/**
 * Crashes at random moments. Several matches run on a real server process, each with two human
 * players (the other seats are server bots); at seeded random moments the process is killed
 * outright (SIGKILL), then started again on the same port and data. After each crash, every update
 * any player had seen must be in the stored log (the state at that version must give exactly the
 * view the player saw), every match must resume under its code, and every player must get their
 * seat back with their seat token. At the end each match plays out, and its final record must
 * equal what the players saw.
 */
import { makeRand, firstDifference, subSeed } from '@shared/fuzz/index.ts';
import type { ReplayRecord } from '@shared/protocol/http.ts';
import { createGame, reduce, replay, viewFor } from '@shared/rules/index.ts';
import type { Command } from '@shared/rules/commands.ts';
import { ROLES, type GameState, type Role } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { openSqliteMatchStore } from '@server/store/sqlite-match-store.ts';
import { pilot } from './pilot.ts';
import { freePort, startServerProcess, type ServerProcess } from './server-process.ts';
import { WireClient } from './wire-client.ts';

export type CrashRunOptions = Readonly<{ seed: number; matches: number; kills: number; dataDir: string; log?: (line: string) => void }>;

export type CrashRunSummary = {
  seed: number;
  kills: number;
  matches: number;
  /** Views players had seen at the moment of a crash, compared with the stored log. */
  acknowledgedViewsChecked: number;
  /** Highest version any player had seen, summed over crashes and matches (how much was at stake). */
  acknowledgedCommands: number;
  lostAcknowledged: number;
  rejoined: number;
  rejoinFailures: number;
  matchesFinished: number;
  finalMismatches: number;
  killedAtVersions: number[];
  durationMs: number;
  examples: string[];
};

const TIMERS = { briefing: 5, proposals: 10, negotiation: 15, vote: 8, actions: 8, resolution: 5 };
const SERVER_ENV = { TIMER_SCALE: '0.05', BOT_DELAY_MS: '20', PATCH_RATE_MS: '20', RECONNECT_GRACE_SEC: '30', FINISHED_ROOM_TTL_SEC: '30' };

type Player = { client: WireClient; role: Role; token: string; stop: () => void; seed: number };
type Table = { code: string; matchId: string; players: Player[] };

function note(summary: CrashRunSummary, line: string): void {
  if (summary.examples.length < 30) summary.examples.push(line);
}

async function openTable(url: string, seed: number, rounds: number): Promise<Table> {
  const host = await WireClient.create(url, { seed, rounds, bots: true, timers: TIMERS }, 'host');
  await host.until(() => host.welcome !== null && host.view !== null, 'welcome');
  const guest = await WireClient.join(url, host.code, { name: 'Guest' }, 'guest');
  const clients = [host, guest];
  clients.forEach((c, i) => c.send('claimSeat', { role: ROLES[i], name: `Player ${i}` }));
  for (const [i, c] of clients.entries()) await c.until(() => c.welcome?.role === ROLES[i], 'seat');
  const players = clients.map((client, i) => ({ client, role: ROLES[i], token: client.welcome!.seatToken!, seed: seed + i, stop: pilot(client, seed + i) }));
  host.send('hostStart', {});
  return { code: host.code, matchId: host.welcome!.matchId, players };
}

/** The state after the first `version` commands of a log. */
function stateAt(config: GameState['config'], seed: number, log: readonly Command[], version: number): GameState {
  let state = createGame(config, seed);
  for (const command of log.slice(0, version)) {
    const result = reduce(state, command);
    if (!result.ok) throw new Error(`stored command refused on replay: ${result.error.code}`);
    state = result.state;
  }
  return state;
}

/** Everything players had seen before the crash must be in the log, exactly. */
async function checkAcknowledged(dataDir: string, tables: readonly Table[], seen: Map<Player, MatchView | null>, summary: CrashRunSummary): Promise<void> {
  const store = openSqliteMatchStore(dataDir);
  try {
    for (const table of tables) {
      const record = await store.getMatch(table.matchId);
      const log = await store.getCommands(table.matchId);
      for (const player of table.players) {
        const view = seen.get(player);
        if (!view || !record) continue;
        summary.acknowledgedViewsChecked += 1;
        summary.acknowledgedCommands += view.version;
        if (log.length < view.version) {
          summary.lostAcknowledged += view.version - log.length;
          note(summary, `${table.code} ${player.role}: saw version ${view.version}, log has ${log.length}`);
          continue;
        }
        const diff = firstDifference(viewFor(stateAt(record.config, record.seed, log, view.version), { kind: 'seat', role: player.role }), view);
        if (diff) {
          summary.lostAcknowledged += 1;
          note(summary, `${table.code} ${player.role}: view at version ${view.version} differs from the log at ${diff}`);
        }
      }
    }
  } finally {
    store.close();
  }
}

async function rejoin(url: string, table: Table, player: Player, summary: CrashRunSummary): Promise<void> {
  const before = player.client.view?.version ?? 0;
  player.stop();
  try {
    const client = await WireClient.join(url, table.code, { seatToken: player.token }, `${player.role} again`);
    await client.until(() => client.welcome?.role === player.role && client.view !== null, 'the seat back');
    if (client.view!.version < before) note(summary, `${table.code} ${player.role}: came back to version ${client.view!.version} < ${before}`);
    player.client = client;
    player.stop = pilot(client, player.seed);
    summary.rejoined += 1;
  } catch (error) {
    summary.rejoinFailures += 1;
    note(summary, `${table.code} ${player.role}: could not rejoin: ${(error as Error).message}`);
  }
}

/** Lets every match play to the end and compares what players saw with the stored record. */
async function finishAll(server: ServerProcess, tables: readonly Table[], summary: CrashRunSummary): Promise<void> {
  for (const table of tables) {
    try {
      for (const p of table.players) await p.client.until(() => p.client.view?.phase === 'gameOver', 'game over', 120_000);
      const record = (await (await fetch(`${server.http}/api/matches/${table.matchId}`)).json()) as ReplayRecord;
      const final = replay(record.config, record.seed, record.commands);
      summary.matchesFinished += 1;
      for (const p of table.players) {
        const diff = firstDifference(viewFor(final, { kind: 'seat', role: p.role }), p.client.view);
        if (diff) {
          summary.finalMismatches += 1;
          note(summary, `${table.code} ${p.role}: final view differs from the replay at ${diff}`);
        }
      }
    } catch (error) {
      note(summary, `${table.code}: did not finish: ${(error as Error).message}`);
    }
    for (const p of table.players) {
      p.stop();
      await p.client.leave();
    }
  }
}

/** Waits (polling: a dead socket sends no more events) until `done()` holds, for at most 5 s. */
async function settle(done: () => boolean): Promise<void> {
  for (let waited = 0; waited < 5000 && !done(); waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
}

export async function runCrashes(options: CrashRunOptions): Promise<CrashRunSummary> {
  const started = Date.now();
  const rand = makeRand(options.seed);
  const summary: CrashRunSummary = {
    seed: options.seed, kills: 0, matches: options.matches, acknowledgedViewsChecked: 0, acknowledgedCommands: 0, lostAcknowledged: 0,
    rejoined: 0, rejoinFailures: 0, matchesFinished: 0, finalMismatches: 0, killedAtVersions: [], durationMs: 0, examples: [],
  };
  const port = await freePort();
  let server = await startServerProcess(port, options.dataDir, SERVER_ENV);
  try {
    const rounds = Math.max(4, Math.min(12, 4 + options.kills));
    const tables = await Promise.all(Array.from({ length: options.matches }, (_, i) => openTable(server.url, subSeed(options.seed, i) >>> 1, rounds)));
    for (let k = 0; k < options.kills; k++) {
      // A random moment: anywhere from the middle of a move to a few phases later.
      await new Promise((resolve) => setTimeout(resolve, rand.int(150, 2500)));
      await server.kill();
      summary.kills += 1;
      const players = tables.flatMap((t) => t.players);
      // The old connections must not come back on their own: players return with their tokens.
      for (const p of players) p.client.room.reconnection.enabled = false;
      await settle(() => players.every((p) => !p.client.open));
      const seen = new Map(players.map((p) => [p, p.client.view] as const));
      summary.killedAtVersions.push(Math.max(...players.map((p) => p.client.view?.version ?? 0)));
      await checkAcknowledged(options.dataDir, tables, seen, summary);
      server = await startServerProcess(port, options.dataDir, SERVER_ENV);
      for (const table of tables) {
        for (const p of table.players) if (p.client.view?.phase !== 'gameOver') await rejoin(server.url, table, p, summary);
      }
      options.log?.(`crash ${k + 1}: killed at versions up to ${summary.killedAtVersions.at(-1)}, ${summary.rejoined} rejoins`);
    }
    await finishAll(server, tables, summary);
  } finally {
    await server.kill();
  }
  summary.durationMs = Date.now() - started;
  return summary;
}
