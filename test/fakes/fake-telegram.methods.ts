/** The Bot API methods the fake implements, with Telegram's state and validation. */
import { badRequest, conflict, forbidden } from './api-error';
import { ChatRegistry, unixNow } from './chat-registry';
import {
  chatIdOf,
  formatMessageText,
  optionalBool,
  optionalInt,
  optionalString,
  stringArray,
  validateCommands,
  validateReplyMarkup,
  isObject,
} from './request-validation';
import type { TelegramBody, TgBotCommand, TgBotUser, TgMessage, TgUpdate } from './telegram.types';
import type { UpdateFactory } from './update-factory';
import type { UpdateQueue } from './update-queue';

/** A successful result that Telegram sends with a description ("Webhook was set"). */
export class Described {
  constructor(
    readonly result: unknown,
    readonly description: string,
  ) {}
}

export type MethodHandler = (body: TelegramBody, signal: AbortSignal) => unknown;

export interface WebhookState {
  url: string;
  secretToken: string | undefined;
  allowedUpdates: string[] | undefined;
  maxConnections: number;
}

export interface BotApiDeps {
  bot: TgBotUser;
  chats: ChatRegistry;
  updates: UpdateFactory;
  queue: UpdateQueue;
  strictHtml: boolean;
  maxPollMs: number;
}

const CHAT_ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);

const NOT_MODIFIED =
  'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';

export class FakeBotApi {
  webhook: WebhookState | null = null;
  lastCommands: TgBotCommand[] = [];
  allowedUpdates: string[] | undefined;
  readonly blockedChats = new Set<number>();
  private readonly commandLists = new Map<string, TgBotCommand[]>();
  private readonly answeredCallbacks = new Set<string>();
  private readonly handlers = new Map<string, { name: string; handler: MethodHandler }>();

  constructor(private readonly deps: BotApiDeps) {
    const methods: Record<string, MethodHandler> = {
      getMe: () => ({ ...deps.bot }),
      getUpdates: (body, signal) => this.getUpdates(body, signal),
      setWebhook: (body) => this.setWebhook(body),
      deleteWebhook: (body) => this.deleteWebhook(body),
      getWebhookInfo: () => this.getWebhookInfo(),
      setMyCommands: (body) => this.setMyCommands(body),
      getMyCommands: (body) => [...(this.commandLists.get(commandKey(body)) ?? [])],
      deleteMyCommands: (body) => {
        this.commandLists.delete(commandKey(body));
        return true;
      },
      sendMessage: (body) => this.sendMessage(body),
      editMessageText: (body) => this.editMessage(body, true),
      editMessageReplyMarkup: (body) => this.editMessage(body, false),
      deleteMessage: (body) => this.deleteMessage(body),
      answerCallbackQuery: (body) => this.answerCallbackQuery(body),
      sendChatAction: (body) => this.sendChatAction(body),
    };
    for (const [name, handler] of Object.entries(methods)) this.register(name, handler);
  }

  /** Adds or replaces a method; Telegram's method names are case-insensitive. */
  register(name: string, handler: MethodHandler): void {
    this.handlers.set(name.toLowerCase(), { name, handler });
  }

  resolve(method: string): { name: string; handler: MethodHandler } | undefined {
    return this.handlers.get(method.toLowerCase());
  }

  private async getUpdates(body: TelegramBody, signal: AbortSignal): Promise<TgUpdate[]> {
    if (this.webhook) {
      throw conflict(
        "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    const { queue } = this.deps;
    queue.takeOver();
    const allowed = stringArray(body, 'allowed_updates');
    if (allowed) this.allowedUpdates = allowed;
    const limit = Math.min(100, Math.max(1, optionalInt(body, 'limit') ?? 100));
    const timeoutMs = Math.min(Math.max(0, optionalInt(body, 'timeout') ?? 0) * 1000, this.deps.maxPollMs);
    queue.confirm(optionalInt(body, 'offset') ?? 0);
    const deadline = Date.now() + timeoutMs;
    let batch = queue.peek(limit, this.allowedUpdates);
    while (batch.length === 0 && Date.now() < deadline && !signal.aborted) {
      if ((await queue.wait(deadline - Date.now(), signal)) === 'conflict') {
        throw conflict(
          'terminated by other getUpdates request; make sure that only one bot instance is running',
        );
      }
      batch = queue.peek(limit, this.allowedUpdates);
    }
    return batch;
  }

  private setWebhook(body: TelegramBody): Described {
    const url = optionalString(body, 'url') ?? '';
    if (url === '') return this.deleteWebhook(body);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw badRequest('bad webhook: Failed to resolve host: Name or service not known');
    }
    // Telegram wants HTTPS; the fake also takes http:// so a local test server can receive updates.
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
    }
    const secretToken = optionalString(body, 'secret_token');
    if (secretToken !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secretToken)) {
      throw badRequest('secret token contains unallowed characters');
    }
    const maxConnections = optionalInt(body, 'max_connections') ?? 40;
    if (maxConnections < 1 || maxConnections > 100)
      throw badRequest('bad webhook: max_connections must be 1-100');
    const allowedUpdates = stringArray(body, 'allowed_updates');
    if (allowedUpdates) this.allowedUpdates = allowedUpdates;
    if (optionalBool(body, 'drop_pending_updates')) this.deps.queue.clear();
    const same = this.webhook?.url === url && this.webhook.secretToken === secretToken;
    this.webhook = { url, secretToken, allowedUpdates, maxConnections };
    return new Described(true, same ? 'Webhook is already set' : 'Webhook was set');
  }

  private deleteWebhook(body: TelegramBody): Described {
    if (optionalBool(body, 'drop_pending_updates')) this.deps.queue.clear();
    const had = this.webhook !== null;
    this.webhook = null;
    return new Described(true, had ? 'Webhook was deleted' : 'Webhook is already deleted');
  }

  private getWebhookInfo(): Record<string, unknown> {
    const info: Record<string, unknown> = {
      url: this.webhook?.url ?? '',
      has_custom_certificate: false,
      pending_update_count: this.deps.queue.pending,
    };
    if (this.webhook) {
      info.ip_address = '127.0.0.1';
      info.max_connections = this.webhook.maxConnections;
      if (this.allowedUpdates) info.allowed_updates = [...this.allowedUpdates];
    }
    return info;
  }

  private setMyCommands(body: TelegramBody): true {
    const commands = validateCommands(body.commands);
    this.commandLists.set(commandKey(body), commands);
    this.lastCommands = commands;
    return true;
  }

  private sendMessage(body: TelegramBody): TgMessage {
    const chatId = this.reachableChat(body);
    const { text, entities } = formatMessageText(body, this.deps.strictHtml);
    const markup = validateReplyMarkup(body.reply_markup);
    const { chats } = this.deps;
    const message: TgMessage = {
      message_id: chats.nextMessageId(chatId),
      from: chats.botUser,
      chat: chats.chat(chatId),
      date: unixNow(),
      text,
    };
    if (entities.length > 0) message.entities = entities;
    if (markup && markup.inline_keyboard.length > 0) message.reply_markup = markup;
    chats.record(message);
    return structuredClone(message);
  }

  /** editMessageText (withText) and editMessageReplyMarkup. */
  private editMessage(body: TelegramBody, withText: boolean): TgMessage | true {
    const markup = validateReplyMarkup(body.reply_markup);
    const formatted = withText ? formatMessageText(body, this.deps.strictHtml) : undefined;
    if (optionalString(body, 'inline_message_id') !== undefined) return true;
    const message = this.editableMessage(body);
    const next: TgMessage = { ...message, edit_date: unixNow() };
    if (formatted) {
      next.text = formatted.text;
      if (formatted.entities.length > 0) next.entities = formatted.entities;
      else delete next.entities;
    }
    if (markup && markup.inline_keyboard.length > 0) next.reply_markup = markup;
    else delete next.reply_markup;
    const content = (m: TgMessage) => JSON.stringify([m.text, m.entities, m.reply_markup]);
    if (content(next) === content(message)) throw badRequest(NOT_MODIFIED);
    this.deps.chats.replace(next);
    return structuredClone(next);
  }

  private deleteMessage(body: TelegramBody): true {
    const chatId = chatIdOf(body);
    const messageId = optionalInt(body, 'message_id');
    if (messageId === undefined || !this.deps.chats.remove(chatId, messageId)) {
      throw badRequest('message to delete not found');
    }
    return true;
  }

  private answerCallbackQuery(body: TelegramBody): true {
    const id = optionalString(body, 'callback_query_id');
    if (id === undefined || id === '') throw badRequest('parameter "callback_query_id" is required');
    if (!this.deps.updates.callbackQueryIds.has(id) || this.answeredCallbacks.has(id)) {
      throw badRequest('query is too old and response timeout expired or query ID is invalid');
    }
    const text = optionalString(body, 'text') ?? '';
    if (text.length > 200) throw badRequest('MESSAGE_TOO_LONG');
    this.answeredCallbacks.add(id);
    return true;
  }

  private sendChatAction(body: TelegramBody): true {
    this.reachableChat(body);
    if (!CHAT_ACTIONS.has(optionalString(body, 'action') ?? '')) {
      throw badRequest('wrong parameter action in request');
    }
    return true;
  }

  private reachableChat(body: TelegramBody): number {
    const chatId = chatIdOf(body);
    if (this.blockedChats.has(chatId)) throw forbidden('bot was blocked by the user');
    return chatId;
  }

  private editableMessage(body: TelegramBody): TgMessage {
    const chatId = this.reachableChat(body);
    const messageId = optionalInt(body, 'message_id');
    if (messageId === undefined) throw badRequest('message identifier is not specified');
    const message = this.deps.chats.find(chatId, messageId);
    if (!message) throw badRequest('message to edit not found');
    if (message.from.id !== this.deps.bot.id) throw badRequest("message can't be edited");
    return message;
  }
}

/** Commands are kept per scope and language, like Telegram does. */
function commandKey(body: TelegramBody): string {
  const scope = isObject(body.scope) ? body.scope : {};
  return JSON.stringify([
    scope.type ?? 'default',
    scope.chat_id ?? null,
    scope.user_id ?? null,
    optionalString(body, 'language_code') ?? '',
  ]);
}
