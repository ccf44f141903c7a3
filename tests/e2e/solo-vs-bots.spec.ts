/**
 * One player creates a match with three bots and plays it to the results screen: a policy tabled, a
 * forecast read, ballots cast, the lab assay taken, the resolution watched, then ready through to the
 * end. The finished match then opens in the replay viewer and its scrubber moves through the rounds.
 * Screenshots of every screen at both widths; axe on home, lobby, table, results and replay.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HomePage } from './pages/HomePage.ts';
import { LobbyPage } from './pages/LobbyPage.ts';
import { ReplayPage } from './pages/ReplayPage.ts';
import { ResultsPage } from './pages/ResultsPage.ts';
import { TablePage } from './pages/TablePage.ts';
import { describeViolations, seriousViolations } from './support/axe.ts';
import { newPlayer, uncaughtErrors } from './support/browser.ts';
import { shoot } from './support/screenshots.ts';
import { HAS_CHROMIUM, useSuite } from './support/suite.ts';

async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(where, violations)).toEqual([]);
}

describe.skipIf(!HAS_CHROMIUM)('a player against three bots', () => {
  const suite = useSuite();
  let replayPath: string | null = null;

  it('creates a match, plays every phase and reaches the results', async () => {
    const { page } = await newPlayer(suite.browser, suite.server.url);
    const home = await new HomePage(page).goto(20451);
    await shoot(page, 'home');
    await expectAccessible(page, 'home');

    const code = await home.createMatch({ name: 'Ada', rounds: 4, pace: 'standard', bots: true, isPublic: false });
    expect(code).toMatch(/^[A-Z0-9]{5}$/);
    const lobby = new LobbyPage(page);
    expect(await lobby.code()).toBe(code);
    await lobby.claimSeat('chemist', 'Ada');
    await shoot(page, 'lobby');
    await expectAccessible(page, 'lobby');
    await lobby.start();

    const table = new TablePage(page);
    await table.waitForPhase('briefing', 1);
    expect(await table.role()).toBe('chemist');
    expect(await table.agendaText()).not.toBe('');
    await shoot(page, 'table-briefing');
    await expectAccessible(page, 'table (briefing)');
    await table.ready();

    await table.waitForPhase('proposals', 1);
    await table.propose('rnd', 1);
    const proposalId = await table.proposalId('rnd');
    await shoot(page, 'table-proposals');
    await table.ready();

    await table.waitForPhase('negotiation', 1);
    await page.getByTestId(`forecast-toggle-${proposalId}`).click();
    await page.getByTestId(`forecast-ready-${proposalId}`).waitFor({ timeout: 30_000 });
    await shoot(page, 'table-negotiation');
    await expectAccessible(page, 'table (negotiation, forecast open)');
    await table.ready();

    await table.waitForPhase('vote', 1);
    expect(await table.voteOnAll('yes')).toBeGreaterThan(0);
    await shoot(page, 'table-vote');
    await table.ready();

    await table.waitForPhase('actions', 1);
    await table.takeAction('assay');
    await page.getByTestId('intel-list').waitFor();
    await shoot(page, 'table-actions');
    await table.ready();

    await table.waitForPhase('resolution', 1);
    await page.getByTestId('story-changes').waitFor();
    await page.getByTestId('story-headlines').waitFor();
    await expect(page.getByTestId(`result-${proposalId}`).count()).resolves.toBe(1);
    await shoot(page, 'table-resolution');
    await expectAccessible(page, 'table (resolution)');

    await table.readyUntil('gameOver');
    const results = await new ResultsPage(page).waitFor();
    expect(['success', 'failure', 'collapse']).toContain(await results.verdict());
    for (const role of ['chemist', 'engineer', 'activist', 'smuggler']) await page.getByTestId(`agenda-${role}`).waitFor();
    await shoot(page, 'results');
    await expectAccessible(page, 'results');
    replayPath = await results.replayHref();
    expect(replayPath).toMatch(/^\/replay\//);

    // A rematch opens a fresh lobby with the same settings for the same table.
    await page.getByTestId('rematch').click();
    await page.waitForURL((url) => /\/m\/[A-Z0-9]{5}$/.test(url.pathname) && !url.pathname.endsWith(code), { timeout: 20_000 });
    await new LobbyPage(page).waitFor();
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('opens the finished match in the replay viewer and scrubs through its rounds', async () => {
    expect(replayPath).not.toBeNull();
    const { page } = await newPlayer(suite.browser, suite.server.url);
    const replay = await new ReplayPage(page).open(replayPath!);
    expect(await replay.position()).toMatchObject({ round: 1, phase: 'briefing' });

    await replay.scrubTo(0.5);
    const middle = await replay.position();
    expect(middle.round).toBeGreaterThan(1);
    expect(await replay.stageRound()).toBe(middle.round);
    await replay.scrubTo(1);
    expect(await replay.position()).toMatchObject({ phase: 'gameOver' });
    await page.getByTestId('outcome-banner').waitFor();

    await replay.scrubTo(0.3);
    await replay.perspective('chemist');
    await page.getByTestId('private-panel').waitFor();
    await replay.perspective('public');
    await expect(page.getByTestId('private-panel').count()).resolves.toBe(0);

    await page.getByTestId('replay-play').click();
    const before = (await replay.position()).round;
    await page.waitForFunction((r) => Number(document.querySelector('[data-testid=replay-position]')?.getAttribute('data-round')) > r, before, { timeout: 20_000 });
    await page.getByTestId('replay-play').click();
    await shoot(page, 'replay');
    await expectAccessible(page, 'replay');
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
