import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** How long a step may wait for the OA's answer (the engine runs in the same busy machine). */
export const REPLY_TIMEOUT_MS = 20_000;

/** Drives the sandbox phone page the way a newcomer would: by its visible controls. */
export class PhonePage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    this.page.setDefaultTimeout(REPLY_TIMEOUT_MS);
    const response = await this.page.goto(`${baseUrl}/sandbox/phone`);
    if (!response?.ok()) {
      throw new Error(
        `GET /sandbox/phone answered ${response?.status() ?? 'nothing'}: is createPhoneRouter() mounted?`,
      );
    }
    await this.page.getByTestId('new-citizen-name').waitFor();
  }

  get oaMessages(): Locator {
    return this.page.getByTestId('chat').getByTestId('oa-message');
  }

  get citizenMessages(): Locator {
    return this.page.getByTestId('chat').getByTestId('citizen-message');
  }

  async createCitizen(displayName: string): Promise<string> {
    const select = this.page.getByTestId('citizen-select');
    // The page may already show a citizen (an earlier test's): the new one is the one selected after it.
    const before = await select.inputValue();
    await this.page.getByTestId('new-citizen-name').fill(displayName);
    await this.page.getByRole('button', { name: 'Tạo' }).click();
    await expect
      .poll(
        async () => {
          const value = await select.inputValue();
          return value !== '' && value !== before;
        },
        { timeout: REPLY_TIMEOUT_MS },
      )
      .toBe(true);
    await expect.poll(() => this.page.getByTestId('follow').isEnabled()).toBe(true);
    return select.inputValue();
  }

  async follow(): Promise<void> {
    const button = this.page.getByTestId('follow');
    await button.click();
    await expect.poll(() => button.textContent(), { timeout: REPLY_TIMEOUT_MS }).toContain('Đã quan tâm');
  }

  /** Waits until the OA has sent more than `count` messages; returns the new count. */
  async waitForOaMessagesBeyond(count: number): Promise<number> {
    await expect.poll(() => this.oaMessages.count(), { timeout: REPLY_TIMEOUT_MS }).toBeGreaterThan(count);
    return this.oaMessages.count();
  }

  async typeText(text: string): Promise<void> {
    await this.page.getByTestId('message-input').fill(text);
    await this.page.getByTestId('message-input').press('Enter');
  }

  /** The citizen's message bubble carrying `text`, once the webhook accepted it. */
  async expectDelivered(bubble: Locator): Promise<void> {
    await bubble.waitFor({ timeout: REPLY_TIMEOUT_MS });
    await expect
      .poll(() => bubble.locator('.meta').getAttribute('data-state'), { timeout: REPLY_TIMEOUT_MS })
      .toBe('delivered');
  }

  citizenBubbleWithText(text: string): Locator {
    return this.citizenMessages.filter({ hasText: text }).last();
  }

  async sendImage(name: string, buffer: Buffer): Promise<void> {
    await this.page.getByTestId('image-input').setInputFiles({ name, mimeType: 'image/png', buffer });
  }

  /** Natural width of a loaded image, 0 while it is loading or broken (the tests run without the DOM typings). */
  loadedImageWidth(image: Locator): Promise<number> {
    return image.evaluate((node) =>
      Reflect.get(node, 'complete') === true ? Number(Reflect.get(node, 'naturalWidth')) : 0,
    );
  }

  /** Text of the OA's messages from index `from` on, joined (for readable failure messages). */
  async oaTextFrom(from: number): Promise<string> {
    const texts = await this.oaMessages.allTextContents();
    return texts.slice(from).join(' | ');
  }
}
