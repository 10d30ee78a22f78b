/** Builds updates the way Telegram sends them: unique increasing update_id, per-chat message ids, real fields. */
import { randomInt } from 'node:crypto';
import { ChatRegistry, unixNow, type UserOptions } from './chat-registry';
import type { TgMessage, TgMessageEntity, TgUpdate } from './telegram.types';

export interface PhotoOptions extends UserOptions {
  caption?: string;
}

export interface VoiceOptions extends UserOptions {
  duration?: number;
}

export interface LocationOptions extends UserOptions {
  latitude?: number;
  longitude?: number;
}

/** tdlib's rule: "/" + 1–64 of [A-Za-z0-9_], optionally "@botname", not followed by a word character. */
const BOT_COMMAND = /^\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\p{L}\p{N}_/<>])/u;

/** Where Hà Nội's Văn Miếu is; a plausible default location. */
const HANOI = { latitude: 21.028511, longitude: 105.835596 };

export class UpdateFactory {
  private lastUpdateId: number;
  private lastFileSeq = 0;
  private lastCallbackSeq = 0;
  /** Ids of callback queries sent to the bot, which answerCallbackQuery accepts once. */
  readonly callbackQueryIds = new Set<string>();

  /**
   * Update ids start at a random point (as Telegram's do for a new bot), so fakes of several test
   * files sharing one database don't hand out the same update_id; pass firstUpdateId to fix them.
   */
  constructor(
    private readonly chats: ChatRegistry,
    firstUpdateId = 100_000_000 + randomInt(1_000_000) * 1000,
  ) {
    this.lastUpdateId = firstUpdateId - 1;
  }

  nextUpdateId(): number {
    return ++this.lastUpdateId;
  }

  text(chatId: number, text: string, user?: UserOptions): TgUpdate {
    const command = BOT_COMMAND.exec(text);
    const entities: TgMessageEntity[] = command
      ? [{ type: 'bot_command', offset: 0, length: command[0].length }]
      : [];
    return this.message(chatId, entities.length > 0 ? { text, entities } : { text }, user);
  }

  photo(chatId: number, options: PhotoOptions = {}): TgUpdate {
    const base = this.fileIds('AgACAgUAAxkBAAI');
    const sizes: Array<[number, number, number]> = [
      [90, 67, 1_522],
      [320, 240, 19_871],
      [1280, 960, 142_330],
    ];
    const photo = sizes.map(([width, height, file_size], index) => ({
      file_id: `${base.file_id}${index}`,
      file_unique_id: `${base.file_unique_id}${index}`,
      width,
      height,
      file_size,
    }));
    return this.message(
      chatId,
      options.caption === undefined ? { photo } : { photo, caption: options.caption },
      options,
    );
  }

  sticker(chatId: number, user?: UserOptions): TgUpdate {
    const sticker = {
      ...this.fileIds('CAACAgIAAxkBAAI'),
      type: 'regular' as const,
      width: 512,
      height: 512,
      is_animated: false,
      is_video: false,
      emoji: '👍',
      set_name: 'HotCherry',
      file_size: 23_456,
    };
    return this.message(chatId, { sticker }, user);
  }

  voice(chatId: number, options: VoiceOptions = {}): TgUpdate {
    const voice = {
      ...this.fileIds('AwACAgUAAxkBAAI'),
      duration: options.duration ?? 3,
      mime_type: 'audio/ogg',
      file_size: 12_345,
    };
    return this.message(chatId, { voice }, options);
  }

  location(chatId: number, options: LocationOptions = {}): TgUpdate {
    const location = {
      latitude: options.latitude ?? HANOI.latitude,
      longitude: options.longitude ?? HANOI.longitude,
    };
    return this.message(chatId, { location }, options);
  }

  /** A user's message with the given content fields (text, photo, contact, …). */
  message(chatId: number, content: Partial<TgMessage>, user?: UserOptions): TgUpdate {
    const from = this.chats.user(chatId, user);
    const message: TgMessage = {
      message_id: this.chats.nextMessageId(chatId),
      from,
      chat: this.chats.chat(chatId),
      date: unixNow(),
      ...content,
    };
    this.chats.record(message);
    return { update_id: this.nextUpdateId(), message: structuredClone(message) };
  }

  /**
   * A tap on an inline button. The message is the bot message with `messageId`, else the latest bot
   * message in the chat carrying a button with this data, else the latest bot message, else one made
   * up (and remembered, so the bot can edit it).
   */
  callback(chatId: number, data: string, messageId?: number, user?: UserOptions): TgUpdate {
    const from = this.chats.user(chatId, user);
    const message = this.messageForCallback(chatId, data, messageId);
    const id = (4_100_000_000_000_000_000n + BigInt(++this.lastCallbackSeq)).toString();
    this.callbackQueryIds.add(id);
    const chatInstance = (-5_600_000_000_000_000_000n - BigInt(chatId)).toString();
    return {
      update_id: this.nextUpdateId(),
      callback_query: { id, from, message: structuredClone(message), chat_instance: chatInstance, data },
    };
  }

  private messageForCallback(chatId: number, data: string, messageId?: number): TgMessage {
    const botMessages = this.chats.botMessages(chatId);
    const found =
      messageId !== undefined
        ? this.chats.find(chatId, messageId)
        : ([...botMessages]
            .reverse()
            .find((message) =>
              message.reply_markup?.inline_keyboard.some((row) =>
                row.some((button) => 'callback_data' in button && button.callback_data === data),
              ),
            ) ?? botMessages[botMessages.length - 1]);
    if (found) return found;
    const madeUp: TgMessage = {
      message_id: messageId ?? this.chats.nextMessageId(chatId),
      from: this.chats.botUser,
      chat: this.chats.chat(chatId),
      date: unixNow(),
      text: 'Chọn một mục:',
      reply_markup: { inline_keyboard: [[{ text: data, callback_data: data }]] },
    };
    this.chats.record(madeUp);
    return madeUp;
  }

  private fileIds(prefix: string): { file_id: string; file_unique_id: string } {
    const seq = (++this.lastFileSeq).toString(36).padStart(4, '0');
    return { file_id: `${prefix}${seq}ZmFrZS10ZWxlZ3JhbQ`, file_unique_id: `AQAD${seq}x` };
  }
}
