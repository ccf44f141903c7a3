/**
 * Continuity: reloading the page mid-match returns the player to the same seat and view (the saved
 * seat token), and when the server itself goes down and comes back the page shows "reconnecting…"
 * and then returns to the seat on its own.
 */
import { describe, expect, it } from 'vitest';
import { HomePage } from './pages/HomePage.ts';
import { LobbyPage } from './pages/LobbyPage.ts';
import { TablePage } from './pages/TablePage.ts';
import { newPlayer, uncaughtErrors } from './support/browser.ts';
import { shoot } from './support/screenshots.ts';
import { HAS_CHROMIUM, useSuite } from './support/suite.ts';

describe.skipIf(!HAS_CHROMIUM)('coming back to the table', () => {
  const suite = useSuite();

  it('a reload mid-match returns the player to the same seat and view', async () => {
    const { page } = await newPlayer(suite.browser, suite.server.url);
    const code = await new HomePage(page).goto(31).then((h) => h.createMatch({ name: 'Rui', rounds: 4, pace: 'relaxed', bots: true, isPublic: false }));
    const lobby = new LobbyPage(page);
    await lobby.claimSeat('engineer', 'Rui');
    await lobby.start();
    const table = new TablePage(page);
    await table.readyUntil('proposals', 1);
    await table.propose('capacityGrant', 6);
    const proposalId = await table.proposalId('capacityGrant');
    await table.ready();
    await table.waitForPhase('negotiation', 1);
    const before = { agenda: await table.agendaText(), credits: await table.credits(), url: page.url() };

    await page.reload();
    await table.waitForPhase('negotiation', 1);
    expect(page.url()).toBe(before.url);
    expect(await table.role()).toBe('engineer');
    expect(await table.agendaText()).toBe(before.agenda);
    expect(await table.credits()).toBe(before.credits);
    await page.getByTestId(`proposal-card-${proposalId}`).waitFor();
    expect(await page.getByTestId('seat-line-engineer').textContent()).toContain('Rui');
    expect(await page.getByTestId('lobby-name').count()).toBe(0);

    // The seat still plays after the reload: the phase advances on this player's "ready".
    await table.ready();
    await table.waitForPhase('vote', 1);
    expect(code).toMatch(/^[A-Z0-9]{5}$/);
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('shows "reconnecting…" while the server is down and returns to the seat by itself', async () => {
    const { page } = await newPlayer(suite.browser, suite.server.url);
    await new HomePage(page).goto(32).then((h) => h.createMatch({ name: 'Noor', rounds: 4, pace: 'relaxed', bots: true, isPublic: false }));
    const lobby = new LobbyPage(page);
    await lobby.claimSeat('smuggler', 'Noor');
    await lobby.start();
    const table = new TablePage(page);
    await table.readyUntil('negotiation', 1);
    const agenda = await table.agendaText();

    const banner = page.locator('[data-testid=connection-banner][data-status=reconnecting]');
    const restarting = suite.server.crashAndRestart(2500);
    await banner.waitFor({ state: 'attached', timeout: 20_000 });
    await shoot(page, 'table-reconnecting');
    await restarting;
    await page.locator('[data-testid=connection-banner][data-status=connected]').waitFor({ state: 'attached', timeout: 60_000 });
    await table.waitForPhase('negotiation', 1);
    expect(await table.role()).toBe('smuggler');
    expect(await table.agendaText()).toBe(agenda);
    await table.ready();
    await table.waitForPhase('vote', 1);
  });
});
