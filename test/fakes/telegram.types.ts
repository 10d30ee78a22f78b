/**
 * The subset of Telegram Bot API objects the fake server produces, in their real JSON shapes.
 * The unions mirror the Bot API (and grammY's @grammyjs/types), so an update built here can also be
 * handed to `bot.handleUpdate()` directly.
 */

export interface TgUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

/** What getMe returns. */
export interface TgBotUser extends TgUser {
  is_bot: true;
  username: string;
  can_join_groups: boolean;
  can_read_all_group_messages: boolean;
  supports_inline_queries: boolean;
}

/** The fake only knows one-to-one chats: a user talking to the bot. */
export interface TgPrivateChat {
  id: number;
  type: 'private';
  first_name: string;
  last_name?: string;
  username?: string;
}

interface EntityRange {
  offset: number;
  length: number;
}

/** Entity types that carry nothing but their range. */
export type TgPlainEntityType =
  | 'mention'
  | 'hashtag'
  | 'cashtag'
  | 'bot_command'
  | 'url'
  | 'email'
  | 'phone_number'
  | 'bold'
  | 'italic'
  | 'underline'
  | 'strikethrough'
  | 'spoiler'
  | 'blockquote'
  | 'expandable_blockquote'
  | 'code';

export type TgMessageEntity =
  | (EntityRange & { type: TgPlainEntityType })
  | (EntityRange & { type: 'pre'; language?: string })
  | (EntityRange & { type: 'text_link'; url: string })
  | (EntityRange & { type: 'text_mention'; user: TgUser });

export type TgInlineKeyboardButton = { text: string; callback_data: string } | { text: string; url: string };

export interface TgInlineKeyboardMarkup {
  inline_keyboard: TgInlineKeyboardButton[][];
}

export interface TgPhotoSize {
  file_id: string;
  file_unique_id: string;
  width: number;
  height: number;
  file_size?: number;
}

export interface TgSticker {
  file_id: string;
  file_unique_id: string;
  type: 'regular';
  width: number;
  height: number;
  is_animated: boolean;
  is_video: boolean;
  emoji?: string;
  set_name?: string;
  file_size?: number;
}

export interface TgVoice {
  file_id: string;
  file_unique_id: string;
  duration: number;
  mime_type?: string;
  file_size?: number;
}

export interface TgLocation {
  latitude: number;
  longitude: number;
}

export interface TgMessage {
  message_id: number;
  date: number;
  chat: TgPrivateChat;
  from: TgUser;
  edit_date?: number;
  text?: string;
  entities?: TgMessageEntity[];
  caption?: string;
  caption_entities?: TgMessageEntity[];
  reply_markup?: TgInlineKeyboardMarkup;
  photo?: TgPhotoSize[];
  sticker?: TgSticker;
  voice?: TgVoice;
  location?: TgLocation;
}

export interface TgCallbackQuery {
  id: string;
  from: TgUser;
  message: TgMessage;
  chat_instance: string;
  data: string;
}

export interface TgUpdate {
  update_id: number;
  message?: TgMessage;
  edited_message?: TgMessage;
  callback_query?: TgCallbackQuery;
}

export interface TgBotCommand {
  command: string;
  description: string;
}

/** A request's parameters, as decoded from JSON, a form or the query string. */
export type TelegramBody = Record<string, unknown>;

export type TelegramResponse =
  | { ok: true; result: unknown; description?: string }
  | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } };

/** One request to the fake's Bot API, as recorded in `fake.calls`. */
export interface TelegramCall {
  /** Canonical method name (`sendMessage`), whatever case the client used. */
  method: string;
  body: TelegramBody;
  /** `Date.now()` when the request arrived. */
  at: number;
  /** HTTP status of the answer; undefined while a long poll is still waiting. */
  status: number | undefined;
  response: TelegramResponse | undefined;
  /** True for a method the bot returned in its webhook response instead of calling the API. */
  viaWebhookReply: boolean;
}

/** A sendMessage request body after the fake accepted it. */
export interface SendMessageBody {
  chat_id: number | string;
  text: string;
  parse_mode?: string;
  reply_markup?: TgInlineKeyboardMarkup | TelegramBody;
  [key: string]: unknown;
}
