/**
 * Screenshots of each screen at desktop (1280×800) and phone (375×740) width, written under
 * tests/e2e/screenshots/ (git-ignored) so people can look at them after a run.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './build.ts';
import { DESKTOP, PHONE } from './browser.ts';

export const SCREENSHOT_DIR = join(ROOT, 'tests/e2e/screenshots');

/** Full-page shots at both widths; the page returns to its previous viewport afterwards. */
export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const before = page.viewportSize() ?? DESKTOP;
  for (const [label, size] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    await page.setViewportSize(size);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(150); // let layout and charts settle at the new width
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize(before);
}
