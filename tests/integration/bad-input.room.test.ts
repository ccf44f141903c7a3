/**
 * Every kind of bad input gets a typed `rejected` answer, to the sender only, and changes nothing:
 * unknown types, wrong shapes, wrong phase, acting without (or for another) seat, spectators
 * trying to act, host controls from non-hosts, chat floods and oversized payloads. The room keeps
 * running for everyone afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CHAT_LENGTH } from '@shared/protocol/intents.ts';
import { bootTestServer, type TestServer } from './helpers/test-server.ts';
import { seatPlayers, type Table } from './helpers/table.ts';
import { serverState } from './helpers/server-room.ts';
import { TestPlayer } from './helpers/test-player.ts';
import { LEVERS } from '@shared/model/levers.ts';
import { LEVER_IDS } from '@shared/model/types.ts';

/** A lever nobody tabled yet this round, with a value other than the one in force. */
function untabledPolicy(player: TestPlayer): { lever: string; value: number } {
  const view = player.view!;
  const lever = LEVER_IDS.find((id) => !view.proposals.some((p) => p.lever === id) && view.frozenLever !== id)!;
  const spec = LEVERS[lever];
  return { lever, value: view.levers[lever] === spec.max ? spec.min : spec.max };
}

let server: TestServer;
let table: Table;
let guest: TestPlayer;
let spectator: TestPlayer;

beforeAll(async () => {
  server = await bootTestServer();
  table = await seatPlayers(server.url, { seed: 5, rounds: 4, bots: true }, ['Ada', 'Bo']);
  guest = await TestPlayer.join(server.url, table.code, { name: 'Gus' }, 'guest');
  spectator = await TestPlayer.join(server.url, table.code, { spectate: true, name: 'Spec' }, 'spectator');
  await spectator.until(() => spectator.view !== null, 'spectator view');
});
afterAll(async () => {
  await server?.stop();
});

/** Sends one bad message and returns its rejection, checking nothing changed and nobody else heard. */
async function expectRejected(from: TestPlayer, type: string | number, payload: unknown): Promise<{ code: string } & Record<string, unknown>> {
  const everyone = [...table.players, guest, spectator];
  const before = { version: serverState(table.code).version, heard: everyone.map((p) => p.rejected.length) };
  from.send(type as string, payload);
  await from.until(() => from.rejected.length > before.heard[everyone.indexOf(from)], `rejection of ${String(type)}`);
  const rejection = from.rejected[from.rejected.length - 1];
  expect(rejection.type).toBe(String(type));
  expect(serverState(table.code).version).toBe(before.version);
  everyone.forEach((p, i) => {
    if (p !== from) expect(p.rejected.length).toBe(before.heard[i]);
  });
  return rejection.error as { code: string } & Record<string, unknown>;
}

describe('bad input in the lobby', () => {
  it('rejects unknown message types, string or numeric', async () => {
    expect(await expectRejected(table.host, 'launchMissiles', { now: true })).toEqual({ code: 'unknownMessage', type: 'launchMissiles' });
    expect((await expectRejected(table.host, 7, {})).code).toBe('unknownMessage');
  });

  it('rejects wrong shapes: missing, mistyped and extra fields', async () => {
    expect((await expectRejected(table.host, 'claimSeat', { role: 'pirate', name: 'X' })).code).toBe('invalidMessage');
    expect((await expectRejected(table.host, 'ready', { ready: 'yes' })).code).toBe('invalidMessage');
    expect((await expectRejected(table.host, 'chat', { text: 'hi', admin: true })).code).toBe('invalidMessage');
    expect((await expectRejected(table.host, 'castVote', null)).code).toBe('invalidMessage');
    expect((await expectRejected(table.host, 'hostSetTimers', { timers: { vote: 1 } })).code).toBe('invalidMessage');
  });

  it('rejects intents out of phase, and acting without a seat', async () => {
    const v = serverState(table.code).version;
    expect(await expectRejected(table.host, 'proposePolicy', { lever: 'landfillTax', value: 50, expectedVersion: v })).toMatchObject({ code: 'notYourPhase', phase: 'lobby' });
    expect((await expectRejected(guest, 'chat', { text: 'hello' })).code).toBe('notSeated');
  });

  it('rejects host controls from anyone but the host', async () => {
    expect((await expectRejected(table.players[1], 'hostStart', {})).code).toBe('notHost');
    expect((await expectRejected(table.players[1], 'hostKick', { role: 'chemist' })).code).toBe('notHost');
    expect((await expectRejected(guest, 'hostSetTimers', { timers: { vote: 30 } })).code).toBe('notHost');
  });

  it('rejects taking a seat someone holds', async () => {
    expect(await expectRejected(guest, 'claimSeat', { role: 'chemist', name: 'Gus' })).toEqual({ code: 'seatTaken', role: 'chemist' });
  });

  it('keeps spectators from acting or sitting down', async () => {
    expect((await expectRejected(spectator, 'ready', { ready: true })).code).toBe('spectatorsCannotAct');
    expect((await expectRejected(spectator, 'claimSeat', { role: 'activist', name: 'S' })).code).toBe('spectatorsCannotAct');
    expect((await expectRejected(table.host, 'spectatorChat', { text: 'psst' })).code).toBe('spectatorsOnly');
  });
});

describe('bad input during play', () => {
  let proposalId = '';
  beforeAll(async () => {
    const { host } = table;
    host.send('hostStart', {});
    await host.until(() => host.view?.phase === 'briefing', 'the match to start');
    table.players.forEach((p) => p.send('ready', { ready: true }));
    await host.until(() => host.view?.phase === 'proposals', 'the proposals phase');
    host.send('proposePolicy', { ...untabledPolicy(host), expectedVersion: host.view!.version });
    await host.until(() => host.view!.proposals.some((p) => p.by === 'chemist'), 'the host proposal');
    proposalId = host.view!.proposals.find((p) => p.by === 'chemist')!.id;
    table.players.forEach((p) => p.send('ready', { ready: true }));
    await host.until(() => host.view?.phase === 'negotiation', 'the negotiation phase');
    host.send('offerDeal', { to: 'engineer', credits: 1, influence: 0, condition: { kind: 'proposalPasses', proposalId }, expectedVersion: host.view!.version });
    await table.players[1].until(() => table.players[1].view!.deals.some((d) => d.from === 'chemist'), 'the deal offer');
  });

  it('rejects stale versions and wrong-phase intents', async () => {
    const v = serverState(table.code).version;
    expect(await expectRejected(table.host, 'amendProposal', { proposalId, value: 0, expectedVersion: v + 1 })).toEqual({ code: 'staleVersion', expected: v, got: v + 1 });
    expect((await expectRejected(table.host, 'castVote', { proposalId: 'p1', ballot: 'yes', expectedVersion: v })).code).toBe('notYourPhase');
    expect((await expectRejected(table.host, 'hostSetTimers', { timers: { vote: 30 } })).code).toBe('notInLobby');
  });

  it("rejects acting on another seat's behalf", async () => {
    expect((await expectRejected(table.host, 'whisper', { to: 'chemist', text: 'me, myself' })).code).toBe('selfTarget');
    // The host's own offer to the engineer (bots at the table may have offered deals too).
    const dealId = table.host.view!.deals.find((d) => d.from === 'chemist' && d.to === 'engineer')!.id;
    const v = serverState(table.code).version;
    expect(await expectRejected(table.host, 'respondDeal', { dealId, accept: true, expectedVersion: v })).toEqual({ code: 'notYourSeat' });
    expect(await expectRejected(table.players[1], 'withdrawDeal', { dealId, expectedVersion: v })).toEqual({ code: 'notYourSeat' });
  });

  it('rejects oversized text and keys inside the frame limit', async () => {
    expect((await expectRejected(table.host, 'chat', { text: 'x'.repeat(MAX_CHAT_LENGTH + 1) })).code).toBe('invalidMessage');
    expect((await expectRejected(table.host, 'chat', { text: 'hi', ['k'.repeat(8000)]: 1 })).code).toBe('invalidMessage');
    expect((await expectRejected(spectator, 'spectatorChat', { text: 'y'.repeat(5000) })).code).toBe('invalidMessage');
  });

  it('rate-limits chat floods', async () => {
    let error: { code: string; retryInMs?: number } | null = null;
    for (let i = 0; i < 10 && !error; i++) {
      const heard = table.players[1].rejected.length;
      const versionBefore = serverState(table.code).version;
      table.players[1].send('chat', { text: `spam ${i}` });
      await table.players[1].until(
        () => table.players[1].rejected.length > heard || serverState(table.code).version > versionBefore,
        'chat answer',
      );
      if (table.players[1].rejected.length > heard) error = table.players[1].rejected[heard].error as { code: string; retryInMs?: number };
    }
    expect(error).toMatchObject({ code: 'rateLimited' });
    expect(error!.retryInMs).toBeGreaterThan(0);
  });

  it('disconnects a client that sends a frame over the size limit, and the room plays on', async () => {
    const intruder = await TestPlayer.join(server.url, table.code, { name: 'Big' }, 'intruder');
    await intruder.until(() => intruder.view !== null, 'intruder view');
    intruder.send('chat', { text: 'z'.repeat(64 * 1024) });
    await intruder.until(() => intruder.left !== null, 'intruder to be dropped');
    const v = serverState(table.code).version;
    table.host.send('chat', { text: 'still here' });
    await table.host.until(() => (table.host.view?.version ?? 0) > v, 'the room to keep running');
    expect(table.host.view?.chat.at(-1)?.text).toBe('still here');
  });
});
