import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { startApp } from './support/app';
import { FakeTelegramServer } from './fakes/fake-telegram.server';

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';

describe('Telegram long polling (development mode)', () => {
  let fake: FakeTelegramServer;
  let app: NestFastifyApplication | undefined;

  beforeAll(async () => {
    fake = await FakeTelegramServer.start({ token: TOKEN, maxPollTimeoutMs: 300 });
  });
  afterAll(async () => {
    await app?.close();
    await fake?.stop();
  });

  it('deletes any webhook, polls, and answers each update once', async () => {
    ({ app } = await startApp({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_MODE: 'polling',
      TELEGRAM_API_ROOT: fake.apiRoot,
    }));
    await fake.waitFor('deleteWebhook');
    const update = fake.textUpdate(810_001, 'thủ tục đăng ký khai sinh');
    fake.enqueue(update);
    const [sent] = await fake.waitForSent(810_001, 1, 10_000);
    expect(sent.text).toContain('đăng ký khai sinh');
    expect(fake.callsTo('getUpdates').length).toBeGreaterThan(0);
    await app.close();
    app = undefined;
  });

  it('handles at the next start an update a crash left unfinished', async () => {
    const db = (
      await startApp({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_MODE: 'polling', TELEGRAM_API_ROOT: fake.apiRoot })
    ).app;
    const update = fake.textUpdate(810_002, 'xin chào');
    // As if the process died after storing the update and before answering it.
    await db
      .get(DataSource)
      .query(
        "INSERT INTO inbound_event (channel, event_key, payload, status, received_at) VALUES ('telegram', $1, $2, 'processing', now() - interval '5 minutes')",
        [String(update.update_id), JSON.stringify(update)],
      );
    await db.close();
    ({ app } = await startApp({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_MODE: 'webhook',
      TELEGRAM_WEBHOOK_SECRET: 'another-secret-0123456789',
      TELEGRAM_API_ROOT: fake.apiRoot,
    }));
    const [sent] = await fake.waitForSent(810_002, 1, 10_000);
    expect(sent.text).toContain('Xin chào');
  });
});
