import { zaloError, ZaloTokenError } from './zalo.exception';
import type { ZaloTokenService } from './zalo-token.service';

export interface ZnsMessage {
  /** 84xxxxxxxxx: Vietnamese numbers written internationally without "+". */
  phone: string;
  templateId: string;
  data: Record<string, string>;
  /** Our idempotency key, echoed in Zalo's delivery reports. */
  trackingId: string;
  /** Development mode delivers only to the app's and OA's admins. */
  development?: boolean;
}

/** 0912345678 / +84912345678 → 84912345678; null when it is not a Vietnamese mobile number. */
export function toZnsPhone(phone: string): string | null {
  const digits = phone.replace(/[^\d]/g, '');
  const national = digits.startsWith('84') ? digits.slice(2) : digits.replace(/^0/, '');
  return /^[35789]\d{8}$/.test(national) ? `84${national}` : null;
}

/** Zalo Notification Service: template messages to a phone number, outside the chat window. */
export class ZaloZnsClient {
  constructor(
    private readonly znsBase: string,
    private readonly tokens: ZaloTokenService,
  ) {}

  async send(message: ZnsMessage): Promise<{ msg_id: string }> {
    const body = {
      phone: message.phone,
      template_id: message.templateId,
      template_data: message.data,
      tracking_id: message.trackingId,
      ...(message.development ? { mode: 'development' } : {}),
    };
    const token = await this.tokens.accessToken();
    try {
      return await this.post(body, token);
    } catch (error) {
      if (!(error instanceof ZaloTokenError)) throw error;
      return this.post(body, await this.tokens.refresh(token));
    }
  }

  private async post(body: object, token: string): Promise<{ msg_id: string }> {
    const res = await fetch(`${this.znsBase}/message/template`, {
      method: 'POST',
      headers: { access_token: token, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    const json = (await res.json().catch(() => ({ error: -1, message: 'not JSON' }))) as {
      error: number;
      message?: string;
      data?: { msg_id: string };
    };
    if (json.error !== 0 || !json.data) throw zaloError(json.error, json.message ?? 'ZNS error');
    return json.data;
  }
}
