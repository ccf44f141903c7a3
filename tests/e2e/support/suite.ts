/**
 * One spec's world: a fresh build if needed, the real game server on its own port, and Chromium.
 * Without Chromium the spec is skipped with a loud message (and fails in CI).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { ensureBuilt } from './build.ts';
import { CHROMIUM, launchBrowser } from './browser.ts';
import { startGameServer, type GameServer } from './game-server.ts';

export const HAS_CHROMIUM = CHROMIUM !== null;

export type Suite = { server: GameServer; browser: Browser };

/** Registers beforeAll/afterAll hooks; the returned object is filled before the first test runs. */
export function useSuite(env: Record<string, string> = {}): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    if (!HAS_CHROMIUM) return;
    ensureBuilt();
    suite.server = await startGameServer(env);
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  return suite;
}
