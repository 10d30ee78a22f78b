/// <reference lib="dom" />
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { miniAppBuilt } from '../../src/channels/miniapp/miniapp-page.controller';
import { PROJECT_ROOT } from '../../src/config/paths';
import { maskApplicantName } from '../../src/dossier/applicant-mask.util';
import { FakeZaloServer } from '../fakes/zalo/fake-zalo.server';
import { startApp } from '../support/app';
import { launchChromium } from '../support/browser';
import { ingestDossiers, sampleDossier } from '../support/dossiers';
import { getJson } from '../support/http';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
const SECRET = 'miniapp-secret-for-browser-tests';
const KEY = 'dossier-api-key-for-miniapp-e2e-0123456789';
const ADMIN = 'admin-token-for-miniapp-e2e-0123456789abcdef';
const AGENCY = 'UBND xã Mini App E2E';
const CODE = '000.00.19.H26-251122-0777';
const PHONE = { width: 390, height: 844 };

/**
 * The built Mini App (miniapp/www) in headless Chromium at a phone's size, against the real
 * backend and the fake Zalo graph API. The dev identity is switched off, so every citizen action
 * works only because the backend confirmed the Zalo token the page sends (as getAccessToken()
 * would give it inside Zalo, supplied here as the request header the app sends).
 */
describe('Zalo Mini App in headless Chromium', () => {
  let zalo: FakeZaloServer;
  let app: NestFastifyApplication;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let accessToken: string;

  const ingest = async (status: string) => {
    const dossier = sampleDossier(CODE, status, { agencyName: AGENCY, updatedAt: new Date().toISOString() });
    expect((await ingestDossiers(baseUrl, KEY, [dossier])).status).toBe(200);
  };
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, name) });
  const bottomTab = (target: Page, name: string) =>
    target.getByTestId('bottom-nav').getByRole('button', { name, exact: true }).click();

  beforeAll(async () => {
    // `npm test` builds the app first; a lone run of this file builds it when missing.
    if (!miniAppBuilt())
      execFileSync('npm', ['run', 'miniapp:build'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
    zalo = await FakeZaloServer.start({ appSecret: SECRET });
    zalo.graph.requireAppSecretProof = true;
    accessToken = zalo.graph.addUser({ name: 'Lê Thị Hoa' }).accessToken;
    ({ app, baseUrl } = await startApp({
      ZALO_GRAPH_BASE: zalo.baseUrl,
      ZALO_MINIAPP_SECRET: SECRET,
      ZALO_OA_ID: '3456789012345678977',
      MINIAPP_DEV_IDENTITY: 'false',
      DOSSIER_API_KEY: KEY,
      ADMIN_TOKEN: ADMIN,
    }));
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: PHONE,
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
      // Pages slide in otherwise: screenshots would catch them half-way.
      reducedMotion: 'reduce',
      extraHTTPHeaders: { 'x-zalo-access-token': accessToken },
    });
    page = await context.newPage();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await zalo?.stop();
  });

  it('opens on the home page with a search box and life events, fitting a phone', async () => {
    await page.goto(`${baseUrl}/miniapp/`);
    await page.getByLabel('Tìm thủ tục').waitFor();
    await page.getByText('Sinh con').first().waitFor();
    await page.getByText('Làm căn cước').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await shot('miniapp-home.png');
  });

  it('finds "lam lai can cuoc" and shows the procedure from the catalog', async () => {
    await page.getByLabel('Tìm thủ tục').fill('lam lai can cuoc');
    await page.getByLabel('Tìm thủ tục').press('Enter');
    await page.getByRole('button', { name: 'Cấp lại thẻ căn cước', exact: true }).click();
    await page.getByRole('heading', { name: 'Thành phần hồ sơ' }).waitFor();
    await page.getByRole('heading', { name: 'Phí, lệ phí' }).waitFor();
    // The fee exactly as the catalog states it, nothing invented.
    await page.getByTestId('section-fees').getByText('70,000', { exact: false }).first().waitFor();
    await shot('miniapp-procedure.png');
  });

  it('looks a dossier up with the applicant masked, and follows it', async () => {
    await ingest('processing');
    await bottomTab(page, 'Tra cứu hồ sơ');
    await page.getByLabel('Mã hồ sơ').fill(CODE.toLowerCase());
    await page.getByTestId('lookup-submit').click();
    const card = page.getByTestId('dossier-card');
    await card.getByText(maskApplicantName('Nguyễn Văn An'), { exact: false }).waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('Nguyễn Văn An');
    expect(text).not.toContain('0912345678');
    await shot('miniapp-lookup.png');
    await card.getByRole('button', { name: 'Theo dõi hồ sơ' }).click();
    await card.getByText('Đang theo dõi').first().waitFor();
    // Every citizen call was made as the Zalo user the fake graph confirmed.
    expect(zalo.callsTo('/v2.0/me').some((call) => call.headers.access_token === accessToken)).toBe(true);
  });

  it('lists the followed dossier, and once the result is out, rates it; the rating reaches the report', async () => {
    await ingest('returned');
    await bottomTab(page, 'Hồ sơ của tôi');
    const card = page.locator(`[data-testid="dossier-card"][data-code="${CODE}"]`);
    await card.getByText('Đã trả kết quả').first().waitFor();
    // The notices since the last visit come first: the result, then the invitation to rate.
    await page.getByTestId('notices').getByText(CODE, { exact: false }).first().waitFor();
    await card.getByRole('button', { name: 'Đánh giá' }).click();
    await page.getByRole('radio', { name: 'Rất hài lòng', exact: true }).click();
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await page.getByRole('heading', { name: 'Cảm ơn bạn đã đánh giá' }).waitFor();
    await shot('miniapp-rating.png');

    const report = await getJson(`${baseUrl}/api/reports/ratings?agency=${encodeURIComponent(AGENCY)}`, {
      authorization: `Bearer ${ADMIN}`,
    });
    expect(report.body).toMatchObject({ total: 1, byLevel: { very_satisfied: 1 } });
  });

  it('outside Zalo, on a production-like server, tells the citizen to open it in Zalo', async () => {
    const stranger = await browser.newPage({ viewport: PHONE });
    await stranger.goto(`${baseUrl}/miniapp/`);
    await bottomTab(stranger, 'Hồ sơ của tôi');
    await stranger.getByText('máy chủ này không nhận người dùng thử', { exact: false }).first().waitFor();
    await stranger.close();
  });
});
