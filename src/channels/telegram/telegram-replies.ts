import { createHash } from 'node:crypto';
import type { Api } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { Reply } from '../../dialogue/dialogue.types';
import { splitMessage } from '../../dialogue/message-split.util';
import type { TelegramCallbackRepository } from './telegram-callback.repository';

/** Telegram's limits: 4,096 characters a message, 64 bytes of callback_data a button. */
const MESSAGE_LIMIT = 4096;
const CALLBACK_LIMIT = 64;
const CALLBACK_KEY_PREFIX = 'k:';

/** Sends the engine's replies as HTML messages; buttons as an inline keyboard under the last part. */
export class TelegramReplySender {
  constructor(
    private readonly api: Api,
    private readonly callbacks: TelegramCallbackRepository,
  ) {}

  async send(chatId: number, replies: Reply[]): Promise<void> {
    for (const reply of replies) {
      const parts = splitMessage(reply.text, MESSAGE_LIMIT);
      const keyboard = reply.buttons.length ? await this.keyboard(reply) : undefined;
      for (const [i, part] of parts.entries()) {
        const last = i === parts.length - 1;
        await this.api.sendMessage(chatId, part, {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          ...(last && keyboard ? { reply_markup: keyboard } : {}),
        });
      }
    }
  }

  /** One button per row (labels are long procedure names); long payloads go by a stored key. */
  private async keyboard(reply: Reply): Promise<InlineKeyboardMarkup> {
    const rows = [];
    for (const button of reply.buttons) {
      rows.push([
        { text: button.label.slice(0, 120), callback_data: await this.callbackData(button.payload) },
      ]);
    }
    return { inline_keyboard: rows };
  }

  private async callbackData(payload: string): Promise<string> {
    if (Buffer.byteLength(payload, 'utf8') <= CALLBACK_LIMIT && !payload.startsWith(CALLBACK_KEY_PREFIX))
      return payload;
    const key = CALLBACK_KEY_PREFIX + createHash('sha256').update(payload).digest('base64url').slice(0, 20);
    await this.callbacks.save(key, payload);
    return key;
  }

  /** The engine payload behind a tapped button. */
  async payloadOf(callbackData: string): Promise<string | null> {
    return callbackData.startsWith(CALLBACK_KEY_PREFIX) ? this.callbacks.find(callbackData) : callbackData;
  }
}
