import { Composer, type Context } from 'grammy';
import type { DialogueService } from '../../dialogue/dialogue.service';
import type { InboundMessage } from '../../dialogue/dialogue.types';
import type { TelegramReplySender } from './telegram-replies';

/** Commands shown in Telegram's menu (setMyCommands), answered in Vietnamese. */
export const TELEGRAM_COMMANDS = [
  { command: 'start', description: 'Bắt đầu — trợ lý làm được gì' },
  { command: 'help', description: 'Hướng dẫn sử dụng' },
  { command: 'tracuu', description: 'Tra cứu hồ sơ: /tracuu <mã hồ sơ>' },
  { command: 'huy', description: 'Hủy bước đang làm; /huy <mã hồ sơ>: ngừng nhận thông báo' },
];

/** Every update of a private chat becomes one engine message; replies go back as HTML. */
export function telegramHandlers(dialogue: DialogueService, sender: TelegramReplySender): Composer<Context> {
  const bot = new Composer<Context>();
  const chat = bot.chatType('private');

  const answer = async (ctx: Context, input: Omit<InboundMessage, 'channel' | 'userId'>) => {
    if (!ctx.from || !ctx.chat) return;
    const replies = await dialogue.handle(
      { channel: 'telegram', userId: String(ctx.from.id), ...input },
      'html',
    );
    await sender.send(ctx.chat.id, replies);
  };

  chat.command('start', (ctx) => answer(ctx, { text: 'xin chào' }));
  chat.command('help', (ctx) => answer(ctx, { text: 'trợ giúp' }));
  chat.command('huy', (ctx) => answer(ctx, { text: ctx.match ? `hủy theo dõi ${ctx.match}` : 'hủy' }));
  chat.command('tracuu', (ctx) => answer(ctx, { text: `tra cứu hồ sơ ${ctx.match}`.trim() }));
  chat.on('message:text', (ctx) => answer(ctx, { text: ctx.message.text }));
  chat.on('callback_query:data', async (ctx) => {
    // Acknowledge first: Telegram shows a spinner on the button until then.
    await ctx.answerCallbackQuery();
    const payload = await sender.payloadOf(ctx.callbackQuery.data);
    await answer(ctx, payload ? { payload } : { text: 'trợ giúp' });
  });
  chat.on('message', (ctx) => answer(ctx, { payload: 'non-text' }));
  return bot;
}
