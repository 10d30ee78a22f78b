import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { NotificationOutbox } from '../src/notify/notification.outbox';
import { FakeTelegramServer } from './fakes/fake-telegram.server';
import { runDatabaseUrl, startApp } from './support/app';
import { ingestDossiers, sampleDossier } from './support/dossiers';
import { getJson } from './support/http';

/**
 * Dossier notices end to end through the Telegram webhook: the real app, the real grammY bot, the
 * notification outbox and its worker, and a fake Bot API server speaking Telegram's protocol.
 */
const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const SECRET = 'test-webhook-secret-0123456789';
const KEY = 'dossier-api-key-for-tests-0123456789';
const ADMIN = 'admin-token-for-tests-0123456789abcdef';
const AGENCY = 'UBND phường Thông Báo NT9';

type Keyboard = { inline_keyboard: { text: string; callback_data?: string }[][] };

describe('Dossier notifications through Telegram', () => {
  let fake: FakeTelegramServer;
  let app: NestFastifyApplication;
  let baseUrl: string;
  let db: DataSource;
  let chat = 910_000;
  let serial = 0;
  const nextChat = () => ++chat;
  const nextCode = () => `000.00.12.H41-251120-${String(++serial + 100).padStart(4, '0')}`;

  const env = {
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_MODE: 'webhook',
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    DOSSIER_API_KEY: KEY,
    ADMIN_TOKEN: ADMIN,
    NOTIFY_POLL_MS: '100',
    NOTIFY_RETRY_BASE_MS: '200',
    NOTIFY_LEASE_SECONDS: '1',
  };

  beforeAll(async () => {
    fake = await FakeTelegramServer.start({ token: TOKEN });
    ({ app, baseUrl } = await startApp({ ...env, TELEGRAM_API_ROOT: fake.apiRoot }));
    db = app.get(DataSource);
  });
  afterAll(async () => {
    await app?.close();
    await fake?.stop();
  });

  const say = (chatId: number, text: string) =>
    fake.deliver(fake.textUpdate(chatId, text), { url: `${baseUrl}/webhooks/telegram`, secretToken: SECRET });
  const tap = (chatId: number, data: string) =>
    fake.deliver(fake.callbackUpdate(chatId, data), {
      url: `${baseUrl}/webhooks/telegram`,
      secretToken: SECRET,
    });
  const ingest = async (d: Record<string, unknown>) => {
    expect((await ingestDossiers(baseUrl, KEY, [d])).body).toMatchObject({ accepted: 1 });
  };
  const dossier = (code: string, status: string, extra: Record<string, unknown> = {}) =>
    sampleDossier(code, status, { agencyName: AGENCY, ...extra });
  /** Waits until the chat has `count` messages in all; returns the new ones after `before`. */
  const waitNew = async (chatId: number, before: number, count = 1) =>
    (await fake.waitForSent(chatId, before + count, 10_000)).slice(before);
  const buttons = (markup: unknown) =>
    ((markup as Keyboard | undefined)?.inline_keyboard ?? []).flat().map((b) => b.callback_data);
  const notices = (code: string) =>
    db.query('SELECT kind, state, attempts, channel FROM notification WHERE dossier_code = $1 ORDER BY id', [
      code,
    ]);
  const follow = async (chatId: number, code: string) => {
    const before = fake.sent(chatId).length;
    await tap(chatId, `follow:${code}`);
    const [confirmed] = await waitNew(chatId, before);
    expect(confirmed.text).toContain('Đã đăng ký nhận thông báo');
  };

  it('looks up, subscribes, notifies the result, asks for a rating and counts it in the report', async () => {
    const chatId = nextChat();
    const code = nextCode();
    await ingest(dossier(code, 'Đang xử lý'));

    await say(chatId, `cho mình hỏi hồ sơ ${code.toLowerCase()}, đến đâu rồi ạ?`);
    const [status] = await waitNew(chatId, 0);
    expect(status.text).toContain('Đang xử lý');
    expect(status.text).toContain('Nguyễn V** A*');
    expect(status.text).not.toContain('Nguyễn Văn An');
    expect(status.text).not.toMatch(/0912|345678|5678/);
    expect(buttons(status.reply_markup)).toContain(`follow:${code}`);

    await follow(chatId, code);

    const before = fake.sent(chatId).length;
    await ingest(dossier(code, 'Đã trả kết quả'));
    const [result, prompt] = await waitNew(chatId, before, 2);
    expect(result.text).toContain(code);
    expect(result.text).toContain('Đã trả kết quả');
    expect(result.text).not.toContain('Nguyễn Văn An');
    expect(prompt.text).toContain('hài lòng');
    expect(buttons(prompt.reply_markup)).toEqual([
      `rate:${code}:very_satisfied`,
      `rate:${code}:satisfied`,
      `rate:${code}:dissatisfied`,
    ]);

    const beforeRating = fake.sent(chatId).length;
    await tap(chatId, `rate:${code}:very_satisfied`);
    const [thanks] = await waitNew(chatId, beforeRating);
    expect(thanks.text).toContain('Rất hài lòng');

    const report = `${baseUrl}/api/reports/ratings?agency=${encodeURIComponent(AGENCY)}`;
    expect((await getJson(report)).status).toBe(401);
    const { status: ok, body } = await getJson(report, { authorization: `Bearer ${ADMIN}` });
    expect(ok).toBe(200);
    expect(body.total).toBe(1);
    expect(body.byLevel.very_satisfied).toBe(1);
    expect(await notices(code)).toEqual([
      { kind: 'status', state: 'sent', attempts: 1, channel: 'telegram' },
      { kind: 'rating_prompt', state: 'sent', attempts: 1, channel: 'telegram' },
    ]);
  });

  it('takes the Thông tư 01/2018 questions and a comment after the level; a second rating replaces the first', async () => {
    const chatId = nextChat();
    const code = nextCode();
    await ingest(dossier(code, 'Đang xử lý'));
    await follow(chatId, code);
    let before = fake.sent(chatId).length;
    await ingest(dossier(code, 'Đã trả kết quả'));
    await waitNew(chatId, before, 2);

    const step = async (data: string) => {
      const n = fake.sent(chatId).length;
      await tap(chatId, data);
      return (await waitNew(chatId, n))[0];
    };
    await step(`rate:${code}:satisfied`);
    let question = await step(`ratemore:${code}`);
    expect(question.text).toContain('Câu 1/4');
    for (const crit of ['chiso1', 'chiso3', 'chiso4']) {
      expect(buttons(question.reply_markup)[0]).toBe(`ratecrit:${code}:${crit}:a`);
      question = await step(`ratecrit:${code}:${crit}:a`);
    }
    const ask = await step(`ratecrit:${code}:chiso7:b`);
    expect(ask.text).toContain('góp ý');
    before = fake.sent(chatId).length;
    await say(chatId, 'Cán bộ hướng dẫn rõ ràng, cảm ơn.');
    expect((await waitNew(chatId, before))[0].text).toContain('Cảm ơn bạn đã dành thời gian');
    const [saved] = await db.query('SELECT level, criteria, comment FROM rating WHERE dossier_code = $1', [
      code,
    ]);
    expect(saved).toEqual({
      level: 'satisfied',
      criteria: { chiso1: 'a', chiso3: 'a', chiso4: 'a', chiso7: 'b' },
      comment: 'Cán bộ hướng dẫn rõ ràng, cảm ơn.',
    });

    await step(`rate:${code}:dissatisfied`);
    const rows = await db.query('SELECT level, criteria FROM rating WHERE dossier_code = $1', [code]);
    expect(rows).toEqual([{ level: 'dissatisfied', criteria: {} }]);
  });

  it('refuses a rating from a chat that does not follow the dossier', async () => {
    const chatId = nextChat();
    const code = nextCode();
    await ingest(dossier(code, 'Đã trả kết quả'));
    await tap(chatId, `rate:${code}:dissatisfied`);
    const [reply] = await waitNew(chatId, 0);
    expect(reply.text).toContain('Chưa thể đánh giá');
    expect(await db.query('SELECT 1 FROM rating WHERE dossier_code = $1', [code])).toHaveLength(0);
  });

  it('notifies once for the same update twice, and an older update arriving late changes nothing', async () => {
    const chatId = nextChat();
    const code = nextCode();
    await ingest(dossier(code, 'Đang xử lý', { updatedAt: '2025-11-21T08:00:00+07:00' }));
    await follow(chatId, code);
    const before = fake.sent(chatId).length;
    const supplement = dossier(code, 'Yêu cầu bổ sung giấy tờ', { updatedAt: '2025-11-22T08:00:00+07:00' });
    await ingest(supplement);
    await ingest(supplement);
    // Late: written before the supplement request, delivered after it.
    await ingest(dossier(code, 'Đang xử lý', { updatedAt: '2025-11-21T09:00:00+07:00' }));
    const [notice] = await waitNew(chatId, before);
    expect(notice.text).toContain('Cần bổ sung hồ sơ');
    await new Promise((r) => setTimeout(r, 700));
    expect(fake.sent(chatId)).toHaveLength(before + 1);
    expect(await notices(code)).toHaveLength(1);
    const [row] = await db.query('SELECT status FROM dossier WHERE code = $1', [code]);
    expect(row.status).toBe('supplement_required');
  });

  it('retries after Telegram answers 5xx, and delivers exactly once', async () => {
    const chatId = nextChat();
    const code = nextCode();
    await ingest(dossier(code, 'Đang xử lý'));
    await follow(chatId, code);
    const before = fake.sent(chatId).length;
    fake.failNext('sendMessage', { status: 502 });
    fake.failNext('sendMessage', { status: 500 });
    await ingest(dossier(code, 'Đã có kết quả'));
    const [notice] = await waitNew(chatId, before);
    expect(notice.text).toContain('Đã có kết quả');
    await new Promise((r) => setTimeout(r, 500));
    expect(fake.sent(chatId)).toHaveLength(before + 1);
    expect(await notices(code)).toEqual([
      { kind: 'status', state: 'sent', attempts: 3, channel: 'telegram' },
    ]);
  });

  it('moves a notice to the dead-letter list when the citizen blocked the bot, for staff to see', async () => {
    const chatId = nextChat();
    const code = nextCode();
    await ingest(dossier(code, 'Đang xử lý'));
    await follow(chatId, code);
    fake.blockChat(chatId);
    await ingest(dossier(code, 'Dừng xử lý'));
    const dead = async () =>
      (await getJson(`${baseUrl}/api/notifications?state=dead`, { authorization: `Bearer ${ADMIN}` })).body
        .notifications as { dossierCode: string; lastError: string; recipient: string }[];
    let mine: { dossierCode: string; lastError: string; recipient: string } | undefined;
    for (let i = 0; i < 50 && !mine; i++) {
      mine = (await dead()).find((n) => n.dossierCode === code);
      if (!mine) await new Promise((r) => setTimeout(r, 100));
    }
    expect(mine?.lastError).toContain('403');
    expect(mine?.recipient).toBe(`…${String(chatId).slice(-4)}`);
    expect((await getJson(`${baseUrl}/api/notifications`)).status).toBe(401);
    fake.unblockChat(chatId);
  });

  it('survives a worker killed mid-delivery: another picks the notice up after its lease, sends it once', async () => {
    const chatId = nextChat();
    const code = nextCode();
    await ingest(dossier(code, 'Đang xử lý'));
    await follow(chatId, code);
    await app.close();

    // Another instance's worker claims the notice and is killed before it can report anything.
    const other = new DataSource({ type: 'postgres', url: runDatabaseUrl() });
    await other.initialize();
    const outbox = new NotificationOutbox(other);
    await other.transaction(async (m) => {
      await m.query(`UPDATE dossier SET status = 'completed' WHERE code = $1`, [code]);
      await outbox.write(m, {
        kind: 'status',
        dossierCode: code,
        about: 'completed',
        payload: { status: 'completed', statusText: 'Đã xử lý xong' },
      });
    });
    const [claimed] = await outbox.claim(['telegram'], 10, 1);
    expect(claimed).toMatchObject({ dossierCode: code, state: 'sending', attempts: 1 });
    await other.destroy();

    const before = fake.sent(chatId).length;
    ({ app, baseUrl } = await startApp({ ...env, TELEGRAM_API_ROOT: fake.apiRoot }));
    db = app.get(DataSource);
    const [notice] = await waitNew(chatId, before);
    expect(notice.text).toContain('Đã có kết quả');
    await new Promise((r) => setTimeout(r, 1500));
    expect(fake.sent(chatId)).toHaveLength(before + 1);
    expect(await notices(code)).toEqual([
      { kind: 'status', state: 'sent', attempts: 2, channel: 'telegram' },
    ]);
  });

  it('shares the outbox between two instances without sending anything twice', async () => {
    const second = await startApp({ ...env, TELEGRAM_API_ROOT: fake.apiRoot });
    try {
      const pairs = Array.from({ length: 12 }, () => ({ chatId: nextChat(), code: nextCode() }));
      await ingestDossiers(
        baseUrl,
        KEY,
        pairs.map((p) => dossier(p.code, 'Đang xử lý')),
      );
      await db.query(
        `INSERT INTO dossier_subscription (dossier_code, channel, recipient)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`,
        [pairs.map((p) => p.code), pairs.map(() => 'telegram'), pairs.map((p) => String(p.chatId))],
      );
      const res = await ingestDossiers(
        second.baseUrl,
        KEY,
        pairs.map((p) => dossier(p.code, 'Đã có kết quả')),
      );
      expect(res.body.accepted).toBe(12);
      for (const p of pairs) await fake.waitForSent(p.chatId, 1, 10_000);
      await new Promise((r) => setTimeout(r, 700));
      for (const p of pairs) expect(fake.sent(p.chatId)).toHaveLength(1);
    } finally {
      await second.app.close();
    }
  });

  it('stops notices with the button or /huy <mã>', async () => {
    const chatId = nextChat();
    const code = nextCode();
    await ingest(dossier(code, 'Đang xử lý'));
    await follow(chatId, code);
    let before = fake.sent(chatId).length;
    await say(chatId, `/huy ${code}`);
    expect((await waitNew(chatId, before))[0].text).toContain('Đã ngừng gửi thông báo');
    await ingest(dossier(code, 'Đã có kết quả'));
    await new Promise((r) => setTimeout(r, 500));
    expect(await notices(code)).toHaveLength(0);

    await follow(chatId, code);
    before = fake.sent(chatId).length;
    await tap(chatId, `unfollow:${code}`);
    expect((await waitNew(chatId, before))[0].text).toContain('Đã ngừng gửi thông báo');
  });

  it('answers "thử lại sau" after too many code guesses in a row', async () => {
    const chatId = nextChat();
    for (let i = 0; i < 25; i++) {
      await say(chatId, `tra cứu hồ sơ 000.00.12.H41-251001-${String(9000 + i)}`);
      await fake.waitForSent(chatId, i + 1, 10_000);
    }
    const texts = fake.messages(chatId).map((m) => m.text ?? '');
    expect(texts[0]).toContain('Không tìm thấy');
    expect(texts.at(-1)).toContain('thử lại sau');
    expect(texts.filter((t) => t.includes('thử lại sau')).length).toBeGreaterThanOrEqual(15);
  });
});
