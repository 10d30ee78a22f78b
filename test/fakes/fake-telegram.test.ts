import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  FakeTelegramServer,
  type SendMessageBody,
  type TelegramResponse,
  type TgMessage,
  type TgUpdate,
} from './fake-telegram.server';

const CHAT = 424242;

interface ApiAnswer {
  status: number;
  json: TelegramResponse;
}

/** The ok:true result of an answer, typed by the caller. */
function resultOf<T>(answer: ApiAnswer): T {
  if (!answer.json.ok) throw new Error(`expected ok, got ${JSON.stringify(answer.json)}`);
  return answer.json.result as T;
}

/** Exactly `bytes` UTF-8 bytes of a Vietnamese phrase (padded with ASCII if a letter would overshoot). */
function vietnameseBytes(bytes: number): string {
  const phrase = 'thu-tuc:Đăng ký khai sinh cho trẻ em ở Ủy ban nhân dân xã, phường, thị trấn nơi cư trú';
  let out = '';
  for (const char of phrase) {
    if (Buffer.byteLength(out + char) > bytes) break;
    out += char;
  }
  return out.padEnd(out.length + bytes - Buffer.byteLength(out), '_');
}

async function eventually(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function close(server: Server): Promise<void> {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

describe('FakeTelegramServer over plain HTTP', () => {
  let fake: FakeTelegramServer;

  const api = async (method: string, body: unknown = {}, token = fake.token): Promise<ApiAnswer> => {
    const res = await fetch(`${fake.apiRoot}/bot${token}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as TelegramResponse };
  };

  beforeEach(async () => {
    fake = await FakeTelegramServer.start({ token: '123456:TEST-token' });
  });
  afterEach(async () => fake.stop());

  it('listens on loopback and answers getMe with the bot user', async () => {
    expect(fake.apiRoot).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const answer = await api('getMe');
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      ok: true,
      result: {
        id: 123456,
        is_bot: true,
        first_name: 'Trợ lý TTHC',
        username: 'tthc_test_bot',
        can_join_groups: true,
        can_read_all_group_messages: false,
        supports_inline_queries: false,
      },
    });
    expect(fake.calls).toEqual([
      expect.objectContaining({ method: 'getMe', body: {}, status: 200, viaWebhookReply: false }),
    ]);
  });

  it('accepts sendMessage with HTML and an inline keyboard, and returns the Message', async () => {
    const keyboard = {
      inline_keyboard: [
        [{ text: 'Giấy tờ cần chuẩn bị', callback_data: 'docs:khai-sinh' }],
        [{ text: 'Cổng Dịch vụ công', url: 'https://dichvucong.gov.vn' }],
      ],
    };
    const first = await api('sendMessage', {
      chat_id: CHAT,
      text: '<b>Đăng ký khai sinh</b>\nLệ phí: Miễn phí &amp; không cần hẹn',
      parse_mode: 'HTML',
      reply_markup: keyboard,
    });
    const message = resultOf<TgMessage>(first);
    expect(message).toEqual({
      message_id: 1,
      from: { id: 123456, is_bot: true, first_name: 'Trợ lý TTHC', username: 'tthc_test_bot' },
      chat: { id: CHAT, type: 'private', first_name: 'An', last_name: 'Nguyễn' },
      date: expect.any(Number),
      text: 'Đăng ký khai sinh\nLệ phí: Miễn phí & không cần hẹn',
      entities: [{ type: 'bold', offset: 0, length: 17 }],
      reply_markup: keyboard,
    });
    const second = resultOf<TgMessage>(
      await api('sendMessage', { chat_id: String(CHAT), text: 'Bạn cần gì thêm?' }),
    );
    expect(second.message_id).toBe(2);

    expect(fake.sent(CHAT).map((body: SendMessageBody) => body.text)).toEqual([
      '<b>Đăng ký khai sinh</b>\nLệ phí: Miễn phí &amp; không cần hẹn',
      'Bạn cần gì thêm?',
    ]);
    expect(fake.messages(CHAT).map((m) => m.text)).toEqual([message.text, 'Bạn cần gì thêm?']);
    expect(fake.sent(999)).toEqual([]);
  });

  it('limits callback_data to 64 UTF-8 bytes, not characters', async () => {
    const fits = vietnameseBytes(64);
    const tooLong = vietnameseBytes(65);
    expect(Buffer.byteLength(fits)).toBe(64);
    expect(Buffer.byteLength(tooLong)).toBe(65);
    expect(tooLong.length).toBeLessThan(64); // fine by a character count, too long for Telegram

    const send = (data: string) =>
      api('sendMessage', {
        chat_id: CHAT,
        text: 'Chọn thủ tục',
        reply_markup: { inline_keyboard: [[{ text: 'Khai sinh', callback_data: data }]] },
      });
    expect((await send(fits)).status).toBe(200);
    expect(await send(tooLong)).toEqual({
      status: 400,
      json: { ok: false, error_code: 400, description: 'Bad Request: BUTTON_DATA_INVALID' },
    });
    expect((await send('')).json).toMatchObject({ description: 'Bad Request: BUTTON_DATA_INVALID' });
    expect(fake.sent(CHAT)).toHaveLength(1);
  });

  it('rejects buttons and keyboards Telegram rejects', async () => {
    const send = (reply_markup: unknown) => api('sendMessage', { chat_id: CHAT, text: 'x', reply_markup });
    expect((await send({ inline_keyboard: [[{ text: 'Chỉ có chữ' }]] })).json).toMatchObject({
      description:
        "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    });
    expect((await send({ inline_keyboard: [{ text: 'a', callback_data: 'a' }] })).status).toBe(400);
    expect((await send({ inline_keyboard: [[{ text: 'Web', url: 'not a url' }]] })).json).toMatchObject({
      description: "Bad Request: inline keyboard button URL 'not a url' is invalid: Wrong HTTP URL",
    });
  });

  it('validates message text: HTML, emptiness and the 4096-character limit', async () => {
    const send = (text: string, parse_mode?: string) =>
      api('sendMessage', { chat_id: CHAT, text, parse_mode });
    expect(await send('<b>Hồ sơ của bạn</i>', 'HTML')).toEqual({
      status: 400,
      json: {
        ok: false,
        error_code: 400,
        description:
          'Bad Request: can\'t parse entities: Unmatched end tag at byte offset 23, expected "</b>", found "</i>"',
      },
    });
    expect((await send('Hồ sơ <số 7> đã nhận', 'HTML')).json).toMatchObject({
      description: 'Bad Request: can\'t parse entities: Unsupported start tag "số" at byte offset 9',
    });
    expect((await send('Hỏi & đáp', 'HTML')).json).toMatchObject({
      description: expect.stringMatching(/^Bad Request: can't parse entities: Unescaped "&"/),
    });
    expect((await send('Hỏi & đáp <không> phải HTML')).status).toBe(200); // no parse_mode: plain text
    expect((await send('   ')).json).toMatchObject({ description: 'Bad Request: message text is empty' });
    expect((await send('<b></b>', 'HTML')).json).toMatchObject({
      description: 'Bad Request: message text is empty',
    });
    expect((await send('ư'.repeat(4096))).status).toBe(200);
    expect((await send('ư'.repeat(4097))).json).toMatchObject({
      description: 'Bad Request: message is too long',
    });
    expect((await send(`<b>${'a'.repeat(4096)}</b>`, 'HTML')).status).toBe(200); // counted after parsing
    expect((await api('sendMessage', { text: 'x' })).json).toMatchObject({
      description: 'Bad Request: chat_id is empty',
    });
  });

  it('injects a 429 with retry_after for the next call only', async () => {
    fake.failNext('sendMessage', { status: 429, retryAfter: 1 });
    const limited = await api('sendMessage', { chat_id: CHAT, text: 'Xin chào' });
    expect(limited).toEqual({
      status: 429,
      json: {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests: retry after 1',
        parameters: { retry_after: 1 },
      },
    });
    expect((await api('sendMessage', { chat_id: CHAT, text: 'Xin chào' })).status).toBe(200);
    expect(fake.callsTo('sendMessage').map((call) => call.status)).toEqual([429, 200]);
    expect(fake.sent(CHAT)).toHaveLength(1);

    fake.failNext('getMe', { status: 500 });
    fake.failNext('getMe', { status: 400, description: 'Bad Request: chat not found' });
    expect((await api('getMe')).json).toEqual({
      ok: false,
      error_code: 500,
      description: 'Internal Server Error',
    });
    expect((await api('getMe')).json).toMatchObject({
      error_code: 400,
      description: 'Bad Request: chat not found',
    });
    expect((await api('getMe')).status).toBe(200);
  });

  it('answers 401 for a wrong token and 404 for an unknown method', async () => {
    expect(await api('getMe', {}, '123456:WRONG')).toEqual({
      status: 401,
      json: { ok: false, error_code: 401, description: 'Unauthorized' },
    });
    expect(await api('sendPigeon')).toEqual({
      status: 404,
      json: { ok: false, error_code: 404, description: 'Not Found' },
    });
    expect((await api('getme')).status).toBe(200); // method names are case-insensitive
    expect(fake.calls.map((call) => [call.method, call.status])).toEqual([
      ['getMe', 401],
      ['sendPigeon', 404],
      ['getMe', 200],
    ]);
  });

  it('stores the webhook and refuses getUpdates while it is set, like Telegram', async () => {
    const set = await api('setWebhook', {
      url: 'https://bot.example.vn/telegram/webhook',
      secret_token: 'bi-mat_123',
      allowed_updates: ['message', 'callback_query'],
      drop_pending_updates: true,
    });
    expect(set.json).toEqual({ ok: true, result: true, description: 'Webhook was set' });
    expect(fake.webhook).toEqual({
      url: 'https://bot.example.vn/telegram/webhook',
      secretToken: 'bi-mat_123',
      allowedUpdates: ['message', 'callback_query'],
      maxConnections: 40,
    });
    expect(resultOf(await api('getWebhookInfo'))).toMatchObject({
      url: 'https://bot.example.vn/telegram/webhook',
      pending_update_count: 0,
      allowed_updates: ['message', 'callback_query'],
    });
    expect(await api('getUpdates')).toEqual({
      status: 409,
      json: {
        ok: false,
        error_code: 409,
        description:
          "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      },
    });
    expect(
      (await api('setWebhook', { url: 'https://x.vn/h', secret_token: 'không hợp lệ' })).json,
    ).toMatchObject({
      description: 'Bad Request: secret token contains unallowed characters',
    });

    expect((await api('deleteWebhook')).json).toEqual({
      ok: true,
      result: true,
      description: 'Webhook was deleted',
    });
    expect(fake.webhook).toBeNull();
    expect(await api('getUpdates')).toEqual({ status: 200, json: { ok: true, result: [] } });
  });

  it('validates and stores bot commands', async () => {
    const commands = [
      { command: 'start', description: 'Bắt đầu trò chuyện' },
      { command: 'tracuu', description: 'Tra cứu hồ sơ theo mã' },
    ];
    expect((await api('setMyCommands', { commands })).json).toEqual({ ok: true, result: true });
    expect(fake.commands).toEqual(commands);
    expect(resultOf(await api('getMyCommands'))).toEqual(commands);
    expect(resultOf(await api('getMyCommands', { language_code: 'en' }))).toEqual([]);

    const bad = async (command: string, description = 'Mô tả') =>
      (await api('setMyCommands', { commands: [{ command, description }] })).json;
    expect(await bad('TraCuu')).toMatchObject({ description: 'Bad Request: BOT_COMMAND_INVALID' });
    expect(await bad('/start')).toMatchObject({ description: 'Bad Request: BOT_COMMAND_INVALID' });
    expect(await bad('tra-cuu')).toMatchObject({ description: 'Bad Request: BOT_COMMAND_INVALID' });
    expect(await bad('a'.repeat(33))).toMatchObject({ description: 'Bad Request: BOT_COMMAND_INVALID' });
    expect(await bad('help', '')).toMatchObject({
      description: 'Bad Request: command description must be non-empty',
    });
    expect(await bad('help', 'x'.repeat(257))).toMatchObject({ error_code: 400 });
    expect(fake.commands).toEqual(commands);
  });

  it('long polling returns an update enqueued while waiting, and confirms by offset', async () => {
    const started = Date.now();
    const polling = api('getUpdates', { timeout: 30 });
    await eventually(() =>
      fake.calls.some((call) => call.method === 'getUpdates' && call.status === undefined),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const update = fake.textUpdate(CHAT, '/tracuu 000.00.12.H41-250312-0007');
    fake.enqueue(update);
    const first = resultOf<TgUpdate[]>(await polling);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(first).toEqual([update]);
    expect(first[0].message).toMatchObject({
      message_id: 1,
      chat: { id: CHAT, type: 'private', first_name: 'An' },
      from: { id: CHAT, is_bot: false, first_name: 'An', language_code: 'vi' },
      text: '/tracuu 000.00.12.H41-250312-0007',
      entities: [{ type: 'bot_command', offset: 0, length: 7 }],
    });

    // Not confirmed yet: offset 0 returns it again; offset = update_id + 1 confirms it.
    expect(resultOf<TgUpdate[]>(await api('getUpdates'))).toHaveLength(1);
    const next = fake.textUpdate(CHAT, 'cảm ơn');
    fake.enqueue(next);
    const afterConfirm = resultOf<TgUpdate[]>(await api('getUpdates', { offset: update.update_id + 1 }));
    expect(afterConfirm).toEqual([next]);
    expect(next.update_id).toBe(update.update_id + 1);
    expect(resultOf<TgUpdate[]>(await api('getUpdates', { offset: next.update_id + 1 }))).toEqual([]);
    expect(resultOf<TgUpdate[]>(await api('getUpdates'))).toEqual([]);

    // limit, and the cap on timeout (maxPollTimeoutMs, 2 s by default).
    fake.enqueue(fake.textUpdate(CHAT, 'một'), fake.textUpdate(CHAT, 'hai'));
    expect(resultOf<TgUpdate[]>(await api('getUpdates', { limit: 1 })).map((u) => u.message?.text)).toEqual([
      'một',
    ]);
    const waitedFrom = Date.now();
    expect(resultOf<TgUpdate[]>(await api('getUpdates', { offset: -1 }))).toHaveLength(1);
    expect(resultOf<TgUpdate[]>(await api('getUpdates', { offset: 10 ** 12, timeout: 50 }))).toEqual([]);
    expect(Date.now() - waitedFrom).toBeLessThan(3000);
  });

  it('ends a waiting long poll with 409 when another getUpdates comes in', async () => {
    const first = api('getUpdates', { timeout: 30 });
    await eventually(() => fake.calls.length === 1);
    const second = api('getUpdates', { timeout: 0 });
    expect((await first).json).toMatchObject({
      error_code: 409,
      description:
        'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
    });
    expect((await second).status).toBe(200);
  });

  it('builds callback and media updates with real shapes, and checks answerCallbackQuery ids', async () => {
    const sent = resultOf<TgMessage>(
      await api('sendMessage', {
        chat_id: CHAT,
        text: 'Chọn thủ tục',
        reply_markup: { inline_keyboard: [[{ text: 'Khai sinh', callback_data: 'procedure:khai-sinh' }]] },
      }),
    );
    const tap = fake.callbackUpdate(CHAT, 'procedure:khai-sinh');
    expect(tap.callback_query).toEqual({
      id: expect.stringMatching(/^\d+$/),
      from: expect.objectContaining({ id: CHAT, is_bot: false }),
      message: sent,
      chat_instance: expect.any(String),
      data: 'procedure:khai-sinh',
    });
    const id = tap.callback_query?.id;
    expect((await api('answerCallbackQuery', { callback_query_id: id, text: 'Đã chọn' })).status).toBe(200);
    expect((await api('answerCallbackQuery', { callback_query_id: id })).json).toMatchObject({
      description: 'Bad Request: query is too old and response timeout expired or query ID is invalid',
    });

    // Editing: the keyboard can be removed once; the same edit again is "not modified".
    const edit = { chat_id: CHAT, message_id: sent.message_id };
    const edited = resultOf<TgMessage>(await api('editMessageReplyMarkup', edit));
    expect(edited.reply_markup).toBeUndefined();
    expect((await api('editMessageReplyMarkup', edit)).json).toMatchObject({
      description: expect.stringMatching(/^Bad Request: message is not modified/),
    });
    expect((await api('editMessageReplyMarkup', { chat_id: CHAT, message_id: 999 })).json).toMatchObject({
      description: 'Bad Request: message to edit not found',
    });

    const stale = fake.callbackUpdate(CHAT + 1, 'procedure:ket-hon');
    expect(stale.callback_query?.message).toMatchObject({ from: { is_bot: true }, chat: { id: CHAT + 1 } });

    const photo = fake.photoUpdate(CHAT, { caption: 'CCCD mặt trước' }).message;
    expect(photo?.photo).toHaveLength(3);
    expect(photo?.photo?.[0]).toEqual({
      file_id: expect.any(String),
      file_unique_id: expect.any(String),
      width: 90,
      height: 67,
      file_size: expect.any(Number),
    });
    expect(photo?.caption).toBe('CCCD mặt trước');
    expect(fake.stickerUpdate(CHAT).message?.sticker).toMatchObject({ type: 'regular', emoji: '👍' });
    expect(fake.voiceUpdate(CHAT, { duration: 7 }).message?.voice).toMatchObject({ duration: 7 });
    expect(fake.locationUpdate(CHAT).message?.location).toEqual({
      latitude: 21.028511,
      longitude: 105.835596,
    });
    expect(fake.textUpdate(CHAT, 'xin chào').message?.entities).toBeUndefined();
  });

  it('delivers an update to a webhook with the secret header and runs a webhook reply', async () => {
    const received: Array<{ headers: IncomingMessage['headers']; body: string }> = [];
    const bot = createServer((req: IncomingMessage, res: ServerResponse) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        if (req.headers['x-telegram-bot-api-secret-token'] !== 'bi-mat_123') {
          res.writeHead(401).end('secret token is wrong');
          return;
        }
        const update = JSON.parse(body) as TgUpdate;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ method: 'sendMessage', chat_id: update.message?.chat.id, text: 'Đã nhận' }));
      });
    });
    const url = `${await listen(bot)}/telegram/webhook`;
    try {
      await api('setWebhook', { url, secret_token: 'bi-mat_123' });
      const update = fake.textUpdate(CHAT, 'Tôi muốn làm giấy khai sinh');
      const delivered = await fake.deliver(update);
      expect(delivered.status).toBe(200);
      expect(received[0].headers['x-telegram-bot-api-secret-token']).toBe('bi-mat_123');
      expect(received[0].headers['content-type']).toBe('application/json');
      expect(JSON.parse(received[0].body)).toEqual(update);
      const reply = await fake.waitFor('sendMessage');
      expect(reply).toMatchObject({
        viaWebhookReply: true,
        status: 200,
        body: { chat_id: CHAT, text: 'Đã nhận' },
      });
      expect(fake.sent(CHAT)).toHaveLength(1);

      expect((await fake.deliver(update, { secretToken: 'sai' })).status).toBe(401);
      expect((await fake.deliver(update, { secretToken: null })).status).toBe(401);
      expect(received[2].headers['x-telegram-bot-api-secret-token']).toBeUndefined();
    } finally {
      await close(bot);
    }
  });

  it('times out waitFor with the calls it saw', async () => {
    await api('getMe');
    await expect(fake.waitFor('sendMessage', 100)).rejects.toThrow(
      /Timed out after 100 ms waiting for a sendMessage call; calls seen \(1\):\n {2}1\. getMe → 200 \{\}/,
    );
    await expect(fake.waitForSent(CHAT, 1, 50)).rejects.toThrow(/waiting for 1 accepted sendMessage/);
  });

  it('answers 403 for a chat whose user blocked the bot', async () => {
    fake.blockChat(CHAT);
    expect((await api('sendMessage', { chat_id: CHAT, text: 'Nhắc hẹn' })).json).toEqual({
      ok: false,
      error_code: 403,
      description: 'Forbidden: bot was blocked by the user',
    });
    fake.unblockChat(CHAT);
    expect((await api('sendMessage', { chat_id: CHAT, text: 'Nhắc hẹn' })).status).toBe(200);
  });
});

/* ---------------- the real grammY client, when the package is installed ---------------- */

interface GrammyContext {
  chat?: { id: number };
  message?: { text?: string };
  callbackQuery?: { data?: string };
  reply(text: string, other?: Record<string, unknown>): Promise<unknown>;
  answerCallbackQuery(other?: Record<string, unknown>): Promise<unknown>;
}
type GrammyHandler = (ctx: GrammyContext) => unknown;
interface GrammyBot {
  command(name: string, handler: GrammyHandler): void;
  on(filter: string, handler: GrammyHandler): void;
  catch(handler: (error: unknown) => void): void;
  init(): Promise<void>;
  start(options?: { timeout?: number; drop_pending_updates?: boolean }): Promise<void>;
  stop(): Promise<void>;
  api: { setWebhook(url: string, other?: Record<string, unknown>): Promise<true> };
}
interface GrammyModule {
  Bot: new (token: string, config: { client: { apiRoot: string } }) => GrammyBot;
  webhookCallback(
    bot: GrammyBot,
    adapter: 'http',
    options: { secretToken: string },
  ): (req: IncomingMessage, res: ServerResponse) => void;
}

function grammyInstalled(): boolean {
  try {
    require.resolve('grammy');
    return true;
  } catch {
    return false;
  }
}

(grammyInstalled() ? describe : describe.skip)('FakeTelegramServer with a real grammY bot', () => {
  let fake: FakeTelegramServer;
  let grammy: GrammyModule;

  beforeAll(async () => {
    const name = 'grammy';
    grammy = (await import(name)) as GrammyModule;
  });
  beforeEach(async () => {
    fake = await FakeTelegramServer.start({ maxPollTimeoutMs: 500 });
  });
  afterEach(async () => fake.stop());

  const newBot = () => {
    const bot = new grammy.Bot(fake.token, { client: { apiRoot: fake.apiRoot } });
    bot.catch((error) => console.error('grammY error in test bot', error));
    return bot;
  };

  it('long-polls, answers a command with a keyboard and handles the button tap', async () => {
    const bot = newBot();
    bot.command('start', (ctx) =>
      ctx.reply('<b>Xin chào!</b> Tôi là trợ lý thủ tục hành chính.', {
        parse_mode: 'HTML',
        reply_markup: { inline_keyboard: [[{ text: 'Khai sinh', callback_data: 'procedure:khai-sinh' }]] },
      }),
    );
    bot.on('callback_query:data', async (ctx) => {
      await ctx.answerCallbackQuery({ text: 'Đã chọn' });
      await ctx.reply(`Bạn đã chọn ${ctx.callbackQuery?.data}`);
    });
    const running = bot.start({ timeout: 30 });
    try {
      fake.enqueue(fake.textUpdate(CHAT, '/start'));
      const [greeting] = await fake.waitForSent(CHAT, 1);
      expect(greeting).toMatchObject({ chat_id: CHAT, parse_mode: 'HTML' });
      expect(fake.messages(CHAT)[0].text).toBe('Xin chào! Tôi là trợ lý thủ tục hành chính.');

      fake.enqueue(fake.callbackUpdate(CHAT, 'procedure:khai-sinh'));
      const replies = await fake.waitForSent(CHAT, 2);
      expect(replies[1].text).toBe('Bạn đã chọn procedure:khai-sinh');
      expect(fake.callsTo('answerCallbackQuery')[0]).toMatchObject({
        status: 200,
        body: { text: 'Đã chọn' },
      });
      expect(fake.callsTo('getMe')).toHaveLength(1);
      expect(fake.callsTo('deleteWebhook')).toHaveLength(1);
    } finally {
      await bot.stop();
      await running;
    }
  });

  it('receives updates through webhookCallback with the secret token', async () => {
    const bot = newBot();
    bot.on('message:text', (ctx) => ctx.reply(`Đã nhận: ${ctx.message?.text}`));
    const server = createServer(grammy.webhookCallback(bot, 'http', { secretToken: 'bi-mat_123' }));
    const url = `${await listen(server)}/telegram`;
    try {
      await bot.api.setWebhook(url, { secret_token: 'bi-mat_123' });
      expect(fake.webhook).toMatchObject({ url, secretToken: 'bi-mat_123' });
      const update = fake.textUpdate(CHAT, 'xin chào');
      expect((await fake.deliver(update)).status).toBe(200);
      expect(fake.sent(CHAT).map((body) => body.text)).toEqual(['Đã nhận: xin chào']);
      expect((await fake.deliver(update, { secretToken: 'sai' })).status).toBe(401);
    } finally {
      await close(server);
    }
  });
});
