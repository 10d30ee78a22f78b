/// <reference lib="dom" />
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config/paths';
import { startApp } from '../support/app';
import { launchChromium } from '../support/browser';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');

/** The web chat page as a citizen uses it: on a phone-sized screen, typing and tapping. */
describe('web chat page in headless Chromium', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ app, baseUrl } = await startApp());
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('answers a typed question and a tapped button', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Trợ lý thủ tục hành chính' }).waitFor();

    await page.getByLabel('Câu hỏi của bạn').fill('Thủ tục đăng ký khai sinh cần giấy tờ gì?');
    await page.getByRole('button', { name: 'Gửi' }).click();
    const answer = page.locator('.msg.bot').nth(1);
    await answer.waitFor();
    expect(await answer.innerText()).toContain('Thủ tục đăng ký khai sinh');
    await page.screenshot({ path: join(ARTIFACTS, 'web-chat.png') });

    await page.locator('.msg.bot').first().getByRole('button', { name: 'Đăng ký kết hôn' }).click();
    const third = page.locator('.msg.bot').nth(2);
    await third.waitFor();
    expect(await third.innerText()).toContain('kết hôn');
    await page.close();
  });

  it('fits a laptop screen too (screenshot kept for the README)', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(baseUrl);
    await page.getByLabel('Câu hỏi của bạn').fill('Thủ tục đăng ký khai sinh cần giấy tờ gì?');
    await page.keyboard.press('Enter');
    await page.locator('.msg.bot').nth(1).waitFor();
    await page.locator('.msg.me').first().scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'web-chat-desktop.png') });
    await page.close();
  });
});
