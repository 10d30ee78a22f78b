import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { startApp } from './support/app';
import { FakeTelegramServer } from './fakes/fake-telegram.server';

/**
 * The Telegram channel end to end: the real app in webhook mode, the real grammY bot, and a fake
 * Bot API server on loopback speaking Telegram's protocol.
 */
const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const SECRET = 'test-webhook-secret-0123456789';

describe('Telegram webhook', () => {
  let fake: FakeTelegramServer;
  let app: NestFastifyApplication;
  let webhookUrl: string;
  let chat = 700_000;
  const nextChat = () => ++chat;

  beforeAll(async () => {
    fake = await FakeTelegramServer.start({ token: TOKEN });
    let baseUrl: string;
    ({ app, baseUrl } = await startApp({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_MODE: 'webhook',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_WEBHOOK_URL: 'https://chatbot.example.gov.vn/webhooks/telegram',
      TELEGRAM_API_ROOT: fake.apiRoot,
    }));
    webhookUrl = `${baseUrl}/webhooks/telegram`;
  });
  afterAll(async () => {
    await app?.close();
    await fake?.stop();
  });

  const deliver = (
    update: Parameters<FakeTelegramServer['deliver']>[0],
    secretToken: string | null = SECRET,
  ) => fake.deliver(update, { url: webhookUrl, secretToken });

  it('registers the webhook with its secret and the Vietnamese commands at start', () => {
    expect(fake.webhook).toMatchObject({
      url: 'https://chatbot.example.gov.vn/webhooks/telegram',
      secretToken: SECRET,
    });
    expect(fake.commands.map((c) => c.command)).toEqual(['start', 'help', 'tracuu', 'huy']);
  });

  it('answers "lam lai cccd bi mat o dau" about the ID card, in HTML', async () => {
    const chatId = nextChat();
    const res = await deliver(fake.textUpdate(chatId, 'lam lai cccd bi mat o dau'));
    expect(res.status).toBe(200);
    const [sent] = await fake.waitForSent(chatId);
    expect(sent.parse_mode).toBe('HTML');
    expect(sent.text.toLowerCase()).toContain('căn cước');
  });

  it('refuses a wrong or missing secret with 401 and sends nothing', async () => {
    const chatId = nextChat();
    expect((await deliver(fake.textUpdate(chatId, 'xin chào'), 'wrong-secret-wrong-secret')).status).toBe(
      401,
    );
    expect((await deliver(fake.textUpdate(chatId, 'xin chào'), null)).status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.sent(chatId)).toHaveLength(0);
    const stored = await app
      .get(DataSource)
      .query(
        "SELECT count(*)::int AS n FROM inbound_event WHERE channel = 'telegram' AND payload->'message'->'chat'->>'id' = $1",
        [String(chatId)],
      );
    expect(stored[0].n).toBe(0);
  });

  it('answers the same update_id once', async () => {
    const chatId = nextChat();
    const update = fake.textUpdate(chatId, 'đăng ký kết hôn');
    const [a, b] = await Promise.all([deliver(update), deliver(update)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await fake.waitForSent(chatId);
    expect((await deliver(update)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(fake.sent(chatId)).toHaveLength(1);
  });

  it('offers buttons for a vague question; a tap is acknowledged and answered', async () => {
    const chatId = nextChat();
    await deliver(fake.textUpdate(chatId, 'giấy phép'));
    const [choice] = await fake.waitForSent(chatId);
    const keyboard = (choice.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] })
      .inline_keyboard;
    expect(keyboard.length).toBeGreaterThanOrEqual(3);
    for (const row of keyboard) expect(Buffer.byteLength(row[0].callback_data)).toBeLessThanOrEqual(64);

    const tap = fake.callbackUpdate(chatId, keyboard[0][0].callback_data);
    await deliver(tap);
    await fake.waitFor(
      (c) =>
        c.method === 'answerCallbackQuery' &&
        (c.body as { callback_query_id?: string }).callback_query_id === tap.callback_query?.id,
    );
    const sent = await fake.waitForSent(chatId, 2);
    expect(sent[1].text).toContain('Cấp thực hiện');
  });

  it('answers the commands in Vietnamese', async () => {
    const chatId = nextChat();
    await deliver(fake.textUpdate(chatId, '/start'));
    expect((await fake.waitForSent(chatId, 1))[0].text).toContain('Xin chào');
    await deliver(fake.textUpdate(chatId, '/tracuu 000.00.12.h41-250312-0007'));
    expect((await fake.waitForSent(chatId, 2))[1].text).toContain('000.00.12.H41-250312-0007');
    await deliver(fake.textUpdate(chatId, '/help'));
    expect((await fake.waitForSent(chatId, 3))[2].text).toContain('Tra cứu hồ sơ');
    await deliver(fake.textUpdate(chatId, '/huy'));
    expect((await fake.waitForSent(chatId, 4))[3].text).toContain('dừng');
  });

  it('tells a photo or a sticker that it reads text', async () => {
    const chatId = nextChat();
    await deliver(fake.photoUpdate(chatId));
    expect((await fake.waitForSent(chatId))[0].text).toContain('tin nhắn chữ');
  });

  it('retries after a 429 with retry_after', async () => {
    const chatId = nextChat();
    fake.failNext('sendMessage', { status: 429, retryAfter: 1 });
    await deliver(fake.textUpdate(chatId, 'xin chào'));
    const [sent] = await fake.waitForSent(chatId, 1, 10_000);
    expect(sent.text).toContain('Xin chào');
  });

  it('survives an API error: the update is marked failed and the next one is answered', async () => {
    const chatId = nextChat();
    fake.failNext('sendMessage', { status: 400, description: 'Bad Request: chat not found' });
    const failed = fake.textUpdate(chatId, 'xin chào');
    await deliver(failed);
    const db = app.get(DataSource);
    for (let i = 0; i < 50; i++) {
      const rows = await db.query(
        "SELECT status FROM inbound_event WHERE channel = 'telegram' AND event_key = $1",
        [String(failed.update_id)],
      );
      if (rows[0]?.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(
      (
        await db.query(
          "SELECT status, last_error FROM inbound_event WHERE channel = 'telegram' AND event_key = $1",
          [String(failed.update_id)],
        )
      )[0],
    ).toMatchObject({ status: 'failed' });
    await deliver(fake.textUpdate(chatId, 'cảm ơn'));
    expect((await fake.waitForSent(chatId))[0].text).toContain('Không có gì');
  });
});
