import { parseCsMessage, type CsMessageType, type ParsedCsMessage } from './cs-message.validation';
import { header, isObject, jsonBody, ok, type FakeRequest, type FakeResponse } from './http-io';
import type { TokenStore } from './token-store';
import type { UserRegistry, ZaloUser } from './user-registry';
import { OA_ERROR, zaloError } from './zalo-error';
import type { IdGenerator } from './zalo-ids';

const HOUR = 3_600_000;

/** An accepted customer-service message. */
export interface CsSend {
  messageId: string;
  userId: string;
  type: CsMessageType;
  /** free: a reply by message_id inside the 48-hour window with free replies left; otherwise proactive. */
  kind: 'free' | 'proactive';
  /** The user message replied to (recipient.message_id), if any. */
  replyTo?: string;
  text?: string;
  body: Record<string, unknown>;
  accessToken: string;
  at: number;
}

export interface RateLimit {
  max: number;
  windowMs: number;
}

export interface OaContext {
  tokens: TokenStore;
  users: UserRegistry;
  ids: IdGenerator;
  onSent: (send: CsSend) => void;
}

/** OA Open API v3: POST /v3.0/oa/message/cs and GET /v3.0/oa/user/detail. */
export class OaEndpoint {
  readonly sends: CsSend[] = [];
  /** HTTP status of -216/-220 answers: Zalo uses 200; set 401 to test that path. */
  tokenErrorStatus = 200;
  rateLimit: RateLimit | null = null;
  freeWindowMs = 48 * HOUR;
  interactionWindowMs = 7 * 24 * HOUR;
  /** Only a reply by recipient.message_id can be free (CHANNELS.md); false: any send in the window. */
  freeNeedsMessageId = true;
  /** Paid (proactive) messages left; at 0 sends answer -211. */
  proactiveQuota = { total: 10_000, remain: 10_000 };
  private readonly attempts: number[] = [];

  constructor(private readonly context: OaContext) {}

  sendCs(req: FakeRequest): FakeResponse {
    const accessToken = this.requireToken(req);
    this.checkRateLimit();
    const body = jsonBody(req, OA_ERROR.badParameter);
    const message = parseCsMessage(body);
    const user = this.recipient(message);
    this.checkReachable(user);
    const kind = this.spend(user, message);
    const send: CsSend = {
      messageId: this.context.ids.messageId(),
      userId: user.userId,
      type: message.type,
      kind,
      replyTo: message.messageId,
      text: message.text,
      body,
      accessToken,
      at: Date.now(),
    };
    this.sends.push(send);
    const quota =
      kind === 'free'
        ? {
            quota_type: 'reply',
            remain: user.freeRepliesLeft,
            total: this.context.users.freeRepliesPerMessage,
          }
        : { quota_type: 'proactive', remain: this.proactiveQuota.remain, total: this.proactiveQuota.total };
    return {
      ...ok({
        error: 0,
        message: 'Success',
        data: { message_id: send.messageId, user_id: user.userId, quota },
      }),
      after: () => this.context.onSent(send),
    };
  }

  userDetail(req: FakeRequest): FakeResponse {
    this.requireToken(req);
    let data: unknown;
    try {
      data = JSON.parse(req.query.get('data') ?? '');
    } catch {
      throw zaloError(OA_ERROR.badParameter, 'Invalid parameter: data must be JSON like {"user_id":"..."}');
    }
    const userId = isObject(data) ? data.user_id : undefined;
    if (typeof userId !== 'string') throw zaloError(OA_ERROR.badParameter, 'Invalid parameter: data.user_id');
    const user = this.context.users.get(userId);
    if (!user) throw zaloError(OA_ERROR.badParameter, `Invalid parameter: user_id '${userId}' is unknown`);
    return ok({ error: 0, message: 'Success', data: profile(user) });
  }

  private requireToken(req: FakeRequest): string {
    const token = header(req, 'access_token');
    const check = this.context.tokens.checkAccess(token);
    if (check === 'invalid')
      throw zaloError(OA_ERROR.invalidToken, 'Access token is invalid', this.tokenErrorStatus);
    if (check === 'expired')
      throw zaloError(OA_ERROR.expiredToken, 'Access token has expired', this.tokenErrorStatus);
    return token as string;
  }

  private checkRateLimit(): void {
    if (!this.rateLimit) return;
    const now = Date.now();
    while (this.attempts.length > 0 && this.attempts[0] <= now - this.rateLimit.windowMs)
      this.attempts.shift();
    if (this.attempts.length >= this.rateLimit.max) {
      throw zaloError(OA_ERROR.rateLimited, 'Rate limit exceeded, please try again later');
    }
    this.attempts.push(now);
  }

  private recipient(message: ParsedCsMessage): ZaloUser {
    const userId = message.userId ?? this.context.users.senderOf(message.messageId as string);
    if (userId === undefined) {
      throw zaloError(
        OA_ERROR.badParameter,
        `Invalid parameter: message_id '${message.messageId}' is unknown`,
      );
    }
    const user = this.context.users.get(userId);
    if (!user) {
      throw zaloError(
        OA_ERROR.badParameter,
        `Invalid parameter: user_id '${userId}' is unknown (add it with users.add or push one of its events)`,
      );
    }
    return user;
  }

  private checkReachable(user: ZaloUser): void {
    if (!user.following) throw zaloError(OA_ERROR.notFollower, 'User has not followed the OA');
    if (user.lastInteractionAt === null) {
      throw zaloError(OA_ERROR.noInteractionHistory, 'User has no interaction history with the OA');
    }
    if (Date.now() - user.lastInteractionAt > this.interactionWindowMs) {
      throw zaloError(OA_ERROR.noInteraction7Days, 'User has not interacted with the OA in the past 7 days');
    }
  }

  /** Free if it is a reply inside the window with free replies left; otherwise one proactive message. */
  private spend(user: ZaloUser, message: ParsedCsMessage): 'free' | 'proactive' {
    const inWindow = user.lastMessageAt !== null && Date.now() - user.lastMessageAt <= this.freeWindowMs;
    const eligible = message.messageId !== undefined || !this.freeNeedsMessageId;
    if (inWindow && eligible && user.freeRepliesLeft > 0) {
      user.freeRepliesLeft -= 1;
      return 'free';
    }
    if (this.proactiveQuota.remain <= 0)
      throw zaloError(OA_ERROR.outOfQuota, 'Out of quota for this message type');
    this.proactiveQuota.remain -= 1;
    return 'proactive';
  }
}

function profile(user: ZaloUser): Record<string, unknown> {
  return {
    user_id: user.userId,
    user_id_by_app: user.userIdByApp,
    user_external_id: '',
    display_name: user.displayName,
    user_alias: '',
    is_sensitive: false,
    user_is_follower: user.following,
    user_last_interaction_date: user.lastInteractionAt === null ? '' : vnDate(user.lastInteractionAt),
    avatar: user.avatar,
    avatars: { '120': user.avatar, '240': user.avatar },
    tags_and_notes_info: { tag_names: [], notes: [] },
    ...(user.sharedInfo ? { shared_info: { ...user.sharedInfo } } : {}),
  };
}

/** dd/MM/yyyy in Vietnam time (UTC+7). */
function vnDate(ms: number): string {
  const date = new Date(ms + 7 * HOUR);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}
