/// <reference lib="dom" />
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { PROJECT_ROOT } from '../../src/config/paths';
import { startApp } from '../support/app';
import { launchChromium } from '../support/browser';
import { postJson } from '../support/http';
import { STAFF_PASSWORD, staffName } from '../support/staff';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
const TOKEN = 'admin-token-for-staff-browser-tests-0123456789';
const NEW_TEXT = `Giờ làm việc mùa hè ${randomBytes(2).toString('hex')}: Thứ Hai – Thứ Bảy, 7h00 – 17h00.`;

/** The "done when", as staff would do it, in headless Chromium. */
describe('staff workspace in headless Chromium', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let browser: Browser;
  const accounts: Record<string, string> = {};
  const ask = async (text: string) => {
    const res = await postJson(`${baseUrl}/api/chat/messages`, { userId: `c-${Math.random()}`, text });
    return res.body.replies.map((r: { text: string }) => r.text).join('\n') as string;
  };
  const login = async (role: string, viewport = { width: 1200, height: 900 }): Promise<Page> => {
    const page = await browser.newPage({ viewport });
    await page.goto(`${baseUrl}/admin/content`);
    await page.getByLabel('Tên đăng nhập').fill(accounts[role]);
    await page.getByLabel('Mật khẩu').fill(STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForLoadState('networkidle');
    return page;
  };

  beforeAll(async () => {
    ({ app, baseUrl } = await startApp({ ADMIN_TOKEN: TOKEN, STAFF_PASSWORD_COST: '4' }));
    for (const role of ['admin', 'editor', 'viewer', 'agent']) {
      accounts[role] = staffName(role);
      await postJson(
        `${baseUrl}/api/admin/users`,
        { username: accounts[role], displayName: `Chị ${role}`, role, password: STAFF_PASSWORD },
        { authorization: `Bearer ${TOKEN}` },
      );
    }
    await fetch(`${baseUrl}/api/admin/content/draft`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('an editor changes "giờ làm việc", previews, publishes, and rolls it back; the audit log shows both', async () => {
    const before = await ask('giờ làm việc');
    const page = await login('editor');
    // The login came back to the page asked for.
    await page.getByRole('heading', { name: 'Nội dung FAQ' }).waitFor();
    await page.getByRole('link', { name: 'Sửa gio-lam-viec' }).click();
    await page.getByLabel(/Câu trả lời/).fill(NEW_TEXT);
    await page.getByRole('button', { name: 'Lưu vào bản nháp' }).click();
    await page.getByText('Đã lưu vào bản nháp.').waitFor();
    expect(await page.locator('.diff .add').allInnerTexts()).toContainEqual(
      expect.stringContaining(NEW_TEXT),
    );

    await page.getByLabel('Tin nhắn').fill('giờ làm việc');
    await page.getByRole('button', { name: 'Gửi' }).click();
    await page.locator('.chat .bot').first().waitFor();
    expect(await page.locator('.chat .bot').first().innerText()).toContain(NEW_TEXT);
    expect(await ask('giờ làm việc')).not.toContain(NEW_TEXT);
    await page.screenshot({ path: join(ARTIFACTS, 'staff-content.png'), fullPage: true });

    await page.getByLabel(/Ghi chú cho phiên bản/).fill('Giờ làm việc mùa hè');
    await page.getByRole('button', { name: 'Xuất bản' }).click();
    await page.getByText(/Đã xuất bản/).waitFor();
    expect(await ask('giờ làm việc')).toContain(NEW_TEXT);

    await page.goto(`${baseUrl}/admin/content/versions`);
    await page.screenshot({ path: join(ARTIFACTS, 'staff-versions.png'), fullPage: true });
    const previous = page.getByRole('button', { name: /Khôi phục phiên bản/ }).first();
    await previous.click();
    await page.getByText(/Đã khôi phục/).waitFor();
    expect(await ask('giờ làm việc')).toBe(before);
    await page.close();

    const adminPage = await login('admin');
    await adminPage.goto(`${baseUrl}/admin/audit`);
    const rows = await adminPage.locator('tbody tr').allInnerTexts();
    expect(rows.find((r) => r.includes('content.publish'))).toContain(accounts.editor);
    expect(rows.find((r) => r.includes('content.rollback'))).toContain(accounts.editor);
    await adminPage.close();
  });

  it('a viewer cannot edit: no menu entry, and the page says so', async () => {
    const page = await login('viewer');
    await page.getByRole('heading', { name: 'Không có quyền' }).waitFor();
    await page.goto(`${baseUrl}/admin`);
    const menu = await page.getByRole('navigation', { name: 'Chức năng' }).innerText();
    expect(menu).toContain('Báo cáo');
    expect(menu).not.toContain('Nội dung FAQ');
    const res = await page.request.post(`${baseUrl}/admin/content/publish`, { form: { note: 'x' } });
    expect(res.status()).toBe(403);
    await page.close();
  });

  it('lists a question the assistant could not answer', async () => {
    const question = `Xin giấy xác nhận ${randomBytes(3).toString('hex')} ở đâu`;
    await ask(question);
    const page = await login('editor', { width: 390, height: 844 });
    await page.goto(`${baseUrl}/admin/unanswered`);
    await page.getByRole('heading', { name: question }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'staff-unanswered.png'), fullPage: true });
    await page.close();
  });

  it('shows a chart of ratings on the reports page', async () => {
    await app.get(DataSource).query(
      `INSERT INTO rating (subject, dossier_code, procedure_code, agency_name, channel, user_id, level)
       VALUES ('dossier', $1, '1.001193', 'UBND xã Biểu Đồ', 'web', $2, 'very_satisfied')`,
      [`E2E-${randomBytes(3).toString('hex')}`, `u-${randomBytes(3).toString('hex')}`],
    );
    const page = await login('viewer');
    await page.goto(`${baseUrl}/admin/reports`);
    await page.locator('#chart-rating-levels[data-rendered="true"]').waitFor();
    await page.locator('#chart-messages[data-rendered="true"]').waitFor();
    expect(await page.getByRole('table').first().innerText()).toContain('Rất hài lòng');
    await page.screenshot({ path: join(ARTIFACTS, 'staff-reports.png'), fullPage: true });
    await page.close();
  });

  it('an agent takes a request from the inbox and replies; the citizen reads it in the web chat', async () => {
    const citizen = `web-${randomBytes(3).toString('hex')}`;
    const reference = `HT-E2E-${randomBytes(2).toString('hex')}`;
    await app
      .get(DataSource)
      .query(
        `INSERT INTO citizen_request (reference, kind, channel, user_id, content) VALUES ($1, 'handoff', 'web', $2, $3)`,
        [reference, citizen, 'Tôi cần hỏi thêm về hồ sơ đất đai'],
      );
    const page = await login('agent', { width: 390, height: 844 });
    await page.goto(`${baseUrl}/admin/inbox?status=new`);
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('button', { name: 'Nhận xử lý' }).click();
    await page.getByText('Đã cập nhật yêu cầu.').waitFor();
    await page
      .getByLabel(/Trả lời người dân/)
      .fill('Chào anh/chị, mời mang bản gốc giấy tờ đến Bộ phận Một cửa.');
    await page.getByRole('button', { name: 'Gửi trả lời' }).click();
    await page.getByText(/Đã gửi trả lời/).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'staff-inbox.png'), fullPage: true });
    await page.close();
    const notices = await fetch(`${baseUrl}/api/chat/notifications?userId=${citizen}`).then((r) => r.json());
    expect(notices.replies.map((r: { text: string }) => r.text).join('\n')).toContain('mang bản gốc giấy tờ');
  });
});
