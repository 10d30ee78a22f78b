/**
 * A fake Telegram Bot API server on loopback for end-to-end tests: a real grammY `Bot` built with
 * `{ client: { apiRoot: fake.apiRoot } }` (or plain fetch) talks to it over HTTP as it would to
 * api.telegram.org. See test/fakes/README.md.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  badRequest,
  injectedError,
  notFound,
  TelegramApiError,
  unauthorized,
  type InjectedFailure,
} from './api-error';
import { ChatRegistry, type UserOptions } from './chat-registry';
import { Described, FakeBotApi, type MethodHandler } from './fake-telegram.methods';
import { isObject, normalizeBody } from './request-validation';
import type {
  SendMessageBody,
  TelegramBody,
  TelegramCall,
  TelegramResponse,
  TgBotCommand,
  TgBotUser,
  TgMessage,
  TgUpdate,
} from './telegram.types';
import { UpdateFactory, type LocationOptions, type PhotoOptions, type VoiceOptions } from './update-factory';
import { UpdateQueue } from './update-queue';

/**
 * How long a test waits for the product to call the fake. A passing wait returns at once; the limit
 * only bounds a failure, so it is generous for a busy 2-core CI machine.
 */
const WAIT_MS = 15_000;

export { TelegramApiError, type InjectedFailure } from './api-error';
export type { UserOptions } from './chat-registry';
export type { MethodHandler } from './fake-telegram.methods';
export type { LocationOptions, PhotoOptions, VoiceOptions } from './update-factory';
export * from './telegram.types';

export interface FakeTelegramOptions {
  /** The bot token; its numeric part is the bot's user id. Default '123456:TEST-token'. */
  token?: string;
  botUsername?: string;
  botFirstName?: string;
  /** Longest a getUpdates long poll waits, whatever `timeout` asks (default 2000 ms). */
  maxPollTimeoutMs?: number;
  /** update_id of the first update built; random by default (unique across fakes sharing a database). */
  firstUpdateId?: number;
  /** Reject unescaped & and > in HTML too (default true); see html-entities.util.ts. */
  strictHtml?: boolean;
}

export interface DeliverOptions {
  /** Header X-Telegram-Bot-Api-Secret-Token: the webhook's secret_token when undefined, none when null. */
  secretToken?: string | null;
  /** Where to POST; the registered webhook URL by default. */
  url?: string;
}

export interface Delivery {
  status: number;
  body: string;
}

type CallMatcher = string | ((call: TelegramCall) => boolean);

const DEFAULT_TOKEN = '123456:TEST-token';
const SECRET_HEADER = 'X-Telegram-Bot-Api-Secret-Token';

export class FakeTelegramServer {
  /** Every request to the Bot API, in arrival order, including rejected ones. */
  readonly calls: TelegramCall[] = [];
  readonly bot: TgBotUser;
  private readonly chats: ChatRegistry;
  private readonly updates: UpdateFactory;
  private readonly queue = new UpdateQueue();
  private readonly api: FakeBotApi;
  private readonly failures = new Map<string, InjectedFailure[]>();
  private readonly inFlight = new Set<AbortController>();
  private readonly server: Server;
  private origin = '';

  private constructor(
    readonly token: string,
    options: FakeTelegramOptions,
  ) {
    const id = Number(/^(\d+):/.exec(token)?.[1] ?? 123456);
    this.bot = {
      id,
      is_bot: true,
      first_name: options.botFirstName ?? 'Trợ lý TTHC',
      username: options.botUsername ?? 'tthc_test_bot',
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
    };
    this.chats = new ChatRegistry(this.bot);
    this.updates = new UpdateFactory(this.chats, options.firstUpdateId);
    this.api = new FakeBotApi({
      bot: this.bot,
      chats: this.chats,
      updates: this.updates,
      queue: this.queue,
      strictHtml: options.strictHtml ?? true,
      maxPollMs: options.maxPollTimeoutMs ?? 2000,
    });
    this.server = createServer((req, res) => void this.onRequest(req, res));
  }

  static async start(options: FakeTelegramOptions = {}): Promise<FakeTelegramServer> {
    const fake = new FakeTelegramServer(options.token ?? DEFAULT_TOKEN, options);
    await new Promise<void>((resolve, reject) => {
      fake.server.once('error', reject);
      fake.server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = fake.server.address() as AddressInfo;
    fake.origin = `http://127.0.0.1:${port}`;
    return fake;
  }

  /** grammY's `client.apiRoot`; requests go to `${apiRoot}/bot<token>/<method>`. */
  get apiRoot(): string {
    return this.origin;
  }

  /** The registered webhook, or null (never set, deleted, or set with an empty url). */
  get webhook(): {
    url: string;
    secretToken: string | undefined;
    allowedUpdates: string[] | undefined;
    maxConnections: number;
  } | null {
    return this.api.webhook ? { ...this.api.webhook } : null;
  }

  /** The list of the last successful setMyCommands, whatever its scope. */
  get commands(): TgBotCommand[] {
    return this.api.lastCommands.map((command) => ({ ...command }));
  }

  callsTo(method: string): TelegramCall[] {
    const wanted = method.toLowerCase();
    return this.calls.filter((call) => call.method.toLowerCase() === wanted);
  }

  /** Accepted sendMessage bodies to the chat, in order (rejected attempts are only in `calls`). */
  sent(chatId: number | string): SendMessageBody[] {
    return this.callsTo('sendMessage')
      .filter((call) => call.status === 200 && String(call.body.chat_id) === String(chatId))
      .map((call) => call.body as SendMessageBody);
  }

  /** The bot's messages in the chat as Telegram stores them: HTML parsed to text + entities, edits applied. */
  messages(chatId: number): TgMessage[] {
    return this.chats.botMessages(chatId).map((message) => structuredClone(message));
  }

  /** Resolves with the first answered call (already made or coming) that matches a method name or predicate. */
  async waitFor(match: CallMatcher, timeoutMs = WAIT_MS): Promise<TelegramCall> {
    const matches =
      typeof match === 'string'
        ? (call: TelegramCall) => call.method.toLowerCase() === match.toLowerCase()
        : match;
    const wanted =
      typeof match === 'string' ? `a ${match} call` : `a call matching ${match.name || 'the predicate'}`;
    return this.until(
      () => this.calls.find((call) => call.status !== undefined && matches(call)),
      timeoutMs,
      wanted,
    );
  }

  /** Resolves with all accepted sendMessage bodies to the chat once there are at least `count`. */
  async waitForSent(chatId: number | string, count = 1, timeoutMs = WAIT_MS): Promise<SendMessageBody[]> {
    const wanted = `${count} accepted sendMessage call(s) to chat ${chatId}`;
    return this.until(
      () => (this.sent(chatId).length >= count ? this.sent(chatId) : undefined),
      timeoutMs,
      wanted,
    );
  }

  /** Makes the next call of `method` fail; several calls queue up, one failure per call. */
  failNext(method: string, failure: InjectedFailure): void {
    const key = method.toLowerCase();
    this.failures.set(key, [...(this.failures.get(key) ?? []), failure]);
  }

  /** The user of that chat blocked the bot: sending to it answers 403 until unblockChat. */
  blockChat(chatId: number): void {
    this.api.blockedChats.add(chatId);
  }

  unblockChat(chatId: number): void {
    this.api.blockedChats.delete(chatId);
  }

  /** Adds a method, or replaces one; throw TelegramApiError from the handler for an error answer. */
  handle(method: string, handler: MethodHandler): void {
    this.api.register(method, handler);
  }

  clearCalls(): void {
    this.calls.length = 0;
  }

  textUpdate(chatId: number, text: string, user?: UserOptions): TgUpdate {
    return this.updates.text(chatId, text, user);
  }

  callbackUpdate(chatId: number, data: string, messageId?: number, user?: UserOptions): TgUpdate {
    return this.updates.callback(chatId, data, messageId, user);
  }

  photoUpdate(chatId: number, options?: PhotoOptions): TgUpdate {
    return this.updates.photo(chatId, options);
  }

  stickerUpdate(chatId: number, user?: UserOptions): TgUpdate {
    return this.updates.sticker(chatId, user);
  }

  voiceUpdate(chatId: number, options?: VoiceOptions): TgUpdate {
    return this.updates.voice(chatId, options);
  }

  locationUpdate(chatId: number, options?: LocationOptions): TgUpdate {
    return this.updates.location(chatId, options);
  }

  /** Any other user message: pass its content fields (contact, document, …). */
  messageUpdate(chatId: number, content: Partial<TgMessage>, user?: UserOptions): TgUpdate {
    return this.updates.message(chatId, content, user);
  }

  /** Queues updates for getUpdates (long polling); a waiting poll answers at once. */
  enqueue(...updates: TgUpdate[]): void {
    this.queue.push(...updates);
  }

  /**
   * POSTs an update to the webhook like Telegram does and returns the bot's answer. A method the bot
   * puts in its response body (webhook reply) is executed and recorded with `viaWebhookReply: true`.
   */
  async deliver(update: TgUpdate, options: DeliverOptions = {}): Promise<Delivery> {
    const url = options.url ?? this.api.webhook?.url;
    if (!url) throw new Error('deliver(): no webhook is set; call setWebhook first or pass { url }');
    const secret = options.secretToken === undefined ? this.api.webhook?.secretToken : options.secretToken;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (secret !== undefined && secret !== null) headers[SECRET_HEADER] = secret;
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(update) });
    const body = await response.text();
    await this.runWebhookReply(body);
    return { status: response.status, body };
  }

  async stop(): Promise<void> {
    for (const controller of this.inFlight) controller.abort();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = /^\/bot([^/]+)\/([^/]*)$/.exec(url.pathname);
    if (!route) {
      req.resume();
      return this.reply(res, 404, notFound().toResponse());
    }
    const controller = new AbortController();
    this.inFlight.add(controller);
    res.on('close', () => {
      controller.abort();
      this.inFlight.delete(controller);
    });
    let body: TelegramBody = {};
    let bodyError: TelegramApiError | undefined;
    try {
      body = normalizeBody({ ...Object.fromEntries(url.searchParams), ...(await readBody(req)) });
    } catch (error) {
      bodyError =
        error instanceof TelegramApiError ? error : badRequest(`can't parse request: ${String(error)}`);
    }
    const { status, response } = await this.dispatch(route[1], decodeURIComponent(route[2]), body, {
      signal: controller.signal,
      bodyError,
      viaWebhookReply: false,
    });
    this.reply(res, status, response);
  }

  private async dispatch(
    token: string,
    method: string,
    body: TelegramBody,
    context: { signal: AbortSignal; bodyError?: TelegramApiError; viaWebhookReply: boolean },
  ): Promise<{ status: number; response: TelegramResponse }> {
    const resolved = this.api.resolve(method);
    const call: TelegramCall = {
      method: resolved?.name ?? method,
      body,
      at: Date.now(),
      status: undefined,
      response: undefined,
      viaWebhookReply: context.viaWebhookReply,
    };
    this.calls.push(call);
    let status = 200;
    let response: TelegramResponse;
    try {
      if (token !== this.token) throw unauthorized();
      if (!resolved) throw notFound();
      if (context.bodyError) throw context.bodyError;
      const failure = this.failures.get(resolved.name.toLowerCase())?.shift();
      if (failure) throw injectedError(failure);
      const output = await resolved.handler(body, context.signal);
      response =
        output instanceof Described
          ? { ok: true, result: output.result, description: output.description }
          : { ok: true, result: output };
    } catch (error) {
      const apiError =
        error instanceof TelegramApiError
          ? error
          : new TelegramApiError(500, `Internal Server Error: the fake failed: ${String(error)}`);
      status = apiError.status;
      response = apiError.toResponse();
    }
    call.status = status;
    call.response = response;
    return { status, response };
  }

  private async runWebhookReply(body: string): Promise<void> {
    let reply: unknown;
    try {
      reply = body.trim() === '' ? undefined : JSON.parse(body);
    } catch {
      return;
    }
    if (!isObject(reply) || typeof reply.method !== 'string') return;
    const { method, ...params } = reply;
    let normalized: TelegramBody = params;
    let bodyError: TelegramApiError | undefined;
    try {
      normalized = normalizeBody(params);
    } catch (error) {
      if (!(error instanceof TelegramApiError)) throw error;
      bodyError = error;
    }
    const signal = new AbortController().signal;
    await this.dispatch(this.token, method, normalized, { signal, bodyError, viaWebhookReply: true });
  }

  private reply(res: ServerResponse, status: number, response: TelegramResponse): void {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(response));
  }

  private async until<T>(check: () => T | undefined, timeoutMs: number, wanted: string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = check();
      if (found !== undefined) return found;
      if (Date.now() >= deadline) {
        const seen = this.calls.map((call, index) => {
          const body = JSON.stringify(call.body);
          const shown = body.length > 200 ? `${body.slice(0, 200)}…` : body;
          return `  ${index + 1}. ${call.method} → ${call.status ?? 'pending'} ${shown}`;
        });
        throw new Error(
          `Timed out after ${timeoutMs} ms waiting for ${wanted}; calls seen (${this.calls.length}):\n` +
            (seen.join('\n') || '  (none)'),
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

async function readBody(req: IncomingMessage): Promise<TelegramBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    throw badRequest('the fake Telegram server does not accept multipart/form-data (file uploads)');
  }
  if (type.startsWith('application/x-www-form-urlencoded'))
    return Object.fromEntries(new URLSearchParams(text));
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest("can't parse JSON object");
  }
  if (!isObject(parsed)) throw badRequest('request body must be a JSON object');
  return parsed;
}
