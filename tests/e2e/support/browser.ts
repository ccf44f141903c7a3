/**
 * Debian's Chromium driven by playwright-core: headless, sandbox off (containers), a fresh profile per
 * launch, reduced motion so animated sequences settle at once. Missing Chromium skips loudly (and
 * fails in CI) through tests/support/requirements.ts.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from '../../support/requirements.ts';

export const CHROMIUM = chromiumPath();
export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 375, height: 740 } as const;
const ERRORS = new WeakMap<Page, string[]>();

export async function launchBrowser(): Promise<Browser> {
  if (!CHROMIUM) throw new Error('Chromium is not installed');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A player's own browser profile (cookies, localStorage), as if on their own machine. */
export async function newPlayer(browser: Browser, baseURL: string, viewport: { width: number; height: number } = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport, reducedMotion: 'reduce', locale: 'en-GB' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  ERRORS.set(page, errors);
  return { context, page };
}

/** Uncaught errors thrown in the page so far (a spec asserts there are none). */
export function uncaughtErrors(page: Page): string[] {
  return ERRORS.get(page) ?? [];
}
