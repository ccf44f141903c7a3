/**
 * The pages around the game: "how the model works" (stocks, levers and every parameter with its V/S/A
 * source), the tutorial (a guided first round against bots, coach included), the Watch page when
 * nothing is live, and an unknown address. Each is checked with axe, shot at both widths, and the
 * home page is walked with the keyboard alone.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MODEL_PARAMS } from '@shared/model/params.ts';
import { TablePage } from './pages/TablePage.ts';
import { describeViolations, seriousViolations } from './support/axe.ts';
import { newPlayer, uncaughtErrors } from './support/browser.ts';
import { shoot } from './support/screenshots.ts';
import { HAS_CHROMIUM, useSuite } from './support/suite.ts';

async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(where, violations)).toEqual([]);
}

describe.skipIf(!HAS_CHROMIUM)('pages around the game', () => {
  const suite = useSuite();

  it('explains the model with every parameter and its source', async () => {
    const { page } = await newPlayer(suite.browser, suite.server.url);
    await page.goto('/model');
    await page.getByTestId('screen-model').waitFor();
    const rows = page.locator('[data-testid=param-table] tbody tr');
    expect(await rows.count()).toBe(Object.keys(MODEL_PARAMS).length);
    expect(await page.locator('[data-testid=lever-table] tbody tr').count()).toBe(13);
    await page.getByTestId('param-filter-V').click();
    const verified = Object.values(MODEL_PARAMS).filter((p) => p.source === 'V').length;
    expect(await rows.count()).toBe(verified);
    await page.getByTestId('param-filter-all').click();
    await shoot(page, 'model');
    await expectAccessible(page, 'model');
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('runs a guided tutorial round against three bots', async () => {
    const { page } = await newPlayer(suite.browser, suite.server.url);
    await page.goto('/');
    await page.getByTestId('home-tutorial').click();
    await page.getByTestId('screen-tutorial').waitFor();
    await shoot(page, 'tutorial');
    await expectAccessible(page, 'tutorial');
    await page.getByTestId('tutorial-name').fill('Tam');
    await page.getByTestId('tutorial-start').click();
    const table = new TablePage(page);
    await table.waitForPhase('briefing', 1);
    const coach = page.getByTestId('tutorial-coach');
    const briefingTip = await coach.textContent();
    expect(briefingTip).toContain('Briefing');
    expect(await table.role()).toBe('chemist');
    await shoot(page, 'tutorial-table');
    await table.ready();
    await table.waitForPhase('proposals', 1);
    await expect(coach.textContent()).resolves.toContain('Proposals');
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('shows an empty Watch page and a not-found page', async () => {
    const { page } = await newPlayer(suite.browser, suite.server.url);
    await page.goto('/watch');
    await page.getByTestId('watch-empty').waitFor();
    await expectAccessible(page, 'watch (empty)');
    await page.goto('/no/such/page');
    await page.getByTestId('screen-not-found').waitFor();
    await shoot(page, 'not-found');
  });

  it('lets a keyboard user reach every control of the home page', async () => {
    const { page } = await newPlayer(suite.browser, suite.server.url);
    await page.goto('/');
    await page.getByTestId('screen-home').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id ?? '');
      if (id) reached.add(id);
    }
    for (const id of ['create-name', 'create-scenario', 'create-rounds', 'create-pace', 'create-bots', 'create-submit', 'join-code', 'join-submit', 'home-tutorial']) {
      expect(reached, `keyboard focus never reached ${id}`).toContain(id);
    }
    await page.getByTestId('join-code').focus();
    await page.keyboard.type('zzzzz');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/m\/ZZZZZ$/);
    await page.getByTestId('match-failed').waitFor();
    expect(await page.getByTestId('match-failed').textContent()).toContain('No match with that code');
  });
});
