/**
 * A student's class screen: join with the class code and a name, see where the class seated you,
 * then play at your table (the usual TablePage), with the teacher's pauses and messages on top.
 */
import type { Page } from 'playwright-core';
import { TablePage } from './TablePage.ts';

export class ClassStudentPage {
  readonly table: TablePage;

  constructor(readonly page: Page, readonly name: string) {
    this.table = new TablePage(page);
  }

  /** Opens the link the teacher projects (/class/CODE): the join form, its code filled in. */
  async open(code: string): Promise<void> {
    await this.page.goto(`/class/${code}`);
    await this.page.getByTestId('class-join-form').waitFor();
  }

  /** Opens the class link, types a name and joins. */
  async join(code: string): Promise<void> {
    if (!this.page.url().endsWith(`/class/${code}`)) await this.open(code);
    await this.page.getByTestId('class-name').fill(this.name);
    await this.page.getByTestId('class-join-submit').click();
    await this.page.getByTestId('class-bar').waitFor();
  }

  /** "Activist at table 2", as the class bar says. */
  async place(): Promise<string> {
    return ((await this.page.getByTestId('class-my-place').textContent()) ?? '').trim();
  }

  async waitForTable(): Promise<void> {
    await this.page.locator('[data-testid=screen-match]:not([data-phase=connecting])').waitFor({ timeout: 30_000 });
  }

  async isPaused(): Promise<boolean> {
    return (await this.page.getByTestId('class-paused').count()) > 0;
  }
}
