/**
 * The HTTP side of the server on the game's port: health, the public list of live matches, the
 * operator monitor behind its password, the built client with deep links, and typed refusals of
 * bad create or join options (protocol version, contract, spectators not allowed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@colyseus/sdk';
import type { HealthResponse, LiveMatchesResponse } from '@shared/protocol/http.ts';
import { MATCH_ROOM, PROTOCOL_VERSION } from '@shared/protocol/version.ts';
import { packageVersion } from '@server/start-server.ts';
import { bootTestServer, type TestServer } from './helpers/test-server.ts';
import { fetchJson, seatPlayers } from './helpers/table.ts';
import { TestPlayer } from './helpers/test-player.ts';

const clientDir = mkdtempSync(path.join(tmpdir(), 'neo-terra-client-'));
const INDEX = '<!doctype html><title>Neo-Terra test build</title>';
let server: TestServer;

beforeAll(async () => {
  writeFileSync(path.join(clientDir, 'index.html'), INDEX);
  writeFileSync(path.join(clientDir, 'app.js'), 'console.log("app")');
  server = await bootTestServer({ monitorPassword: 'open sesame', clientDir });
});
afterAll(async () => {
  await server?.stop();
  rmSync(clientDir, { recursive: true, force: true });
});

describe('health and the client', () => {
  it('answers health with status and version', async () => {
    const { status, body } = await fetchJson(`${server.http}/api/health`);
    expect(status).toBe(200);
    expect(body as HealthResponse).toEqual({ status: 'ok', version: packageVersion(), protocolVersion: PROTOCOL_VERSION });
  });

  it('serves the built client, with deep links falling back to index.html', async () => {
    for (const route of ['/', '/m/ABCDE', '/replay/some-id']) {
      const res = await fetch(`${server.http}${route}`);
      expect(res.status, route).toBe(200);
      expect(await res.text()).toBe(INDEX);
    }
    expect(await (await fetch(`${server.http}/app.js`)).text()).toContain('app');
    expect((await fetch(`${server.http}/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.http}/api/nothing-here`)).status).toBe(404);
  });

  it('puts the operator monitor behind the password', async () => {
    expect((await fetch(`${server.http}/colyseus/`)).status).toBe(401);
    const wrong = Buffer.from('admin:guess').toString('base64');
    expect((await fetch(`${server.http}/colyseus/`, { headers: { authorization: `Basic ${wrong}` } })).status).toBe(401);
    const right = Buffer.from('admin:open sesame').toString('base64');
    expect((await fetch(`${server.http}/colyseus/`, { headers: { authorization: `Basic ${right}` } })).status).toBe(200);
  });
});

describe('the list of live matches', () => {
  it('lists public running matches that accept spectators, and nothing else', async () => {
    const running = await seatPlayers(server.url, { seed: 61, rounds: 6 }, ['Pub']);
    running.host.send('hostStart', {});
    await running.host.until(() => running.host.view?.phase === 'briefing', 'the start');
    const hidden = await seatPlayers(server.url, { seed: 62, isPublic: false }, ['Priv']);
    hidden.host.send('hostStart', {});
    const closed = await seatPlayers(server.url, { seed: 63, allowSpectators: false }, ['NoSpec']);
    closed.host.send('hostStart', {});
    const lobby = await seatPlayers(server.url, { seed: 64 }, ['Lobby']);
    await hidden.host.until(() => hidden.host.view?.phase === 'briefing', 'the private start');
    await closed.host.until(() => closed.host.view?.phase === 'briefing', 'the closed start');
    const watcher = await TestPlayer.join(server.url, running.code, { spectate: true }, 'watcher');
    await running.host.until(() => running.host.state.spectators === 1, 'the spectator count');

    const { body } = await fetchJson(`${server.http}/api/matches/live`);
    const { matches } = body as LiveMatchesResponse;
    const codes = matches.map((m) => m.code);
    expect(codes).toContain(running.code);
    for (const code of [hidden.code, closed.code, lobby.code]) expect(codes).not.toContain(code);
    expect(matches.find((m) => m.code === running.code)).toEqual({
      code: running.code, scenario: 'default', round: running.host.view!.round, rounds: 6,
      phase: running.host.view!.phase, players: 1, spectators: 1,
    });
    // A spectator can pick a match from the list and join it by its code.
    const picked = await TestPlayer.join(server.url, matches.find((m) => m.code === running.code)!.code, { spectate: true }, 'picker');
    await picked.until(() => picked.view?.viewer.kind === 'spectator', 'the spectator view');
    await watcher.leave();
  });
});

describe('refusals when creating or joining', () => {
  const sdk = () => new Client(server.url);

  it('refuses another protocol version with a typed reason', async () => {
    await expect(sdk().create(MATCH_ROOM, { protocolVersion: PROTOCOL_VERSION - 1, name: 'Old' })).rejects.toMatchObject({ code: 426, message: 'clientTooOld' });
    await expect(sdk().create(MATCH_ROOM, { protocolVersion: PROTOCOL_VERSION + 1, name: 'New' })).rejects.toMatchObject({ code: 426, message: 'serverTooOld' });
    const { code } = await seatPlayers(server.url, { seed: 65 }, ['Host']);
    await expect(sdk().joinById(code, { protocolVersion: PROTOCOL_VERSION + 1 })).rejects.toMatchObject({ message: 'serverTooOld' });
  });

  it('refuses options that break the contract', async () => {
    await expect(sdk().create(MATCH_ROOM, { protocolVersion: PROTOCOL_VERSION, name: 'X', rounds: 99 })).rejects.toMatchObject({ code: 400, message: 'invalidOptions' });
    await expect(sdk().create(MATCH_ROOM, { protocolVersion: PROTOCOL_VERSION, name: 'X', __pendingTable: 'forged' })).rejects.toMatchObject({ message: 'invalidOptions' });
    const { code } = await seatPlayers(server.url, { seed: 66 }, ['Host']);
    await expect(sdk().joinById(code, { protocolVersion: PROTOCOL_VERSION, spectate: 'yes' })).rejects.toMatchObject({ code: 400, message: 'invalidOptions' });
  });

  it('refuses spectators where the host does not allow them', async () => {
    const { code } = await seatPlayers(server.url, { seed: 67, allowSpectators: false }, ['Host']);
    await expect(sdk().joinById(code, { protocolVersion: PROTOCOL_VERSION, spectate: true })).rejects.toMatchObject({ code: 403, message: 'spectatorsNotAllowed' });
  });

  it('answers an unknown code with the matchmaker error', async () => {
    await expect(sdk().joinById('ZZZZZ', { protocolVersion: PROTOCOL_VERSION })).rejects.toMatchObject({ code: 522 });
  });
});
