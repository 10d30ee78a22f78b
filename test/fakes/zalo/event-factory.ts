import type { UserRegistry } from './user-registry';
import type {
  ZaloAttachment,
  ZaloChatnowEvent,
  ZaloEventBase,
  ZaloFollowEvent,
  ZaloMessageEvent,
  ZaloMessageStatusEvent,
  ZaloReactionEvent,
  ZaloSubmitInfoEvent,
} from './zalo-events.types';
import type { IdGenerator } from './zalo-ids';

export interface EventContext {
  appId: string;
  oaId: string;
  users: UserRegistry;
  ids: IdGenerator;
}

export interface SubmitInfo {
  name: string;
  /** 84… */
  phone: string;
  address?: string;
  city?: string;
  district?: string;
  ward?: string;
}

/**
 * Builds webhook events in Zalo's shapes. An unknown user id is added to the fake's users (following).
 * The timestamp is now; push() may override it. Message ids are remembered so the OA API accepts a
 * reply by `recipient.message_id`.
 */
export class EventFactory {
  constructor(private readonly context: EventContext) {}

  userSendText(userId: string, text: string): ZaloMessageEvent {
    return this.userMessage(userId, 'user_send_text', { text });
  }

  userSendImage(
    userId: string,
    options: { url?: string; thumbnail?: string; text?: string } = {},
  ): ZaloMessageEvent {
    const url = options.url ?? 'https://photo-stal-1.zadn.vn/fake/giay-to.jpg';
    return this.userMessage(userId, 'user_send_image', {
      text: options.text,
      attachments: [{ type: 'image', payload: { thumbnail: options.thumbnail ?? url, url } }],
    });
  }

  userSendSticker(userId: string, options: { id?: string; url?: string } = {}): ZaloMessageEvent {
    const id = options.id ?? 'bfe458bf64fa8da4d4eb';
    const url = options.url ?? `https://zalo-api.zadn.vn/api/emoticon/sticker/webpc?eid=${id}`;
    return this.userMessage(userId, 'user_send_sticker', {
      attachments: [{ type: 'sticker', payload: { id, url } }],
    });
  }

  /** Coordinates travel as strings (unverified); default: Hoàn Kiếm, Hà Nội. */
  userSendLocation(userId: string, latitude = 21.028511, longitude = 105.804817): ZaloMessageEvent {
    const coordinates = { latitude: String(latitude), longitude: String(longitude) };
    return this.userMessage(userId, 'user_send_location', {
      attachments: [{ type: 'location', payload: { coordinates } }],
    });
  }

  /** Any other user_send_<type>: link, audio, video, gif, file, business_card. */
  userSendAttachment(
    userId: string,
    type: string,
    payload: Record<string, unknown>,
    text?: string,
  ): ZaloMessageEvent {
    return this.userMessage(userId, `user_send_${type}`, { text, attachments: [{ type, payload }] });
  }

  follow(userId: string, source = 'oa_profile'): ZaloFollowEvent {
    return {
      ...this.base(userId, 'follow'),
      event_name: 'follow',
      oa_id: this.context.oaId,
      follower: { id: userId },
      source,
    };
  }

  unfollow(userId: string, source = 'oa_profile'): ZaloFollowEvent {
    const base = this.base(userId, 'unfollow');
    return { ...base, event_name: 'unfollow', oa_id: this.context.oaId, follower: { id: userId }, source };
  }

  userSubmitInfo(userId: string, info: SubmitInfo): ZaloSubmitInfoEvent {
    return {
      ...this.base(userId, 'user_submit_info'),
      event_name: 'user_submit_info',
      oa_id: this.context.oaId,
      sender: { id: userId },
      recipient: { id: this.context.oaId },
      info: { address: '', city: '', district: '', ward: '', ...info },
    };
  }

  userClickChatnow(userId: string): ZaloChatnowEvent {
    const base = this.base(userId, 'user_click_chatnow');
    return { ...base, event_name: 'user_click_chatnow', oa_id: this.context.oaId, user_id: userId };
  }

  userSeenMessage(userId: string, msgIds: string[]): ZaloMessageStatusEvent {
    return this.messageStatus(userId, 'user_seen_message', msgIds);
  }

  userReceivedMessage(userId: string, msgIds: string[]): ZaloMessageStatusEvent {
    return this.messageStatus(userId, 'user_received_message', msgIds);
  }

  userReactedMessage(userId: string, msgId: string, reactIcon = '/-heart'): ZaloReactionEvent {
    return {
      ...this.base(userId, 'user_reacted_message'),
      event_name: 'user_reacted_message',
      sender: { id: userId },
      recipient: { id: this.context.oaId },
      message: { msg_id: msgId, react_icon: reactIcon },
    };
  }

  /** The echo Zalo posts after the OA sends (oa_send_text, oa_send_image, oa_send_list, …). */
  oaSendText(userId: string, text: string, msgId = this.context.ids.messageId()): ZaloMessageEvent {
    return this.oaSend(userId, 'oa_send_text', { msg_id: msgId, text });
  }

  oaSend(userId: string, eventName: string, message: ZaloMessageEvent['message']): ZaloMessageEvent {
    return {
      ...this.base(userId, eventName),
      sender: { id: this.context.oaId },
      recipient: { id: userId },
      message,
    };
  }

  private userMessage(
    userId: string,
    eventName: string,
    content: { text?: string; attachments?: ZaloAttachment[] },
  ): ZaloMessageEvent {
    const msgId = this.context.ids.messageId();
    this.context.users.rememberMessage(msgId, userId);
    const message: ZaloMessageEvent['message'] = { msg_id: msgId };
    if (content.text !== undefined) message.text = content.text;
    if (content.attachments) message.attachments = content.attachments;
    return {
      ...this.base(userId, eventName),
      sender: { id: userId },
      recipient: { id: this.context.oaId },
      message,
    };
  }

  private messageStatus(userId: string, eventName: string, msgIds: string[]): ZaloMessageStatusEvent {
    const base = this.base(userId, eventName);
    return {
      ...base,
      sender: { id: userId },
      recipient: { id: this.context.oaId },
      message: { msg_ids: [...msgIds] },
    };
  }

  private base(userId: string, eventName: string): ZaloEventBase {
    return {
      app_id: this.context.appId,
      user_id_by_app: this.context.users.ensure(userId).userIdByApp,
      event_name: eventName,
      timestamp: String(Date.now()),
    };
  }
}
