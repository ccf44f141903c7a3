/** The replay viewer: the scrubber, play/pause and the perspective switch. */
import type { Page } from 'playwright-core';

export class ReplayPage {
  constructor(readonly page: Page) {}

  async open(path: string): Promise<this> {
    await this.page.goto(path);
    await this.page.getByTestId('screen-replay').waitFor({ timeout: 60_000 });
    return this;
  }

  async position(): Promise<{ round: number; phase: string }> {
    const el = this.page.getByTestId('replay-position');
    return { round: Number(await el.getAttribute('data-round')), phase: (await el.getAttribute('data-phase')) ?? '' };
  }

  async stageRound(): Promise<number> {
    return Number(await this.page.getByTestId('replay-stage').getAttribute('data-round'));
  }

  async maxPosition(): Promise<number> {
    return Number(await this.page.getByTestId('replay-scrubber').getAttribute('max'));
  }

  /** Moves the scrubber with the keyboard (as a keyboard-only player would) to a share of the timeline. */
  async scrubTo(fraction: number): Promise<void> {
    const scrubber = this.page.getByTestId('replay-scrubber');
    const target = Math.round((await this.maxPosition()) * fraction);
    await scrubber.focus();
    await this.page.keyboard.press('Home');
    for (let i = 0; i < target; i++) await this.page.keyboard.press('ArrowRight');
  }

  async perspective(value: string): Promise<void> {
    await this.page.getByTestId('replay-perspective').selectOption(value);
  }
}
