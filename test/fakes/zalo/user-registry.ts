import type { IdGenerator } from './zalo-ids';

/** What a user shared through a request_user_info form (`user_submit_info`). */
export interface ZaloSharedInfo {
  name?: string;
  /** 84… */
  phone?: string;
  address?: string;
  city?: string;
  district?: string;
  ward?: string;
}

export interface ZaloUserOptions {
  /** The user's id for this OA (a numeric string); generated when absent. */
  userId?: string;
  /** The id the Mini App and the webhook's `user_id_by_app` carry; generated when absent. */
  userIdByApp?: string;
  displayName?: string;
  avatar?: string;
  /** Default true. Sends to a non-follower answer -213. */
  following?: boolean;
  /**
   * The user's last message to the OA: default now. Older than 7 days → sends answer -230; null (never
   * interacted) → -232. It also starts the 48-hour free-reply window, with a full count.
   */
  lastInteraction?: Date | number | null;
  sharedInfo?: ZaloSharedInfo;
}

/** A user as the fake holds it; the object is live, so tests may change fields directly. */
export interface ZaloUser {
  userId: string;
  userIdByApp: string;
  displayName: string;
  avatar: string;
  following: boolean;
  /** ms; any interaction (message, follow, form, chat-now click). */
  lastInteractionAt: number | null;
  /** ms; the last user message, which opens the free-reply window. */
  lastMessageAt: number | null;
  /** Free replies left in the current 48-hour window. */
  freeRepliesLeft: number;
  sharedInfo?: ZaloSharedInfo;
}

const toMs = (at: Date | number): number => (typeof at === 'number' ? at : at.getTime());

/** The OA's users, the messages they sent (for `recipient.message_id`) and their reply windows. */
export class UserRegistry {
  private readonly byId = new Map<string, ZaloUser>();
  private readonly messageSenders = new Map<string, string>();

  constructor(
    private readonly ids: IdGenerator,
    readonly freeRepliesPerMessage: number,
  ) {}

  /** Adds a user, or updates the given fields of a known one. */
  add(options: ZaloUserOptions = {}): ZaloUser {
    const userId = options.userId ?? this.ids.numeric();
    const user = this.byId.get(userId) ?? this.create(userId);
    if (options.userIdByApp !== undefined) user.userIdByApp = options.userIdByApp;
    if (options.displayName !== undefined) user.displayName = options.displayName;
    if (options.avatar !== undefined) user.avatar = options.avatar;
    if (options.following !== undefined) user.following = options.following;
    if (options.sharedInfo !== undefined) user.sharedInfo = { ...options.sharedInfo };
    if (options.lastInteraction !== undefined) this.setLastInteraction(userId, options.lastInteraction);
    return user;
  }

  get(userId: string): ZaloUser | undefined {
    return this.byId.get(userId);
  }

  /** The user, created (following, interacted now) when unknown. */
  ensure(userId: string): ZaloUser {
    return this.byId.get(userId) ?? this.create(userId);
  }

  all(): ZaloUser[] {
    return [...this.byId.values()];
  }

  setFollowing(userId: string, following: boolean): void {
    this.ensure(userId).following = following;
  }

  /** As if the user's last message was at `at` (null: never interacted); refills the free replies. */
  setLastInteraction(userId: string, at: Date | number | null): void {
    const user = this.ensure(userId);
    user.lastInteractionAt = at === null ? null : toMs(at);
    user.lastMessageAt = user.lastInteractionAt;
    user.freeRepliesLeft = this.freeRepliesPerMessage;
  }

  /** A user message arrived: a new interaction and a fresh free-reply window. */
  userMessage(userId: string, at: number): void {
    this.setLastInteraction(userId, at);
  }

  /** Any other interaction (follow, form, chat-now click): counts for the 7-day window only. */
  interaction(userId: string, at: number): void {
    this.ensure(userId).lastInteractionAt = at;
  }

  rememberMessage(msgId: string, userId: string): void {
    this.messageSenders.set(msgId, userId);
  }

  /** Who sent that message (for a reply by `recipient.message_id`). */
  senderOf(msgId: string): string | undefined {
    return this.messageSenders.get(msgId);
  }

  private create(userId: string): ZaloUser {
    const now = Date.now();
    const user: ZaloUser = {
      userId,
      userIdByApp: this.ids.numeric(),
      displayName: `Người dùng ${userId.slice(-4)}`,
      avatar: `https://s120-ava-talk.zadn.vn/fake/${userId}.jpg`,
      following: true,
      lastInteractionAt: now,
      lastMessageAt: now,
      freeRepliesLeft: this.freeRepliesPerMessage,
    };
    this.byId.set(userId, user);
    return user;
  }
}
