/** The home page as a player uses it: create a match, or join one by its code. */
import type { Page } from 'playwright-core';

export type CreateChoices = Partial<{ name: string; rounds: number; pace: 'quick' | 'standard' | 'relaxed'; bots: boolean; isPublic: boolean; spectators: boolean }>;

export class HomePage {
  constructor(readonly page: Page) {}

  /** Opens the home page; a seed makes the created match reproducible (the test server honours it). */
  async goto(seed?: number): Promise<this> {
    await this.page.goto(seed === undefined ? '/' : `/?seed=${seed}`);
    await this.page.getByTestId('screen-home').waitFor();
    return this;
  }

  private async setToggle(testId: string, value: boolean | undefined): Promise<void> {
    if (value === undefined) return;
    const box = this.page.getByTestId(testId);
    if ((await box.isChecked()) !== value) await box.click();
  }

  /** Fills the form, creates the match and waits for its lobby; returns the room code. */
  async createMatch(choices: CreateChoices = {}): Promise<string> {
    const { page } = this;
    await page.getByTestId('create-name').fill(choices.name ?? 'Host');
    if (choices.rounds) await page.getByTestId('create-rounds').selectOption(String(choices.rounds));
    if (choices.pace) await page.getByTestId('create-pace').selectOption(choices.pace);
    await this.setToggle('create-bots', choices.bots);
    await this.setToggle('create-public', choices.isPublic);
    await this.setToggle('create-spectators', choices.spectators);
    await page.getByTestId('create-submit').click();
    await page.waitForURL(/\/m\/[A-Z0-9]{4,8}$/);
    await page.getByTestId('screen-lobby').waitFor();
    return page.url().split('/m/')[1];
  }

  async joinByCode(code: string): Promise<void> {
    await this.page.getByTestId('join-code').fill(code);
    await this.page.getByTestId('join-submit').click();
    await this.page.waitForURL(new RegExp(`/m/${code}$`));
  }
}
