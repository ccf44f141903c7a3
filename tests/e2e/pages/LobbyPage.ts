/** The lobby of a match: the code, the seats, the host's start button. */
import type { Page } from 'playwright-core';
import type { Role } from '@shared/rules/types.ts';

export class LobbyPage {
  constructor(readonly page: Page) {}

  async waitFor(): Promise<this> {
    await this.page.getByTestId('screen-lobby').waitFor();
    return this;
  }

  async code(): Promise<string> {
    return ((await this.page.getByTestId('lobby-code').textContent()) ?? '').trim();
  }

  /** Takes a seat under a name and waits until the seat shows this player. */
  async claimSeat(role: Role, name: string): Promise<void> {
    const { page } = this;
    const nameBox = page.getByTestId('lobby-name');
    if (await nameBox.isVisible()) await nameBox.fill(name);
    await page.getByTestId(`claim-seat-${role}`).click();
    await page.locator(`[data-testid=seat-${role}].is-me`).waitFor();
  }

  async seatName(role: Role): Promise<string> {
    return ((await this.page.getByTestId(`seat-name-${role}`).textContent()) ?? '').trim();
  }

  async waitForSeatName(role: Role, name: string): Promise<void> {
    await this.page.waitForFunction(
      ([r, n]) => document.querySelector(`[data-testid=seat-name-${r}]`)?.textContent?.trim() === n,
      [role, name] as const,
    );
  }

  async start(): Promise<void> {
    await this.page.getByTestId('host-start').click();
    await this.page.getByTestId('screen-table').waitFor();
  }
}
