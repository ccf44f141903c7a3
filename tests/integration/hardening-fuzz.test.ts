/**
 * Live fuzzing, small: two real matches under fire from hostile seated players, guests, spectators
 * and raw-frame senders (`npm run fuzz` runs the same harness at full size). Nothing may crash,
 * every room keeps running, every room's state equals the replay of its stored log with every
 * change explained, no invariant breaks, and every message that broke a contract is refused as
 * such. The auditor itself is checked too: it must notice a planted unexplained change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bootLocalServer, localTable, monitorCrashes, totalOf, type CrashMonitor, type LocalServer } from '../../scripts/hardening/local-server.ts';
import { runLiveFuzz, type LiveFuzzSummary } from '../../scripts/hardening/live-fuzz.ts';
import { auditRoom, newLedger } from '../../scripts/hardening/room-audit.ts';
import { WireClient } from '../../scripts/hardening/wire-client.ts';
import { FUZZ_CATEGORIES } from '@shared/fuzz/index.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'neo-terra-fuzz-test-'));
let server: LocalServer;
let monitor: CrashMonitor;
let summary: LiveFuzzSummary;

beforeAll(async () => {
  monitor = monitorCrashes();
  server = await bootLocalServer({ dataDir, timerScale: 0.1, botDelayMs: 30 });
  summary = await runLiveFuzz({ url: server.url, store: server.store, seed: 7, messages: 1500, rooms: 2, monitor });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  monitor?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('live fuzz (seed 7, 1,500 messages, 2 rooms at a time)', () => {
  it('crashes nothing and leaves every room running or properly finished', () => {
    expect([...monitor.crashes]).toEqual([]);
    expect(totalOf(monitor.crashes)).toBe(0);
    expect(summary.crashes).toBe(0);
    expect(summary.roomsAlive).toBe(summary.rooms);
    expect(summary.messages).toBeGreaterThanOrEqual(1500);
  });

  it('finds every state equal to the replay of its log, every change explained, every invariant kept', () => {
    expect(summary.examples.unexplained).toEqual([]);
    expect(summary.examples.violations).toEqual([]);
    expect(summary.unexplainedStateChanges).toBe(0);
    expect(summary.invariantViolations).toBe(0);
    expect(summary.commandsLogged).toBeGreaterThan(summary.rooms * 20);
  });

  it('answers every broken message with invalidMessage or unknownMessage', () => {
    expect(summary.examples.unanswered).toEqual([]);
    expect(summary.unansweredContractFailures).toBe(0);
    for (const code of ['invalidMessage', 'unknownMessage', 'notSeated', 'spectatorsCannotAct', 'notHost', 'notYourPhase']) {
      expect(summary.refusalCodes[code], code).toBeGreaterThan(0);
    }
  });

  it('sent every category, room messages and raw garbage frames', () => {
    for (const c of FUZZ_CATEGORIES) expect(summary.byCategory[c]?.sent, c).toBeGreaterThan(0);
    expect(summary.garbageFrames).toBeGreaterThan(20);
    expect(Object.keys(summary.byCategory).filter((k) => k.startsWith('room:')).length).toBeGreaterThanOrEqual(6);
  });

  it('logged nothing but dropped garbage frames', () => {
    const unexpected = monitor.errorLogs.filter((line) => !/MessagePack|end of buffer|decode|Unexpected|Data read|RangeError|Max payload/i.test(line));
    expect(unexpected).toEqual([]);
    expect(totalOf(monitor.errorLogs)).toBeLessThanOrEqual(summary.garbageFrames);
  });
});

describe('the room auditor', () => {
  it('notices an intent nobody sent, and a live state that differs from its log', async () => {
    const host = await WireClient.create(server.url, { seed: 8, bots: true }, 'auditor host');
    await host.until(() => host.welcome !== null && host.view !== null, 'welcome');
    host.send('claimSeat', { role: 'chemist', name: 'Ada' });
    await host.until(() => host.welcome?.role === 'chemist', 'seat');
    host.send('chat', { text: 'this chat is missing from the ledger' });
    await host.until(() => host.view?.chat.length === 1, 'the chat');
    const ledger = newLedger(host.code, host.welcome!.matchId);
    const live = localTable(host.code)!.state;
    const honest = await auditRoom(server.store, ledger, live);
    expect(honest.unexplained.join('\n')).toMatch(/chemist .*this chat is missing.* was never sent/);
    const tampered = await auditRoom(server.store, ledger, { ...live, seats: { ...live.seats, chemist: { ...live.seats.chemist, resources: { ...live.seats.chemist.resources, credits: 999 } } } });
    expect(tampered.unexplained.join('\n')).toMatch(/differs from the replay of its log at \$\.seats\.chemist\.resources\.credits/);
    await host.leave();
  });
});
