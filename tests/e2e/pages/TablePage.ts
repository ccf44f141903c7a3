/**
 * The game table seen by one player: which round and phase it is, and the moves of a year — ready,
 * table a policy, vote, offer and answer deals, chat, take the role action.
 */
import type { Page } from 'playwright-core';
import type { LeverId } from '@shared/model/types.ts';
import type { Ballot, Phase, Role } from '@shared/rules/types.ts';

export class TablePage {
  constructor(readonly page: Page) {}

  async phase(): Promise<Phase> {
    return (await this.page.getByTestId('screen-match').getAttribute('data-phase')) as Phase;
  }

  async round(): Promise<number> {
    return Number(await this.page.getByTestId('phase-bar').getAttribute('data-round'));
  }

  async role(): Promise<string | null> {
    return this.page.getByTestId('screen-match').getAttribute('data-role');
  }

  /** Waits until the table shows this phase (of this round, when given). */
  async waitForPhase(phase: Phase, round?: number, timeout = 60_000): Promise<void> {
    await this.page.waitForFunction(
      ([p, r]) => {
        const match = document.querySelector('[data-testid=screen-match]');
        const bar = document.querySelector('[data-testid=phase-bar]');
        if (match?.getAttribute('data-phase') !== p) return false;
        return r === null || p === 'gameOver' || Number(bar?.getAttribute('data-round')) === r;
      },
      [phase, round ?? null] as const,
      { timeout },
    );
  }

  /** Waits until the table is on screen in this round, whatever the phase (short timers may outrun a busy page). */
  async waitForRound(round: number, timeout = 60_000): Promise<void> {
    await this.page.waitForFunction(
      (r) => document.querySelector('[data-testid=screen-match]') !== null &&
        Number(document.querySelector('[data-testid=phase-bar]')?.getAttribute('data-round')) === r,
      round,
      { timeout },
    );
  }

  /**
   * Presses "ready" unless this seat is already ready. A phase timer may end the match meanwhile: when
   * the results replace the table, there is nothing left to be ready for.
   */
  async ready(): Promise<void> {
    const button = this.page.getByTestId('ready-button');
    try {
      if ((await button.getAttribute('aria-pressed', { timeout: 5000 })) !== 'true') await button.click({ timeout: 5000 });
    } catch (error) {
      if ((await this.page.getByTestId('screen-results').count()) > 0) return;
      throw error;
    }
  }

  async propose(lever: LeverId, value: number): Promise<void> {
    await this.page.getByTestId('propose-lever').selectOption(lever);
    const box = this.page.getByTestId('propose-value');
    await box.fill(String(value));
    await this.page.getByTestId('propose-submit').click();
    await this.page.locator(`[data-testid^=proposal-card-][data-lever=${lever}]`).first().waitFor();
  }

  /** The id of the first proposal on the table for a lever. */
  async proposalId(lever: LeverId): Promise<string> {
    const testId = await this.page.locator(`[data-testid^=proposal-card-][data-lever=${lever}]`).first().getAttribute('data-testid');
    return (testId ?? '').replace('proposal-card-', '');
  }

  async vote(proposalId: string, ballot: Ballot): Promise<void> {
    await this.page.getByTestId(`ballot-${proposalId}-${ballot}`).click();
    await this.page.getByTestId(`ballot-mine-${proposalId}`).waitFor();
  }

  /** Casts the same ballot on every proposal still open to this seat. */
  async voteOnAll(ballot: Ballot): Promise<number> {
    const rows = await this.page.locator('[data-testid^=ballot-row-]').all();
    for (const row of rows) {
      const id = ((await row.getAttribute('data-testid')) ?? '').replace('ballot-row-', '');
      const button = this.page.getByTestId(`ballot-${id}-${ballot}`);
      if (await button.isEnabled()) await this.vote(id, ballot);
    }
    return rows.length;
  }

  async offerDeal(to: Role, credits: number, proposalId: string): Promise<void> {
    const { page } = this;
    await page.getByTestId('deal-to').selectOption(to);
    await page.getByTestId('deal-credits').fill(String(credits));
    await page.getByTestId('deal-influence').fill('0');
    await page.getByTestId('deal-kind').selectOption('proposalPasses');
    await page.getByTestId('deal-proposal').selectOption(proposalId);
    await page.getByTestId('deal-submit').click();
  }

  /** Waits for a deal from `from` to appear on this page and returns its id. */
  async waitForDealFrom(fromName: string): Promise<string> {
    const row = this.page.locator('[data-testid^=deal-d]', { hasText: fromName }).first();
    await row.waitFor();
    return ((await row.getAttribute('data-testid')) ?? '').replace('deal-', '');
  }

  async dealStatus(dealId: string): Promise<string | null> {
    return this.page.getByTestId(`deal-${dealId}`).getAttribute('data-status');
  }

  async waitForDealStatus(dealId: string, status: string, timeout = 30_000): Promise<void> {
    await this.page.waitForFunction(
      ([id, s]) => document.querySelector(`[data-testid=deal-${id}]`)?.getAttribute('data-status') === s,
      [dealId, status] as const,
      { timeout },
    );
  }

  async chat(text: string): Promise<void> {
    await this.page.getByTestId('chat-to').selectOption('all');
    await this.page.getByTestId('chat-input').fill(text);
    await this.page.getByTestId('chat-send').click();
    await this.page.locator('[data-testid=chat-message]', { hasText: text }).first().waitFor();
  }

  async takeAction(kind: string): Promise<void> {
    await this.page.getByTestId(`action-${kind}`).click();
    await this.page.getByTestId('action-done').waitFor();
  }

  async credits(): Promise<number> {
    return Number(await this.page.getByTestId('my-credits').textContent());
  }

  async agendaText(): Promise<string> {
    return ((await this.page.getByTestId('agenda-text').textContent()) ?? '').trim();
  }

  /** Presses ready in every phase until the match reaches `phase` (or the results). */
  async readyUntil(target: Phase, round?: number, timeout = 240_000): Promise<void> {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      const phase = await this.phase();
      if (phase === target && (round === undefined || target === 'gameOver' || (await this.round()) === round)) return;
      if (phase === 'gameOver') throw new Error(`the match ended before ${target}`);
      if (phase !== 'connecting' as Phase) await this.ready().catch(() => undefined);
      await this.page.waitForTimeout(200);
    }
    throw new Error(`timed out waiting for ${target}`);
  }
}
