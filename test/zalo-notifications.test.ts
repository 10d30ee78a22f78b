import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { startApp } from './support/app';
import { ingestDossiers, sampleDossier } from './support/dossiers';
import { getJson, postJson } from './support/http';
import { FakeZaloServer } from './fakes/zalo/fake-zalo.server';

/**
 * Dossier notices on Zalo end to end: the real app, the outbox and its worker, and the fake Zalo
 * (OA Open API and ZNS). Inside the 48-hour window a follower gets CS messages; outside it the
 * status notice goes by ZNS to the phone they shared, or to the dead-letter list when there is none.
 */
const APP = {
  appId: '2345678901234567931',
  appSecret: 'app-secret-for-notification-tests',
  oaId: '3456789012345678931',
  oaSecretKey: 'oa-secret-key-for-notification-tests',
};
const KEY = 'dossier-api-key-for-zalo-notices-0123456789';
const ADMIN = 'admin-token-for-zalo-notices-0123456789abc';
const TEMPLATE = '431256';
const AGENCY = 'UBND phường Thông Báo ZL31';
const PROCEDURE_NAME = 'Thủ tục đăng ký khai sinh'; // 1.001193 in the seeded catalog
const DAY = 24 * 3600 * 1000;
const FINAL_STATES = ['sent', 'dead', 'skipped'];
const RATING_TITLES = ['Rất hài lòng', 'Hài lòng', 'Không hài lòng'];

interface NoticeRow {
  id: number;
  kind: string;
  state: string;
  attempts: number;
  channel: string;
  recipient: string;
  last_error: string | null;
}
interface Button {
  title: string;
  type: string;
  payload: string;
}

describe('Dossier notifications through Zalo (CS messages and ZNS)', () => {
  let zalo: FakeZaloServer;
  let app: NestFastifyApplication;
  let baseUrl: string;
  let db: DataSource;
  let users = 0;
  let serial = 0;
  const nextCode = () => `000.00.31.H56-251121-${String(++serial).padStart(4, '0')}`;
  const citizen = () => {
    const userId = `63${String(Date.now()).slice(-9)}${String(++users).padStart(8, '0')}`;
    zalo.users.add({ userId, displayName: 'Nguyễn Văn An' });
    return userId;
  };

  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

  beforeAll(async () => {
    zalo = await FakeZaloServer.start({
      ...APP,
      accessToken: 'access-token-notices-0',
      refreshToken: 'refresh-token-notices-0',
    });
    zalo.zns.templates.add({ id: TEMPLATE, params: ['ma_ho_so', 'trang_thai', 'ten_thu_tuc'] });
    ({ app, baseUrl } = await startApp({
      ZALO_APP_ID: APP.appId,
      ZALO_APP_SECRET: APP.appSecret,
      ZALO_OA_ID: APP.oaId,
      ZALO_OA_SECRET_KEY: APP.oaSecretKey,
      ZALO_ACCESS_TOKEN: 'access-token-notices-0',
      ZALO_REFRESH_TOKEN: 'refresh-token-notices-0',
      ZALO_API_BASE: zalo.baseUrl,
      ZALO_OAUTH_BASE: zalo.baseUrl,
      ZALO_ZNS_BASE: zalo.baseUrl,
      ZALO_ZNS_TEMPLATE_ID: TEMPLATE,
      DOSSIER_API_KEY: KEY,
      ADMIN_TOKEN: ADMIN,
      NOTIFY_POLL_MS: '100',
      NOTIFY_RETRY_BASE_MS: '200',
      NOTIFY_LEASE_SECONDS: '1',
    }));
    zalo.webhookUrl = `${baseUrl}/webhooks/zalo`;
    db = app.get(DataSource);
  });
  afterAll(async () => {
    await app?.close();
    await zalo?.stop();
  });

  const ingest = async (code: string, status: string) => {
    const res = await ingestDossiers(baseUrl, KEY, [
      sampleDossier(code, status, { agencyName: AGENCY, receivedAt: '2025-11-21T08:00:00+07:00' }),
    ]);
    expect(res.body).toMatchObject({ accepted: 1 });
  };
  const attachPhone = (code: string, body: unknown, key: string | null = KEY) =>
    postJson(
      `${baseUrl}/api/integrations/dossiers/${encodeURIComponent(code)}/subscribers`,
      body,
      key === null ? {} : { authorization: `Bearer ${key}` },
    );
  const notices = (code: string): Promise<NoticeRow[]> =>
    db.query(
      `SELECT id, kind, state, attempts, channel, recipient, last_error
         FROM notification WHERE dossier_code = $1 ORDER BY id`,
      [code],
    );
  /** Waits until the dossier has `count` notices and every one has reached a final state. */
  const settled = async (code: string, count: number): Promise<NoticeRow[]> => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const rows = await notices(code);
      if (rows.length === count && rows.every((r) => FINAL_STATES.includes(r.state))) return rows;
      if (Date.now() > deadline) throw new Error(`notices of ${code} not settled: ${JSON.stringify(rows)}`);
      await pause(50);
    }
  };
  const say = (userId: string, text: string) => zalo.push(zalo.events.userSendText(userId, text));
  /** Waits until the user has `before + count` CS messages; returns the new ones. */
  const waitNew = async (userId: string, before: number, count = 1) =>
    (await zalo.waitForSends(userId, before + count, 10_000)).slice(before);
  const buttonsOf = (body: Record<string, unknown>): Button[] =>
    (body as { message: { attachment?: { payload: { buttons: Button[] } } } }).message.attachment?.payload
      .buttons ?? [];
  const znsFor = (code: string) => zalo.znsSends.filter((s) => s.templateData.ma_ho_so === code);
  const znsCallsTo = (phone: string) =>
    zalo.callsTo('/message/template').filter((c) => (c.body as { phone?: string }).phone === phone);
  const follow = async (userId: string, code: string) => {
    const before = zalo.sendsTo(userId).length;
    await say(userId, `#nut:follow:${code}`);
    const [confirmed] = await waitNew(userId, before);
    expect(confirmed.text).toContain('Đã đăng ký nhận thông báo');
    expect(confirmed.text).toContain(code);
  };
  /** The citizen's last message to the OA was three days ago: the 48-hour window is closed. */
  const lastMessageDaysAgo = async (userId: string, days: number) => {
    zalo.users.setLastInteraction(userId, Date.now() - days * DAY);
    await db.query(
      `UPDATE zalo_user SET last_message_at = now() - make_interval(days => $2) WHERE user_id = $1`,
      [userId, days],
    );
  };

  it('inside the window: a follower gets the notices as CS messages, then a rating prompt with 3 buttons, no ZNS', async () => {
    const userId = citizen();
    const code = nextCode();
    await ingest(code, 'Đang xử lý');

    // Looks the code up, then taps "Nhận thông báo…" (the button comes back as text "#nut:follow:…").
    await say(userId, `cho mình hỏi hồ sơ ${code} đến đâu rồi`);
    const [status] = await waitNew(userId, 0);
    expect(status.text).toContain('Đang xử lý');
    const followButton = buttonsOf(status.body).find((b) => b.payload === `#nut:follow:${code}`);
    expect(followButton).toMatchObject({ type: 'oa.query.hide' });
    let before = zalo.sendsTo(userId).length;
    await say(userId, followButton!.payload);
    const [confirmed] = await waitNew(userId, before);
    expect(confirmed.text).toContain('Đã đăng ký nhận thông báo');
    const [subscription] = await db.query(
      'SELECT channel, recipient, active FROM dossier_subscription WHERE dossier_code = $1',
      [code],
    );
    expect(subscription).toEqual({ channel: 'zalo', recipient: userId, active: true });

    before = zalo.sendsTo(userId).length;
    await ingest(code, 'Đã có kết quả');
    const [completed] = await waitNew(userId, before);
    expect(completed.body).toMatchObject({ recipient: { user_id: userId } });
    expect(completed.text).toContain(code);
    expect(completed.text).toContain('Đã có kết quả');
    expect(completed.text).not.toContain('Nguyễn Văn An');

    before = zalo.sendsTo(userId).length;
    await ingest(code, 'Đã trả kết quả');
    const [returned, prompt] = await waitNew(userId, before, 2);
    expect(returned.text).toContain(code);
    expect(returned.text).toContain('Đã trả kết quả');
    expect(prompt.text).toContain('hài lòng');
    const rating = buttonsOf(prompt.body);
    expect(rating.map((b) => b.title)).toEqual(RATING_TITLES);
    expect(rating.map((b) => b.payload)).toEqual([
      `#nut:rate:${code}:very_satisfied`,
      `#nut:rate:${code}:satisfied`,
      `#nut:rate:${code}:dissatisfied`,
    ]);

    const rows = await settled(code, 3);
    expect(rows.map(({ kind, state, attempts, channel }) => ({ kind, state, attempts, channel }))).toEqual([
      { kind: 'status', state: 'sent', attempts: 1, channel: 'zalo' },
      { kind: 'status', state: 'sent', attempts: 1, channel: 'zalo' },
      { kind: 'rating_prompt', state: 'sent', attempts: 1, channel: 'zalo' },
    ]);
    expect(znsFor(code)).toHaveLength(0);

    // The tapped rating comes back as text and is recorded.
    before = zalo.sendsTo(userId).length;
    await say(userId, rating[1].payload);
    const [thanks] = await waitNew(userId, before);
    expect(thanks.text).toContain('Hài lòng');
    const saved = await db.query('SELECT level FROM rating WHERE dossier_code = $1', [code]);
    expect(saved).toEqual([{ level: 'satisfied' }]);
  });

  it('outside the window: the status notice goes by ZNS to the shared phone; the rating prompt is skipped', async () => {
    const userId = citizen();
    const code = nextCode();
    await ingest(code, 'Đang xử lý');
    await zalo.push(zalo.events.userSubmitInfo(userId, { name: 'Nguyễn Văn An', phone: '84912345678' }));
    await zalo.waitForSends(userId, 1, 10_000);
    await follow(userId, code);
    await lastMessageDaysAgo(userId, 3);
    const [stored] = await db.query('SELECT phone FROM zalo_user WHERE user_id = $1', [userId]);
    expect(stored.phone).toBe('84912345678');

    const before = zalo.sendsTo(userId).length;
    await ingest(code, 'Đã trả kết quả');
    const rows = await settled(code, 2);
    expect(rows.map(({ kind, state, attempts, channel }) => ({ kind, state, attempts, channel }))).toEqual([
      { kind: 'status', state: 'sent', attempts: 1, channel: 'zalo' },
      { kind: 'rating_prompt', state: 'skipped', attempts: 1, channel: 'zalo' },
    ]);
    expect(rows[1].last_error).toBe('ZNS chỉ gửi thông báo trạng thái');

    const sends = znsFor(code);
    expect(sends).toHaveLength(1);
    expect(sends[0]).toMatchObject({
      phone: '84912345678',
      templateId: TEMPLATE,
      trackingId: `notice-${rows[0].id}`,
    });
    expect(sends[0].templateData).toEqual({
      ma_ho_so: code,
      trang_thai: 'Đã trả kết quả',
      ten_thu_tuc: PROCEDURE_NAME,
    });
    await pause(300);
    expect(zalo.sendsTo(userId)).toHaveLength(before);
  });

  it('falls back to ZNS when Zalo refuses the CS message (-230) although our window says open', async () => {
    const userId = citizen();
    const code = nextCode();
    await ingest(code, 'Đang xử lý');
    await zalo.push(zalo.events.userSubmitInfo(userId, { name: 'Trần Thị Bình', phone: '84912345670' }));
    await zalo.waitForSends(userId, 1, 10_000);
    await follow(userId, code);
    const before = zalo.sendsTo(userId).length;
    zalo.failNext('/v3.0/oa/message/cs', { error: -230, message: 'User has not interacted in 7 days' });
    await ingest(code, 'Đã có kết quả');
    const [row] = await settled(code, 1);
    expect(row).toMatchObject({ kind: 'status', state: 'sent', attempts: 1 });
    expect(znsFor(code)).toMatchObject([
      { phone: '84912345670', templateData: { ma_ho_so: code, trang_thai: 'Đã có kết quả' } },
    ]);
    expect(zalo.sendsTo(userId)).toHaveLength(before);
  });

  it('outside the window without a phone: dead with a Vietnamese reason, on the dead-letter list', async () => {
    const userId = citizen();
    const code = nextCode();
    await ingest(code, 'Đang xử lý');
    await follow(userId, code);
    await lastMessageDaysAgo(userId, 3);
    const before = zalo.sendsTo(userId).length;
    await ingest(code, 'Đã có kết quả');
    const [row] = await settled(code, 1);
    expect(row).toMatchObject({ kind: 'status', state: 'dead', attempts: 1, channel: 'zalo' });
    expect(row.last_error).toContain('ngoài khung 48 giờ');
    expect(row.last_error).toContain('số điện thoại');

    const list = `${baseUrl}/api/notifications?state=dead`;
    expect((await getJson(list)).status).toBe(401);
    const { status, body } = await getJson(list, { authorization: `Bearer ${ADMIN}` });
    expect(status).toBe(200);
    const mine = (body.notifications as { dossierCode: string }[]).filter((n) => n.dossierCode === code);
    expect(mine).toEqual([
      expect.objectContaining({
        kind: 'status',
        channel: 'zalo',
        recipient: `…${userId.slice(-4)}`,
        state: 'dead',
        attempts: 1,
        lastError: row.last_error,
      }),
    ]);
    await pause(500);
    expect((await notices(code))[0]).toMatchObject({ state: 'dead', attempts: 1 });
    expect(zalo.sendsTo(userId)).toHaveLength(before);
    expect(znsFor(code)).toHaveLength(0);
  });

  it('outside the window without a phone, a result handed over: the status notice is dead, the rating prompt skipped', async () => {
    const userId = citizen();
    const code = nextCode();
    await ingest(code, 'Đang xử lý');
    await follow(userId, code);
    await lastMessageDaysAgo(userId, 3);
    await ingest(code, 'Đã trả kết quả');
    const rows = await settled(code, 2);
    expect(rows.map(({ kind, state, attempts }) => ({ kind, state, attempts }))).toEqual([
      { kind: 'status', state: 'dead', attempts: 1 },
      { kind: 'rating_prompt', state: 'skipped', attempts: 1 },
    ]);
  });

  it('a phone attached by the one-stop system gets ZNS on the next status change, no rating prompt', async () => {
    const code = nextCode();
    await ingest(code, 'Đang xử lý');
    const res = await attachPhone(code.toLowerCase(), { phone: '0987 654 321' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ subscribed: true });
    const subscriptions = await db.query(
      'SELECT channel, recipient, active FROM dossier_subscription WHERE dossier_code = $1',
      [code],
    );
    expect(subscriptions).toEqual([{ channel: 'zns', recipient: '84987654321', active: true }]);

    await ingest(code, 'Đã trả kết quả');
    const rows = await settled(code, 1);
    expect(rows).toEqual([
      expect.objectContaining({ kind: 'status', state: 'sent', attempts: 1, channel: 'zns' }),
    ]);
    expect(znsFor(code)).toEqual([
      expect.objectContaining({
        phone: '84987654321',
        templateId: TEMPLATE,
        trackingId: `notice-${rows[0].id}`,
        templateData: { ma_ho_so: code, trang_thai: 'Đã trả kết quả', ten_thu_tuc: PROCEDURE_NAME },
      }),
    ]);
  });

  it('retries a passing ZNS failure with back-off and sends once', async () => {
    const code = nextCode();
    await ingest(code, 'Đang xử lý');
    // Staff (ADMIN_TOKEN) may attach a phone too, not only the one-stop system.
    expect((await attachPhone(code, { phone: '0977000111' }, ADMIN)).status).toBe(200);
    zalo.failNext('/message/template', { status: 503, body: { error: -1, message: 'Service unavailable' } });
    await ingest(code, 'Đã có kết quả');
    const [row] = await settled(code, 1);
    expect(row).toMatchObject({ state: 'sent', attempts: 2, channel: 'zns', last_error: null });
    expect(znsFor(code)).toHaveLength(1);
    expect(znsCallsTo('84977000111')).toHaveLength(2);
  });

  it('a phone without a Zalo account (-118) is dead after one attempt, not retried', async () => {
    const code = nextCode();
    await ingest(code, 'Đang xử lý');
    zalo.zns.noZaloAccount.add('84936000111');
    expect((await attachPhone(code, { phone: '+84 936 000 111' })).status).toBe(200);
    await ingest(code, 'Đã có kết quả');
    const [row] = await settled(code, 1);
    expect(row).toMatchObject({ state: 'dead', attempts: 1, channel: 'zns' });
    expect(row.last_error).toContain('-118');
    expect(row.last_error).not.toContain('936000111');
    await pause(1000); // several back-off periods and polls
    expect((await notices(code))[0]).toMatchObject({ state: 'dead', attempts: 1 });
    expect(znsCallsTo('84936000111')).toHaveLength(1);
    expect(znsFor(code)).toHaveLength(0);
  });

  it('refuses a bad phone (400, with the reason), an unknown dossier (404) and a missing key (401)', async () => {
    const code = nextCode();
    await ingest(code, 'Đang xử lý');

    const landline = await attachPhone(code, { phone: '024 3825 3555' });
    expect(landline.status).toBe(400);
    expect(landline.body).toMatchObject({ error: 'phone_invalid' });
    expect(landline.body.message).toContain('không phải số di động Việt Nam');

    const short = await attachPhone(code, { phone: '0912' });
    expect(short.status).toBe(400);
    expect(short.body.message).toContain('phone');

    const missing = await attachPhone(code, {});
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('phone');

    const unknown = await attachPhone('000.00.31.H56-251121-9999', { phone: '0912345678' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: 'dossier_not_found' });

    expect((await attachPhone(code, { phone: '0912345678' }, null)).status).toBe(401);
    expect((await attachPhone(code, { phone: '0912345678' }, 'wrong-key-wrong-key-wrong-key')).status).toBe(
      401,
    );
    expect(await db.query('SELECT 1 FROM dossier_subscription WHERE dossier_code = $1', [code])).toHaveLength(
      0,
    );
  });
});
