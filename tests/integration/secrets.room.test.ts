/**
 * Secrets stay secret on the wire. Four seated clients and a spectator play a whole match in which
 * the smuggler diverts, bribes and sabotages, the chemist runs a private assay, the activist
 * investigates and the chemist whispers to the engineer. Before the end, no client's raw bytes or
 * decoded state hold another seat's agenda, intel, covert actions or whispers, and the spectator
 * holds none at all; at the end everything is revealed. A delayed spectator lags behind the table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENDAS } from '@shared/content/agendas.ts';
import type { Intent } from '@shared/protocol/intents.ts';
import { BETA0_RANGE } from '@shared/model/index.ts';
import { viewFor } from '@shared/rules/index.ts';
import { ROLES, type GameState, type Role } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { bootTestServer, type TestServer } from './helpers/test-server.ts';
import { autoplay } from './helpers/autoplay.ts';
import { leaks, numberSecret, stringSecret, type Secret } from './helpers/secrets.ts';
import { seatPlayers, type Table } from './helpers/table.ts';
import { serverState } from './helpers/server-room.ts';
import { TestPlayer } from './helpers/test-player.ts';

const WHISPER = 'meet me behind the incinerator at midnight';

/** Scripted moves on top of the bots: covert actions, a private assay, an investigation, a whisper. */
function script(role: Role): (view: MatchView, intent: Intent) => Intent {
  let whispered = false;
  return (view, intent) => {
    const act = (action: Extract<Intent, { type: 'roleAction' }>['action']): Intent => ({ type: 'roleAction', action, expectedVersion: view.version });
    if (role === 'chemist' && view.phase === 'negotiation' && !whispered) {
      whispered = true;
      return { type: 'whisper', to: 'engineer', text: WHISPER };
    }
    if (intent.type !== 'roleAction' || view.phase !== 'actions') return intent;
    if (role === 'smuggler' && view.round <= 3) return act([{ kind: 'divert' }, { kind: 'bribe', target: 'engineer', credits: 3 }, { kind: 'sabotage' }][view.round - 1] as never);
    // The chemist keeps every assay private (the bot would sometimes publish it).
    if (role === 'chemist' && (view.round === 1 || intent.action.kind === 'assay')) return act({ kind: 'assay', publish: false });
    if (role === 'activist' && view.round === 2) return act({ kind: 'investigate', target: 'smuggler', expose: false });
    return intent;
  };
}

type SeatSecret = Secret & { knownTo: readonly Role[] };

/** Every seat secret of the match as it stands at the end (all were secret while it ran). */
function secretsOf(state: GameState): SeatSecret[] {
  const out: SeatSecret[] = [];
  const add = (knownTo: Role[], secret: Secret) => out.push({ ...secret, knownTo });
  for (const role of ROLES) {
    const seat = state.seats[role];
    const agenda = AGENDAS[seat.agendaId];
    add([role], stringSecret(`${role} agenda id`, agenda.id));
    add([role], stringSecret(`${role} agenda text`, agenda.text));
    for (const record of seat.covertLog) add([role], stringSecret(`${role} covert ${record.kind}`, record.kind));
    for (const intel of seat.intel) {
      if (intel.kind === 'investigation') add([role], stringSecret(`${role} investigation`, 'tookCovertAction'));
      if (intel.kind !== 'assay' || intel.published) continue;
      // A band edge clamped to the public range is public knowledge, not a secret.
      if (intel.beta0Min !== BETA0_RANGE.min) add([role], numberSecret(`${role} assay min`, intel.beta0Min));
      if (intel.beta0Max !== BETA0_RANGE.max) add([role], numberSecret(`${role} assay max`, intel.beta0Max));
    }
  }
  add(['chemist', 'engineer'], stringSecret('whisper chemist→engineer', WHISPER));
  return out;
}

let server: TestServer;
let table: Table;
let spectator: TestPlayer;
let final: GameState;
/** Frames each client received before it saw the end of the match. */
const beforeEnd = new Map<TestPlayer, Buffer[]>();

function watchForEnd(p: TestPlayer): void {
  p.room.onMessage('view', () => {
    if (p.view?.phase === 'gameOver' && !beforeEnd.has(p)) beforeEnd.set(p, p.frames().slice(0, -1));
  });
}

beforeAll(async () => {
  server = await bootTestServer();
  table = await seatPlayers(server.url, { seed: 21, rounds: 4, bots: false }, ['Ada', 'Bo', 'Cy', 'Di']);
  spectator = await TestPlayer.join(server.url, table.code, { spectate: true, name: 'Watcher' }, 'spectator');
  await spectator.until(() => spectator.view !== null, 'spectator view');
  [...table.players, spectator].forEach(watchForEnd);
  const stops = table.players.map((p, i) => autoplay(p, 300 + i, script(ROLES[i])));
  table.host.send('hostStart', {});
  for (const p of [...table.players, spectator]) await p.until(() => beforeEnd.has(p), 'game over', 60_000);
  stops.forEach((stop) => stop());
  final = serverState(table.code);
});
afterAll(async () => {
  await server?.stop();
});

describe('secrets on the wire', () => {
  it('the scripted secrets really happened', () => {
    expect(final.seats.smuggler.covertLog.map((c) => c.kind)).toEqual(expect.arrayContaining(['divert', 'bribe', 'sabotage']));
    expect(final.seats.chemist.intel.some((i) => i.kind === 'assay' && !i.published)).toBe(true);
    expect(final.publishedAssay).toBeNull();
    expect(final.seats.activist.intel.some((i) => i.kind === 'investigation')).toBe(true);
    expect(final.chat.some((m) => m.text === WHISPER && m.to === 'engineer')).toBe(true);
  });

  it("no seat received another seat's secrets before the end, in bytes or decoded state", () => {
    const secrets = secretsOf(final);
    table.players.forEach((p, i) => {
      const me = ROLES[i];
      const mine = secrets.filter((s) => s.knownTo.includes(me));
      const frames = beforeEnd.get(p)!;
      expect(leaks(frames, secrets.filter((s) => !s.knownTo.includes(me))), `${me} received`).toEqual([]);
      // The search does find what is legitimately theirs.
      expect(leaks(frames, mine), `${me} own secrets`).toEqual(mine.map((s) => s.label));
      const decoded = JSON.stringify(p.state);
      for (const r of ROLES.filter((x) => x !== me)) expect(decoded).not.toContain(AGENDAS[final.seats[r].agendaId].text);
    });
  });

  it('the spectator received no secret at all before the end, and everything at the end', () => {
    expect(leaks(beforeEnd.get(spectator)!, secretsOf(final))).toEqual([]);
    expect(spectator.view?.revealed).toBe(true);
    for (const r of ROLES) expect(spectator.view?.seats[r].agenda?.text).toBe(AGENDAS[final.seats[r].agendaId].text);
    expect(spectator.view?.seats.smuggler.covertLog?.length).toBe(final.seats.smuggler.covertLog.length);
  });

  it('the hidden byproduct intensity reached nobody before the end', () => {
    const beta0 = [numberSecret('beta0', final.world.beta0)];
    for (const p of [...table.players, spectator]) expect(leaks(beforeEnd.get(p)!, beta0), p.label).toEqual([]);
    expect(spectator.view?.knowledge).toEqual({ beta0Min: final.world.beta0, beta0Max: final.world.beta0 });
  });
});

describe('a delayed spectator', () => {
  it('sees the table later than the players, then everything at the end', async () => {
    const delayed = await seatPlayers(server.url, { seed: 22, rounds: 4, bots: true, spectatorDelaySec: 2 }, ['Eve']);
    const watcher = await TestPlayer.join(server.url, delayed.code, { spectate: true }, 'late watcher');
    await watcher.until(() => watcher.view !== null, 'watcher view');
    const stop = autoplay(delayed.host, 9);
    delayed.host.send('hostStart', {});
    await delayed.host.until(() => delayed.host.view?.phase === 'proposals', 'proposals');
    const seen = delayed.host.view!.version;
    expect(watcher.view!.version).toBeLessThan(seen);
    await watcher.until(() => watcher.view!.version >= seen, 'the delayed view to catch up');
    await delayed.host.until(() => delayed.host.view?.phase === 'gameOver', 'game over', 60_000);
    stop();
    await watcher.until(() => watcher.view?.phase === 'gameOver', 'the reveal');
    expect(watcher.view).toEqual(viewFor(serverState(delayed.code), { kind: 'spectator' }));
  });
});
