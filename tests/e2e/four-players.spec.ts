/**
 * Four friends in four browsers: one creates a match without bots, three join by typing its code,
 * everyone takes a seat, and together they play a full round — a policy tabled, a binding deal offered
 * and accepted (held in escrow), a chat message, the secret ballot, role actions — and the server
 * settles the deal at the resolution.
 */
import { describe, expect, it } from 'vitest';
import { BALANCE } from '@shared/content/balance.ts';
import type { Role } from '@shared/rules/types.ts';
import { HomePage } from './pages/HomePage.ts';
import { LobbyPage } from './pages/LobbyPage.ts';
import { TablePage } from './pages/TablePage.ts';
import { newPlayer, uncaughtErrors } from './support/browser.ts';
import { shoot } from './support/screenshots.ts';
import { HAS_CHROMIUM, useSuite } from './support/suite.ts';

const SEATS: readonly [Role, string][] = [['chemist', 'Chloé'], ['engineer', 'Emeka'], ['activist', 'Aiko'], ['smuggler', 'Sam']];

describe.skipIf(!HAS_CHROMIUM)('four players at one table', () => {
  const suite = useSuite();

  it('join by code, play a full round and see a deal settled by the server', async () => {
    const players = await Promise.all(SEATS.map(() => newPlayer(suite.browser, suite.server.url)));
    const [host, ...guests] = players.map((p) => p.page);

    const code = await new HomePage(host).goto(4242).then((h) => h.createMatch({ name: 'Chloé', rounds: 4, pace: 'relaxed', bots: false }));
    await new LobbyPage(host).claimSeat('chemist', 'Chloé');
    for (const [i, page] of guests.entries()) {
      const home = await new HomePage(page).goto();
      await home.joinByCode(code);
      const lobby = await new LobbyPage(page).waitFor();
      expect(await lobby.code()).toBe(code);
      const [role, name] = SEATS[i + 1];
      await lobby.claimSeat(role, name);
    }
    const hostLobby = new LobbyPage(host);
    for (const [role, name] of SEATS) await hostLobby.waitForSeatName(role, name);
    await shoot(host, 'lobby-four-players');
    await hostLobby.start();

    const tables = Object.fromEntries(SEATS.map(([role], i) => [role, new TablePage(players[i].page)])) as Record<Role, TablePage>;
    const all = Object.values(tables);
    await Promise.all(all.map((t) => t.waitForPhase('briefing', 1)));
    for (const [role] of SEATS) expect(await tables[role].role()).toBe(role);
    await Promise.all(all.map((t) => t.ready()));

    await Promise.all(all.map((t) => t.waitForPhase('proposals', 1)));
    await tables.engineer.propose('eprFee', 100);
    const proposalId = await tables.engineer.proposalId('eprFee');
    await Promise.all(all.map((t) => t.ready()));

    await Promise.all(all.map((t) => t.waitForPhase('negotiation', 1)));
    const chemistStart = await tables.chemist.credits();
    const engineerStart = await tables.engineer.credits();
    // An offer beyond one's means is refused by the server, and the page says why.
    await tables.chemist.offerDeal('engineer', 999, proposalId);
    const refusal = tables.chemist.page.getByTestId('rejection-text');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/Not enough credits: 999 needed/);
    await tables.chemist.offerDeal('engineer', 3, proposalId);
    const dealId = await tables.engineer.waitForDealFrom('Chloé');
    await tables.engineer.page.getByTestId(`deal-accept-${dealId}`).click();
    await tables.engineer.waitForDealStatus(dealId, 'accepted');
    await tables.chemist.waitForDealStatus(dealId, 'accepted');
    expect(await tables.chemist.credits()).toBe(chemistStart - 3); // held in escrow
    await tables.chemist.chat('Three credits if the fee passes, as agreed.');
    await tables.smuggler.page.locator('[data-testid=chat-message]', { hasText: 'as agreed' }).waitFor();
    await shoot(tables.engineer.page, 'table-deal-escrow');
    await Promise.all(all.map((t) => t.ready()));

    await Promise.all(all.map((t) => t.waitForPhase('vote', 1)));
    await Promise.all(all.map((t) => t.vote(proposalId, 'yes')));
    await Promise.all(all.map((t) => t.ready()));

    await Promise.all(all.map((t) => t.waitForPhase('actions', 1)));
    await tables.chemist.takeAction('assay');
    await Promise.all([tables.engineer, tables.activist, tables.smuggler].map((t) => t.takeAction('pass')));
    await Promise.all(all.map((t) => t.ready()));

    await Promise.all(all.map((t) => t.waitForPhase('resolution', 1)));
    for (const table of [tables.chemist, tables.engineer]) {
      const settled = table.page.getByTestId(`settled-${dealId}`);
      await settled.waitFor();
      expect(await settled.textContent()).toContain('paid');
    }
    await expect(tables.engineer.page.getByTestId(`result-${proposalId}`).textContent()).resolves.toContain('passed');
    expect(await tables.engineer.credits()).toBe(engineerStart + 3 + BALANCE.creditsPerRound.engineer);
    expect(await tables.chemist.credits()).toBe(chemistStart - 3 + BALANCE.creditsPerRound.chemist);
    await shoot(tables.engineer.page, 'table-deal-settled');
    for (const page of players.map((p) => p.page)) expect(uncaughtErrors(page)).toEqual([]);
  });
});
