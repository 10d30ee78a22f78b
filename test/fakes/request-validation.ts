/** Parameter reading and the Bot API's validation rules, with Telegram's error descriptions. */
import { badRequest } from './api-error';
import { HtmlParseError, parseTelegramHtml, type FormattedText } from './html-entities.util';
import type {
  TelegramBody,
  TgBotCommand,
  TgInlineKeyboardButton,
  TgInlineKeyboardMarkup,
  TgMessageEntity,
} from './telegram.types';

export const MAX_MESSAGE_LENGTH = 4096;
export const MAX_CALLBACK_DATA_BYTES = 64;

/** Parameters that clients send as JSON text inside forms and query strings. */
const JSON_PARAMETERS = [
  'reply_markup',
  'commands',
  'allowed_updates',
  'entities',
  'caption_entities',
  'scope',
  'link_preview_options',
  'reply_parameters',
];

const OTHER_BUTTON_KINDS = [
  'web_app',
  'login_url',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat',
  'copy_text',
  'callback_game',
  'pay',
];

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Decodes JSON-string values of structured parameters, as Telegram does for form-encoded requests. */
export function normalizeBody(raw: TelegramBody): TelegramBody {
  const body: TelegramBody = { ...raw };
  for (const key of JSON_PARAMETERS) {
    const value = body[key];
    if (typeof value !== 'string') continue;
    try {
      body[key] = JSON.parse(value) as unknown;
    } catch {
      throw badRequest(
        key === 'reply_markup' ? "can't parse reply keyboard markup JSON object" : `can't parse ${key}`,
      );
    }
  }
  return body;
}

export function optionalString(body: TelegramBody, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw badRequest(`parameter "${key}" must be a String`);
}

export function optionalInt(body: TelegramBody, key: string): number | undefined {
  const value = body[key];
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number))
    throw badRequest(`parameter "${key}" must be a Number`);
  return number;
}

export function optionalBool(body: TelegramBody, key: string): boolean {
  const value = body[key];
  return value === true || value === 'true' || value === 1 || value === '1';
}

export function chatIdOf(body: TelegramBody): number {
  const value = body.chat_id;
  if (value === undefined || value === null || value === '') throw badRequest('chat_id is empty');
  const id = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id === 0) throw badRequest('chat not found');
  return id;
}

export function stringArray(body: TelegramBody, key: string): string[] | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw badRequest(`can't parse ${key}: expected an Array of String`);
  }
  return value as string[];
}

/** Text plus parse_mode → the text and entities Telegram stores, or Telegram's 400. */
export function formatMessageText(body: TelegramBody, strictHtml: boolean): FormattedText {
  const raw = optionalString(body, 'text') ?? '';
  const parseMode = (optionalString(body, 'parse_mode') ?? '').toLowerCase();
  let formatted: FormattedText;
  if (parseMode === 'html') {
    try {
      formatted = parseTelegramHtml(raw, { strict: strictHtml });
    } catch (error) {
      if (error instanceof HtmlParseError) throw badRequest(`can't parse entities: ${error.message}`);
      throw error;
    }
  } else if (parseMode === '') {
    const entities = Array.isArray(body.entities) ? (body.entities as TgMessageEntity[]) : [];
    formatted = { text: raw, entities };
  } else if (parseMode === 'markdown' || parseMode === 'markdownv2') {
    throw badRequest(
      'the fake Telegram server parses only parse_mode "HTML" (extend test/fakes to use Markdown)',
    );
  } else {
    throw badRequest('unsupported parse_mode');
  }
  const trimmed = trimFormattedText(formatted);
  if (trimmed.text === '') throw badRequest('message text is empty');
  if (trimmed.text.length > MAX_MESSAGE_LENGTH) throw badRequest('message is too long');
  return trimmed;
}

/** Telegram strips leading and trailing whitespace from a message and clips entities to what remains. */
export function trimFormattedText({ text, entities }: FormattedText): FormattedText {
  const lead = /^[ \t\r\n]*/.exec(text)?.[0].length ?? 0;
  const trimmed = text.slice(lead).replace(/[ \t\r\n]+$/, '');
  const clipped: TgMessageEntity[] = [];
  for (const entity of entities) {
    const start = Math.max(0, entity.offset - lead);
    const end = Math.min(trimmed.length, entity.offset + entity.length - lead);
    if (end > start) clipped.push({ ...entity, offset: start, length: end - start });
  }
  return { text: trimmed, entities: clipped };
}

/** Validates any reply_markup; returns it when it is an inline keyboard (the only kind a Message echoes). */
export function validateReplyMarkup(value: unknown): TgInlineKeyboardMarkup | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw badRequest("can't parse reply keyboard markup JSON object");
  if ('inline_keyboard' in value) return { inline_keyboard: validateInlineKeyboard(value.inline_keyboard) };
  if ('keyboard' in value) {
    const rows = value.keyboard;
    if (!Array.isArray(rows) || rows.some((row) => !Array.isArray(row))) {
      throw badRequest('field "keyboard" of the ReplyKeyboardMarkup must be an Array of Arrays');
    }
    return undefined;
  }
  if ('remove_keyboard' in value || 'force_reply' in value) return undefined;
  throw badRequest("can't parse reply keyboard markup JSON object");
}

function validateInlineKeyboard(rows: unknown): TgInlineKeyboardButton[][] {
  if (!Array.isArray(rows))
    throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array');
  return rows.map((row: unknown) => {
    if (!Array.isArray(row)) {
      throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays');
    }
    return row.map(validateButton);
  });
}

function validateButton(button: unknown): TgInlineKeyboardButton {
  const fail = (why: string) => badRequest(`can't parse inline keyboard button: ${why}`);
  if (!isObject(button)) throw fail('InlineKeyboardButton must be an Object');
  const { text, callback_data: data, url } = button;
  if (typeof text !== 'string') throw fail('Field "text" must be of type String');
  if (text.trim() === '') throw fail('Field "text" must be non-empty');
  const other = OTHER_BUTTON_KINDS.find((kind) => kind in button);
  if (other)
    throw badRequest(`the fake Telegram server supports only callback_data and url buttons, not ${other}`);
  if (data !== undefined && url !== undefined) throw fail('exactly one of the optional fields must be used');
  if (data !== undefined) {
    if (typeof data !== 'string') throw fail('Field "callback_data" must be of type String');
    const bytes = Buffer.byteLength(data, 'utf8');
    if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) throw badRequest('BUTTON_DATA_INVALID');
    return { text, callback_data: data };
  }
  if (url !== undefined) {
    if (typeof url !== 'string') throw fail('Field "url" must be of type String');
    if (!isButtonUrl(url)) throw badRequest(`inline keyboard button URL '${url}' is invalid: Wrong HTTP URL`);
    return { text, url };
  }
  throw fail('Text buttons are unallowed in the inline keyboard');
}

function isButtonUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol === 'tg:') return true;
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function validateCommands(value: unknown): TgBotCommand[] {
  if (value === undefined || value === null) throw badRequest('parameter "commands" is required');
  if (!Array.isArray(value)) throw badRequest("can't parse commands: expected an Array of BotCommand");
  if (value.length > 100) throw badRequest('too many commands');
  return value.map((item: unknown) => {
    if (!isObject(item)) throw badRequest("can't parse BotCommand: BotCommand must be an Object");
    const { command, description } = item;
    if (typeof command !== 'string') throw badRequest(`can't parse BotCommand: Can't find field "command"`);
    if (typeof description !== 'string')
      throw badRequest(`can't parse BotCommand: Can't find field "description"`);
    if (!/^[a-z0-9_]{1,32}$/.test(command)) throw badRequest('BOT_COMMAND_INVALID');
    if (description.trim() === '') throw badRequest('command description must be non-empty');
    if (description.length > 256) throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
    return { command, description };
  });
}
