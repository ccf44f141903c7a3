/**
 * No HTML injection in any page. Names and chat full of markup (an <img> with onerror, an <svg>
 * with onload, <script>, a javascript: link, an <iframe>) are typed in the browser and sent by a
 * scripted client; every page that shows them (lobby, table, chat, whispers, spectator chat, watch,
 * results, replay) must render them as plain text. A trap function the markup would call counts any
 * execution; the DOM is searched for any element the markup would have created. Control and
 * direction-override characters are stripped before anyone sees a name.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { WireClient } from '../../scripts/hardening/wire-client.ts';
import { HomePage } from './pages/HomePage.ts';
import { LobbyPage } from './pages/LobbyPage.ts';
import { ReplayPage } from './pages/ReplayPage.ts';
import { ResultsPage } from './pages/ResultsPage.ts';
import { TablePage } from './pages/TablePage.ts';
import { newPlayer, uncaughtErrors } from './support/browser.ts';
import { HAS_CHROMIUM, useSuite } from './support/suite.ts';

/** Each under the 24-character name limit; `z()` is the trap (not `x()`: an <img> has an `x` property, which its handler would call). */
const NAME_IMG = '<img src=x onerror=z()>';
const NAME_SVG = '<svg onload=z()>';
const NAME_BOLD = '<b>bold</b>';
const CHAT = '<img src=x onerror=z()><script>z()</script><a href="javascript:z()">click</a>';
const WHISPER = '<svg><animate onbegin=z() attributeName=x dur=1s>';
const SPECTATOR_CHAT = '<iframe srcdoc="<script>parent.z()</script>"></iframe>';

/** Installs the trap in every page of a browser context before any of its scripts run. */
async function trap(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    (window as unknown as { z: () => void }).z = () => {
      const w = window as unknown as { __xss?: number };
      w.__xss = (w.__xss ?? 0) + 1;
    };
  });
}

/** What injected markup would leave behind: trap calls, and elements no page of ours creates. */
async function injected(page: Page): Promise<{ calls: number; elements: string[] }> {
  return page.evaluate(() => {
    const elements = [...document.querySelectorAll('img[src="x"], svg[onload], animate, iframe, a[href^="javascript"], [onerror], [onload], [onbegin], b')]
      .map((e) => e.outerHTML.slice(0, 80));
    for (const s of document.scripts) if (s.textContent?.includes('z()')) elements.push('script z()');
    return { calls: (window as unknown as { __xss?: number }).__xss ?? 0, elements };
  });
}

async function expectClean(page: Page, where: string): Promise<void> {
  expect(await injected(page), where).toEqual({ calls: 0, elements: [] });
  expect(uncaughtErrors(page), where).toEqual([]);
}

describe.skipIf(!HAS_CHROMIUM)('markup in names and chat', () => {
  const suite = useSuite({ TIMER_SCALE: '0.03' });

  it('is shown as text on every page, never run or rendered', async () => {
    const { page: host } = await newPlayer(suite.browser, suite.server.url);
    await trap(host);
    const code = await new HomePage(host).goto(4242).then((h) => h.createMatch({ name: NAME_SVG, rounds: 4, pace: 'quick', bots: true, isPublic: true, spectators: true }));
    const lobby = new LobbyPage(host);
    await lobby.claimSeat('chemist', NAME_IMG);

    const ws = suite.server.url.replace(/^http/, 'ws');
    const guest = await WireClient.join(ws, code, { name: 'guest' }, 'guest');
    guest.send('claimSeat', { role: 'engineer', name: `${NAME_BOLD}\u202e\u0007` });
    await guest.until(() => guest.welcome?.role === 'engineer', 'the guest seat');
    await lobby.waitForSeatName('engineer', NAME_BOLD);
    expect(await lobby.seatName('chemist')).toBe(NAME_IMG);
    await expectClean(host, 'lobby');

    await lobby.start();
    const table = new TablePage(host);
    await table.waitForRound(1);
    guest.send('chat', { text: CHAT });
    guest.send('whisper', { to: 'chemist', text: WHISPER });
    await host.locator('[data-testid=chat-message]', { hasText: '<script>z()</script>' }).waitFor();
    await host.locator('[data-testid=chat-message]', { hasText: 'onbegin=z()' }).waitFor();
    await table.chat('<img src=x onerror=z()> typed in the page');
    await expectClean(host, 'table with chat and a whisper');

    const { page: fan } = await newPlayer(suite.browser, suite.server.url);
    await trap(fan);
    await fan.goto('/watch');
    await fan.getByTestId(`watch-${code}`).click();
    await fan.getByTestId('screen-table').waitFor();
    const loud = await WireClient.join(ws, code, { spectate: true, name: NAME_IMG }, 'loud spectator');
    await loud.until(() => loud.view !== null, 'the spectator view');
    loud.send('spectatorChat', { text: SPECTATOR_CHAT });
    await fan.locator('[data-testid=spectator-chat-line]', { hasText: 'parent.z()' }).waitFor();
    await fan.getByTestId('spectator-chat-input').fill('<svg onload=z()> from the page');
    await fan.getByTestId('spectator-chat-send').click();
    await fan.locator('[data-testid=spectator-chat-line]', { hasText: 'from the page' }).waitFor();
    expect(await fan.getByText(NAME_IMG).count()).toBeGreaterThan(0);
    await expectClean(fan, 'spectator table and chat');

    await table.readyUntil('gameOver');
    const results = await new ResultsPage(host).waitFor();
    expect(await host.getByText(NAME_IMG).count()).toBeGreaterThan(0);
    await expectClean(host, 'results');
    const replayPath = await results.replayHref();
    await guest.leave();
    await loud.leave();

    const { page: viewer } = await newPlayer(suite.browser, suite.server.url);
    await trap(viewer);
    const replay = await new ReplayPage(viewer).open(replayPath!);
    // The names are in the perspective switch, and on the stage once the timeline has moved on.
    expect(await viewer.getByText(NAME_IMG).count()).toBeGreaterThan(0);
    await replay.perspective('chemist');
    await replay.scrubTo(1);
    await viewer.locator('[data-testid=chat-message]', { hasText: '<script>z()</script>' }).first().waitFor();
    await viewer.locator('[data-testid=chat-message]', { hasText: 'onbegin=z()' }).first().waitFor();
    await expectClean(viewer, 'replay');
    await expectClean(fan, 'spectator at the end');
  });

  it('would notice markup that did get rendered (the detector is not blind)', async () => {
    const { page } = await newPlayer(suite.browser, suite.server.url);
    await trap(page);
    await page.goto('/');
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), `${NAME_IMG}${NAME_BOLD}`);
    await page.waitForFunction(() => ((window as unknown as { __xss?: number }).__xss ?? 0) > 0);
    const found = await injected(page);
    expect(found.calls).toBeGreaterThan(0);
    expect(found.elements.length).toBe(2);
  });
});
