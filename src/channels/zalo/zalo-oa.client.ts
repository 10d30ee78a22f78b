import { ZaloTokenError, zaloError } from './zalo.exception';
import type { ZaloTokenService } from './zalo-token.service';

export interface ZaloButton {
  title: string;
  payload: string;
}

export interface ZaloUserDetail {
  user_id: string;
  user_id_by_app?: string;
  display_name?: string;
  user_is_follower?: boolean;
  shared_info?: { name?: string; phone?: string };
}

interface ZaloResponse<T> {
  error: number;
  message?: string;
  data?: T;
}

/** At most 5 buttons per message (Zalo's limit), titles within 100 characters. */
export const MAX_BUTTONS = 5;

/**
 * A small typed client for Zalo OA Open API v3 (no maintained npm package speaks it). Every call
 * carries the OA token in the `access_token` header; a token error is answered by one refresh and
 * one retry; other errors are typed (not following, outside the window, rate limit, quota).
 */
export class ZaloOaClient {
  constructor(
    private readonly apiBase: string,
    private readonly tokens: ZaloTokenService,
  ) {}

  sendText(userId: string, text: string): Promise<{ message_id: string }> {
    return this.call('POST', '/v3.0/oa/message/cs', { recipient: { user_id: userId }, message: { text } });
  }

  /** Choices as buttons whose payload comes back as the text of a user_send_text event. */
  sendButtons(userId: string, text: string, buttons: ZaloButton[]): Promise<{ message_id: string }> {
    return this.call('POST', '/v3.0/oa/message/cs', {
      recipient: { user_id: userId },
      message: {
        text,
        attachment: {
          type: 'template',
          payload: {
            buttons: buttons.slice(0, MAX_BUTTONS).map((b) => ({
              title: b.title.slice(0, 100),
              type: 'oa.query.hide',
              payload: b.payload,
            })),
          },
        },
      },
    });
  }

  /** Zalo's form asking the citizen to share name and phone; the answer is a user_submit_info event. */
  requestUserInfo(
    userId: string,
    title: string,
    subtitle: string,
    imageUrl?: string,
  ): Promise<{ message_id: string }> {
    return this.call('POST', '/v3.0/oa/message/cs', {
      recipient: { user_id: userId },
      message: {
        attachment: {
          type: 'template',
          payload: {
            template_type: 'request_user_info',
            elements: [
              {
                title: title.slice(0, 100),
                subtitle: subtitle.slice(0, 500),
                ...(imageUrl ? { image_url: imageUrl } : {}),
              },
            ],
          },
        },
      },
    });
  }

  userDetail(userId: string): Promise<ZaloUserDetail> {
    return this.call(
      'GET',
      `/v3.0/oa/user/detail?data=${encodeURIComponent(JSON.stringify({ user_id: userId }))}`,
    );
  }

  private async call<T>(method: 'GET' | 'POST', path: string, body?: object): Promise<T> {
    const token = await this.tokens.accessToken();
    try {
      return await this.request<T>(method, path, token, body);
    } catch (error) {
      if (!(error instanceof ZaloTokenError)) throw error;
      return this.request<T>(method, path, await this.tokens.refresh(token), body);
    }
  }

  private async request<T>(method: 'GET' | 'POST', path: string, token: string, body?: object): Promise<T> {
    const res = await fetch(`${this.apiBase}${path}`, {
      method,
      headers: { access_token: token, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(15_000),
    });
    if (res.status === 401) throw new ZaloTokenError(401, 'HTTP 401');
    const json = (await res
      .json()
      .catch(() => ({ error: res.status || -1, message: 'not JSON' }))) as ZaloResponse<T>;
    // Zalo answers HTTP 200 for errors too; success is error === 0 only.
    if (json.error !== 0) throw zaloError(json.error, json.message ?? 'unknown error');
    return json.data as T;
  }
}
