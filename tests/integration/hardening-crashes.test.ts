/**
 * The server process is killed (SIGKILL) at seeded random moments of running matches and started
 * again on the same port and data (`npm run crash-test` does the same with more kills). After every
 * crash, everything any player had seen is in the stored log, exactly (the state at that version
 * gives the very view the player saw); every match resumes under its code; every player gets their
 * seat back with their seat token; and in the end each match's record equals what its players saw.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCrashes, type CrashRunSummary } from '../../scripts/hardening/crash-restart.ts';

const KILLS = 3;
const MATCHES = 2;
const dataDir = mkdtempSync(path.join(tmpdir(), 'neo-terra-crash-test-'));
let summary: CrashRunSummary;

beforeAll(async () => {
  summary = await runCrashes({ seed: 17, matches: MATCHES, kills: KILLS, dataDir });
}, 240_000);
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe(`${KILLS} crashes at random moments of ${MATCHES} running matches (seed 17)`, () => {
  it('killed the server mid-match each time', () => {
    expect(summary.kills).toBe(KILLS);
    expect(summary.killedAtVersions.every((v) => v > 0)).toBe(true);
  });

  it('lost no update any player had seen', () => {
    expect(summary.examples).toEqual([]);
    expect(summary.lostAcknowledged).toBe(0);
    expect(summary.acknowledgedViewsChecked).toBe(KILLS * MATCHES * 2);
    expect(summary.acknowledgedCommands).toBeGreaterThan(0);
  });

  it('gave every player their seat back after every crash', () => {
    expect(summary.rejoinFailures).toBe(0);
    expect(summary.rejoined).toBeGreaterThan(0);
  });

  it('played every match to the end, its record equal to what the players saw', () => {
    expect(summary.matchesFinished).toBe(MATCHES);
    expect(summary.finalMismatches).toBe(0);
  });
});
