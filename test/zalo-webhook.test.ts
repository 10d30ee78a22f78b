import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { startApp } from './support/app';
import { getJson } from './support/http';
import { FakeZaloServer } from './fakes/zalo/fake-zalo.server';

/**
 * The Zalo OA channel end to end: the real app, a fake Zalo (OA API, OAuth, ZNS) on loopback that
 * signs webhooks like Zalo, single-use refresh tokens and all.
 */
const APP = {
  appId: '2345678901234567890',
  appSecret: 'app-secret-for-tests',
  oaId: '3456789012345678901',
  oaSecretKey: 'oa-secret-key-for-tests',
};
const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';

describe('Zalo OA webhook', () => {
  let zalo: FakeZaloServer;
  let app: NestFastifyApplication;
  let baseUrl: string;
  let n = 0;
  const citizen = () => {
    const userId = `61${String(Date.now()).slice(-9)}${String(++n).padStart(8, '0')}`;
    zalo.users.add({ userId });
    return userId;
  };
  const texts = (userId: string) => zalo.sendsTo(userId).map((s) => s.text ?? '');

  beforeAll(async () => {
    zalo = await FakeZaloServer.start({
      ...APP,
      accessToken: 'access-token-0',
      refreshToken: 'refresh-token-0',
    });
    ({ app, baseUrl } = await startApp({
      ZALO_APP_ID: APP.appId,
      ZALO_APP_SECRET: APP.appSecret,
      ZALO_OA_ID: APP.oaId,
      ZALO_OA_SECRET_KEY: APP.oaSecretKey,
      ZALO_ACCESS_TOKEN: 'access-token-0',
      ZALO_REFRESH_TOKEN: 'refresh-token-0',
      ZALO_API_BASE: zalo.baseUrl,
      ZALO_OAUTH_BASE: zalo.baseUrl,
      ZALO_ZNS_BASE: zalo.baseUrl,
      ZALO_OAUTH_REDIRECT_URI: 'https://chatbot.example.gov.vn/admin/zalo/callback',
      ADMIN_TOKEN,
    }));
    zalo.webhookUrl = `${baseUrl}/webhooks/zalo`;
  });
  afterAll(async () => {
    await app?.close();
    await zalo?.stop();
  });

  it('answers a signed "thủ tục đăng ký khai sinh" with a CS message to that user', async () => {
    const userId = citizen();
    const res = await zalo.push(zalo.events.userSendText(userId, 'thủ tục đăng ký khai sinh'));
    expect(res.status).toBe(200);
    const [sent] = await zalo.waitForSends(userId, 1, 10_000);
    expect(sent.body).toMatchObject({ recipient: { user_id: userId } });
    expect(texts(userId).join('\n')).toContain('đăng ký khai sinh');
  });

  it('refuses a forged or missing signature with 401 and answers nothing', async () => {
    const userId = citizen();
    expect(
      (await zalo.push(zalo.events.userSendText(userId, 'xin chào'), { signature: 'forged' })).status,
    ).toBe(401);
    expect(
      (await zalo.push(zalo.events.userSendText(userId, 'xin chào'), { signature: 'none' })).status,
    ).toBe(401);
    expect(
      (await zalo.push(zalo.events.userSendText(userId, 'xin chào'), { timestampMs: Date.now() - 3_600_000 }))
        .status,
    ).toBe(401);
    await new Promise((r) => setTimeout(r, 400));
    expect(zalo.sendsTo(userId)).toHaveLength(0);
  });

  it('accepts the signature without the mac= prefix and on re-indented bodies (raw bytes are hashed)', async () => {
    const userId = citizen();
    expect(
      (await zalo.push(zalo.events.userSendText(userId, 'cảm ơn'), { prefix: false, spacing: 2 })).status,
    ).toBe(200);
    await zalo.waitForSends(userId, 1, 10_000);
  });

  it('answers a duplicate delivery once and ignores the OA echoes', async () => {
    const userId = citizen();
    await zalo.pushTwice(zalo.events.userSendText(userId, 'đăng ký kết hôn'), { concurrent: true });
    await zalo.waitForSends(userId, 1, 10_000);
    await new Promise((r) => setTimeout(r, 800)); // echoes of our own sends arrive meanwhile
    const echo = await zalo.push(zalo.events.oaSendText(userId, 'tin của OA'));
    expect(echo.status).toBe(200);
    await new Promise((r) => setTimeout(r, 400));
    expect(zalo.sendsTo(userId)).toHaveLength(1);
  });

  it('offers choices as buttons whose payload comes back as text', async () => {
    const userId = citizen();
    await zalo.push(zalo.events.userSendText(userId, 'giấy phép'));
    const [choice] = await zalo.waitForSends(userId, 1, 10_000);
    const buttons = (
      choice.body as {
        message: { attachment: { payload: { buttons: { type: string; payload: string }[] } } };
      }
    ).message.attachment.payload.buttons;
    expect(buttons.length).toBeGreaterThanOrEqual(3);
    expect(buttons.length).toBeLessThanOrEqual(5);
    expect(buttons[0].type).toBe('oa.query.hide');
    await zalo.push(zalo.events.userSendText(userId, buttons[0].payload));
    await zalo.waitForSends(userId, 2, 10_000);
    expect(texts(userId)[1]).toContain('Cấp thực hiện');
  });

  it('welcomes a new follower, reads text only, and stores a shared phone', async () => {
    const userId = citizen();
    await zalo.push(zalo.events.follow(userId));
    await zalo.waitForSends(userId, 1, 10_000);
    expect(texts(userId)[0]).toContain('Xin chào');
    await zalo.push(zalo.events.userSendImage(userId));
    await zalo.waitForSends(userId, 2, 10_000);
    expect(texts(userId)[1]).toContain('tin nhắn chữ');
    await zalo.push(zalo.events.userSubmitInfo(userId, { name: 'Nguyễn Văn A', phone: '84912345678' }));
    await zalo.waitForSends(userId, 3, 10_000);
    const rows = await app
      .get(DataSource)
      .query('SELECT phone, phone_consented_at FROM zalo_user WHERE user_id = $1', [userId]);
    expect(rows[0].phone).toBe('84912345678');
    expect(rows[0].phone_consented_at).not.toBeNull();
  });

  it('after the token expires, eight citizens at once all get answers and the token is refreshed once', async () => {
    zalo.expireAccessToken('expired');
    zalo.setRefreshDelay(300);
    const before = zalo.refreshCalls.length;
    const users = Array.from({ length: 8 }, () => citizen());
    await Promise.all(users.map((u) => zalo.push(zalo.events.userSendText(u, 'đăng ký tạm trú'))));
    for (const u of users) await zalo.waitForSends(u, 1, 15_000);
    const refreshes = zalo.refreshCalls.slice(before);
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0].headers['secret_key']).toBe(APP.appSecret);
    expect(refreshes[0].form).toMatchObject({
      app_id: APP.appId,
      grant_type: 'refresh_token',
      refresh_token: 'refresh-token-0',
    });
    const stored = await app
      .get(DataSource)
      .query('SELECT access_token, refresh_token FROM zalo_token WHERE oa_id = $1', [APP.oaId]);
    expect(stored[0]).toEqual({ access_token: zalo.accessToken, refresh_token: zalo.refreshToken });
  });

  it('gives staff a PKCE consent link (bearer token required)', async () => {
    expect((await getJson(`${baseUrl}/admin/zalo/connect`)).status).toBe(401);
    const { status, body } = await getJson(`${baseUrl}/admin/zalo/connect`, {
      authorization: `Bearer ${ADMIN_TOKEN}`,
    });
    expect(status).toBe(200);
    const url = new URL(body.url);
    expect(url.pathname).toBe('/v4/oa/permission');
    expect(url.searchParams.get('app_id')).toBe(APP.appId);
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The fake consents at once; the callback exchanges the code with the PKCE verifier.
    const consent = await fetch(url, { redirect: 'manual' });
    const callback = new URL(consent.headers.get('location')!);
    const res = await fetch(`${baseUrl}/admin/zalo/callback?${callback.searchParams.toString()}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Đã kết nối Zalo OA');
    const reuse = await fetch(`${baseUrl}/admin/zalo/callback?${callback.searchParams.toString()}`);
    expect(reuse.status).toBe(400);
  });
});
