/** The results and debrief screen. */
import type { Page } from 'playwright-core';

export class ResultsPage {
  constructor(readonly page: Page) {}

  async waitFor(timeout = 60_000): Promise<this> {
    await this.page.getByTestId('screen-results').waitFor({ timeout });
    return this;
  }

  async verdict(): Promise<string | null> {
    return this.page.getByTestId('outcome-banner').getAttribute('data-verdict');
  }

  /** Revealed agenda texts of all four seats. */
  async revealedAgendas(): Promise<string> {
    return (await this.page.getByTestId('agenda-reveal').textContent()) ?? '';
  }

  async replayHref(): Promise<string | null> {
    const link = this.page.getByTestId('open-replay');
    await link.waitFor();
    return link.getAttribute('href');
  }
}
