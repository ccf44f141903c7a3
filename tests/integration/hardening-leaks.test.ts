/**
 * No client ever receives what is not theirs, over whole matches through the real server (the
 * `npm run leak-scan` script runs the same harness over 1,000 matches). Each match has four seated
 * clients playing with scripted covert actions, private assays, investigations and whispers, plus a
 * spectator, a guest, and one player's own second connection as a spectator. Every byte each of
 * them received before the end is searched for every other seat's secrets: zero hits, while each
 * seat's own agenda is found in its own bytes (so the search is not blind).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runLeakScan, type LeakScanSummary } from '../../scripts/hardening/leak-scan.ts';
import { freePort, startServerProcess, type ServerProcess } from '../../scripts/hardening/server-process.ts';

const MATCHES = 6;
const dataDir = mkdtempSync(path.join(tmpdir(), 'neo-terra-leak-test-'));
let server: ServerProcess;
let summary: LeakScanSummary;

beforeAll(async () => {
  server = await startServerProcess(await freePort(), dataDir, { TIMER_SCALE: '0.05', BOT_DELAY_MS: '0', PATCH_RATE_MS: '20' });
  summary = await runLeakScan({ url: server.url, http: server.http, seed: 11, matches: MATCHES, concurrency: 3 });
}, 180_000);
afterAll(async () => {
  await server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

describe(`leak scan over ${MATCHES} whole matches (seed 11)`, () => {
  it('played every match to the end and scanned seven clients in each', () => {
    expect(summary.examples.filter((e) => e.includes('failed'))).toEqual([]);
    expect(summary.matches).toBe(MATCHES);
    expect(summary.clientsScanned).toBe(MATCHES * 7);
    expect(summary.bytesScanned).toBeGreaterThan(MATCHES * 100_000);
  });

  it('found no other seat’s secret in anyone’s bytes, and nothing secret in any spectator’s', () => {
    expect(summary.examples).toEqual([]);
    expect(summary.leaks).toBe(0);
  });

  it('found each seat’s own agenda in its own bytes (the search sees what it looks for)', () => {
    expect(summary.ownSecretsMissed).toBe(0);
  });

  it('had secrets worth keeping: covert actions, private assays, investigations, whispers', () => {
    expect(summary.covertActions.divert ?? 0).toBeGreaterThan(0);
    expect(summary.privateAssays).toBeGreaterThan(0);
    expect(summary.investigations).toBeGreaterThan(0);
    expect(summary.whispers).toBeGreaterThan(0);
    expect(summary.secretsChecked).toBeGreaterThan(MATCHES * 7 * 5);
  });
});
