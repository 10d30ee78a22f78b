/** The people talking to the bot and every message of each private chat, as Telegram keeps them. */
import type { TgBotUser, TgMessage, TgPrivateChat, TgUser } from './telegram.types';

export interface UserOptions {
  firstName?: string;
  lastName?: string;
  username?: string;
  /** IETF tag of the user's Telegram app language; 'vi' unless given. */
  languageCode?: string;
}

export const unixNow = (): number => Math.floor(Date.now() / 1000);

export class ChatRegistry {
  private readonly users = new Map<number, TgUser>();
  private readonly messages = new Map<number, TgMessage[]>();
  private readonly lastMessageIds = new Map<number, number>();

  constructor(readonly bot: TgBotUser) {}

  /** The bot as it appears in `from` of its messages. */
  get botUser(): TgUser {
    return { id: this.bot.id, is_bot: true, first_name: this.bot.first_name, username: this.bot.username };
  }

  /** The user of a private chat (chat id = user id); options given later update the profile. */
  user(chatId: number, options: UserOptions = {}): TgUser {
    const known = this.users.get(chatId);
    const user: TgUser = {
      id: chatId,
      is_bot: false,
      first_name: options.firstName ?? known?.first_name ?? 'An',
      last_name: options.lastName ?? known?.last_name ?? 'Nguyễn',
      language_code: options.languageCode ?? known?.language_code ?? 'vi',
    };
    const username = options.username ?? known?.username;
    if (username !== undefined) user.username = username;
    this.users.set(chatId, user);
    return { ...user };
  }

  chat(chatId: number): TgPrivateChat {
    const user = this.users.get(chatId) ?? this.user(chatId);
    const chat: TgPrivateChat = { id: chatId, type: 'private', first_name: user.first_name };
    if (user.last_name !== undefined) chat.last_name = user.last_name;
    if (user.username !== undefined) chat.username = user.username;
    return chat;
  }

  /** Message ids of a private chat are shared by both sides and only grow. */
  nextMessageId(chatId: number): number {
    const id = (this.lastMessageIds.get(chatId) ?? 0) + 1;
    this.lastMessageIds.set(chatId, id);
    return id;
  }

  /** Remembers a message; an id above the counter (a made-up one) moves the counter past it. */
  record(message: TgMessage): void {
    const chatId = message.chat.id;
    const list = this.messages.get(chatId) ?? [];
    list.push(message);
    this.messages.set(chatId, list);
    if (message.message_id > (this.lastMessageIds.get(chatId) ?? 0)) {
      this.lastMessageIds.set(chatId, message.message_id);
    }
  }

  find(chatId: number, messageId: number): TgMessage | undefined {
    return this.messages.get(chatId)?.find((message) => message.message_id === messageId);
  }

  /** Puts an edited version in place of the message with the same id. */
  replace(message: TgMessage): void {
    const list = this.messages.get(message.chat.id) ?? [];
    const index = list.findIndex((known) => known.message_id === message.message_id);
    if (index >= 0) list[index] = message;
  }

  remove(chatId: number, messageId: number): boolean {
    const list = this.messages.get(chatId) ?? [];
    const index = list.findIndex((message) => message.message_id === messageId);
    if (index >= 0) list.splice(index, 1);
    return index >= 0;
  }

  botMessages(chatId: number): TgMessage[] {
    return (this.messages.get(chatId) ?? []).filter((message) => message.from.id === this.bot.id);
  }
}
