/**
 * The teacher's pages as a teacher uses them: create a class, watch its tables on the console, use
 * the controls (start, pause and resume, broadcast, end), open a table, and the debrief with its
 * CSV download.
 */
import type { Download, Page } from 'playwright-core';

export type ClassChoices = Partial<{ title: string; rounds: number; pace: 'quick' | 'standard' | 'relaxed'; tables: number | 'auto'; chat: 'open' | 'presets' | 'off' }>;

export class ClassConsolePage {
  constructor(readonly page: Page) {}

  /** Opens the create page; a seed makes the class reproducible (the test server honours it). */
  async gotoCreate(seed?: number): Promise<this> {
    await this.page.goto(seed === undefined ? '/teach' : `/teach?seed=${seed}`);
    await this.page.getByTestId('create-class-form').waitFor();
    return this;
  }

  /** Fills the form, creates the class and waits for its console; returns the class code. */
  async createClass(choices: ClassChoices = {}): Promise<string> {
    const { page } = this;
    if (choices.title) await page.getByTestId('class-title').fill(choices.title);
    if (choices.tables !== undefined) await page.getByTestId('class-tables').selectOption(String(choices.tables));
    if (choices.rounds) await page.getByTestId('class-rounds').selectOption(String(choices.rounds));
    if (choices.pace) await page.getByTestId('class-pace').selectOption(choices.pace);
    if (choices.chat) await page.getByTestId('class-chat').selectOption(choices.chat);
    await page.getByTestId('create-class-submit').click();
    await page.waitForURL(/\/teach\/[A-Z0-9]{6}$/);
    await page.getByTestId('class-code-display').waitFor();
    return ((await page.getByTestId('class-code-display').textContent()) ?? '').trim();
  }

  async waitForStudents(count: number): Promise<void> {
    await this.page.waitForFunction((n) => document.querySelectorAll('[data-testid=gathering-student]').length === n, count);
  }

  async start(): Promise<void> {
    await this.page.getByTestId('class-start').click();
    await this.page.getByTestId('table-grid').waitFor();
  }

  /** Waits until every table card satisfies `attrs` (e.g. `{ 'data-paused': 'true' }`). */
  async waitForTables(count: number, attrs: Record<string, string> = {}, timeout = 60_000): Promise<void> {
    await this.page.waitForFunction(
      ([n, want]) => {
        const cards = [...document.querySelectorAll('[data-testid^=table-card-]')];
        return cards.length === n && cards.every((c) => Object.entries(want).every(([k, v]) => c.getAttribute(k) === v));
      },
      [count, attrs] as const,
      { timeout },
    );
  }

  async click(testId: string): Promise<void> {
    await this.page.getByTestId(testId).click();
  }

  async broadcast(text: string): Promise<void> {
    await this.page.getByTestId('class-broadcast-text').fill(text);
    await this.page.getByTestId('class-broadcast-send').click();
  }

  async endSession(): Promise<void> {
    await this.page.getByTestId('class-end').click();
    await this.page.getByTestId('class-end-confirm').click();
    await this.page.locator('[data-testid=screen-console][data-status=ended]').waitFor();
  }

  async tab(name: 'tables' | 'students' | 'debrief'): Promise<void> {
    await this.page.getByTestId(`console-tab-${name}`).click();
  }

  async openDebrief(tables: number): Promise<void> {
    await this.tab('debrief');
    await this.page.locator(`[data-testid=class-debrief][data-tables="${tables}"]`).waitFor({ timeout: 30_000 });
  }

  async downloadCsv(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('debrief-csv').click()]);
    return download;
  }
}
