/**
 * A spectator finds a live public match on the Watch page and follows it: the public table, the
 * spectators' own chat, and — until the very end — no seat's secret agenda anywhere in the page.
 * At the end everything is revealed to them. Besides the page, every WebSocket frame the spectator's
 * browser receives before the end is searched for agenda texts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AGENDAS } from '@shared/content/agendas.ts';
import { HomePage } from './pages/HomePage.ts';
import { LobbyPage } from './pages/LobbyPage.ts';
import { ResultsPage } from './pages/ResultsPage.ts';
import { TablePage } from './pages/TablePage.ts';
import { describeViolations, seriousViolations } from './support/axe.ts';
import { newPlayer, uncaughtErrors } from './support/browser.ts';
import { shoot } from './support/screenshots.ts';
import { HAS_CHROMIUM, useSuite } from './support/suite.ts';

const AGENDA_TEXTS = Object.values(AGENDAS).map((a) => a.text);

/** Agenda texts in one snapshot of the page, or null when that snapshot is already the results (revealed). */
async function leakedAgendas(page: Page, extra: readonly string[]): Promise<string[] | null> {
  const html = await page.content();
  if (html.includes('data-testid="screen-results"')) return null;
  return [...AGENDA_TEXTS, ...extra].filter((text) => html.includes(text));
}

/** Every WebSocket frame a page receives, as text (msgpack keeps strings as plain UTF-8). */
function recordFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8'))));
  return frames;
}

/** Agenda texts in the frames received before the end of the match (the reveal starts with "gameOver"). */
function leakedInFrames(frames: readonly string[], extra: readonly string[]): string[] {
  const found = new Set<string>();
  for (const frame of frames) {
    if (frame.includes('gameOver')) break;
    for (const text of [...AGENDA_TEXTS, ...extra]) if (frame.includes(text)) found.add(text);
  }
  return [...found];
}

describe.skipIf(!HAS_CHROMIUM)('spectating a live match', () => {
  const suite = useSuite();

  it('lists the match, shows the public table, keeps agendas secret until the end', async () => {
    const { page: player } = await newPlayer(suite.browser, suite.server.url);
    const code = await new HomePage(player).goto(777).then((h) => h.createMatch({ name: 'Pia', rounds: 4, pace: 'standard', bots: true, isPublic: true, spectators: true }));
    const lobby = new LobbyPage(player);
    await lobby.claimSeat('activist', 'Pia');
    await lobby.start();
    const table = new TablePage(player);
    await table.waitForPhase('briefing', 1);
    const secret = await table.agendaText();
    expect(secret.length).toBeGreaterThan(10);

    const { page: fan } = await newPlayer(suite.browser, suite.server.url);
    const frames = recordFrames(fan);
    await fan.goto('/watch');
    await fan.getByTestId(`watch-${code}`).waitFor({ timeout: 20_000 });
    await shoot(fan, 'watch');
    const watchViolations = await seriousViolations(fan);
    expect(watchViolations, describeViolations('watch', watchViolations)).toEqual([]);
    await fan.getByTestId(`watch-${code}`).click();
    await fan.locator('[data-testid=screen-match][data-mode=spectator]').waitFor();
    await fan.getByTestId('screen-table').waitFor();
    expect(await fan.getByTestId('private-panel').count()).toBe(0);
    expect(await fan.getByTestId('ready-button').count()).toBe(0);

    await fan.getByTestId('spectator-chat-input').fill('Go Pia, clean that city!');
    await fan.getByTestId('spectator-chat-send').click();
    await fan.locator('[data-testid=spectator-chat-line]', { hasText: 'clean that city' }).waitFor();
    await shoot(fan, 'spectator-table');
    const tableViolations = await seriousViolations(fan);
    expect(tableViolations, describeViolations('spectator table', tableViolations)).toEqual([]);

    // Follow the whole match: after every phase change the spectator's page holds no agenda text.
    let checks = 0;
    for (;;) {
      const phase = await table.phase();
      if (phase === 'gameOver') break;
      const round = await table.round();
      await table.ready();
      await player.waitForFunction(
        ([p, r]) => {
          const match = document.querySelector('[data-testid=screen-match]');
          const bar = document.querySelector('[data-testid=phase-bar]');
          return match?.getAttribute('data-phase') !== p || Number(bar?.getAttribute('data-round')) !== r;
        },
        [phase, round] as const,
        { timeout: 60_000 },
      );
      const leaked = await leakedAgendas(fan, [secret]);
      if (leaked !== null) {
        expect(leaked).toEqual([]);
        checks += 1;
      }
    }
    expect(checks).toBeGreaterThanOrEqual(6); // at least a whole year, every phase of it
    // Not only the page: no byte the spectator's browser received before the end held an agenda.
    expect(frames.length).toBeGreaterThan(20);
    expect(leakedInFrames(frames, [secret])).toEqual([]);
    expect(await player.content()).not.toContain('clean that city');

    // The end reveals everything, to spectators too.
    await new ResultsPage(fan).waitFor();
    await fan.getByTestId('agenda-activist').waitFor();
    expect(await fan.content()).toContain(secret);
    // …and the frame search does see agenda text once it is sent: the reveal came through the same socket.
    expect(frames.some((f) => f.includes(secret))).toBe(true);
    await shoot(fan, 'spectator-results');
    expect(uncaughtErrors(fan)).toEqual([]);
    expect(uncaughtErrors(player)).toEqual([]);
  });
});
