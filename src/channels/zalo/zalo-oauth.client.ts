import { ZaloApiError } from './zalo.exception';
import type { TokenPair } from './zalo-token.repository';

export interface ZaloOauthSettings {
  appId: string;
  appSecret: string;
  oauthBase: string;
}

interface TokenResponse {
  access_token?: string;
  refresh_token?: string;
  expires_in?: string | number;
  error?: number;
  error_name?: string;
  error_description?: string;
  message?: string;
}

/** Zalo OAuth v4 for an OA: exchange a consent code, or rotate the single-use refresh token. */
export class ZaloOauthClient {
  constructor(private readonly settings: ZaloOauthSettings) {}

  refresh(refreshToken: string): Promise<TokenPair> {
    return this.token({
      refresh_token: refreshToken,
      app_id: this.settings.appId,
      grant_type: 'refresh_token',
    });
  }

  exchangeCode(code: string, codeVerifier: string): Promise<TokenPair> {
    return this.token({
      code,
      app_id: this.settings.appId,
      grant_type: 'authorization_code',
      code_verifier: codeVerifier,
    });
  }

  permissionUrl(redirectUri: string, codeChallenge: string, state: string): string {
    const url = new URL(`${this.settings.oauthBase}/v4/oa/permission`);
    url.search = new URLSearchParams({
      app_id: this.settings.appId,
      redirect_uri: redirectUri,
      code_challenge: codeChallenge,
      state,
    }).toString();
    return url.toString();
  }

  private async token(form: Record<string, string>): Promise<TokenPair> {
    const res = await fetch(`${this.settings.oauthBase}/v4/oa/access_token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', secret_key: this.settings.appSecret },
      body: new URLSearchParams(form).toString(),
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await res.json().catch(() => ({}))) as TokenResponse;
    // Errors also come as HTTP 200, with an error field.
    if (!res.ok || body.error || !body.access_token || !body.refresh_token) {
      throw new ZaloApiError(
        body.error ?? res.status,
        body.error_description ?? body.error_name ?? body.message ?? 'token request failed',
      );
    }
    const seconds = Number(body.expires_in); // a string in Zalo's answers
    return {
      accessToken: body.access_token,
      refreshToken: body.refresh_token,
      accessExpiresAt: Number.isFinite(seconds) && seconds > 0 ? new Date(Date.now() + seconds * 1000) : null,
    };
  }
}
