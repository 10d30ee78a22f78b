import { contentType, flatHeaders, header, ok, sleep, type FakeRequest, type FakeResponse } from './http-io';
import type { TokenStore } from './token-store';
import { safeEqual } from './zalo-crypto';
import { OAUTH_ERROR, oauthError, ZaloError } from './zalo-error';

/** One POST /v4/oa/access_token, whatever its grant and outcome. */
export interface TokenCall {
  grantType: string | undefined;
  /** Lower-cased request headers (secret_key among them). */
  headers: Record<string, string>;
  /** The form fields as sent. */
  form: Record<string, string>;
  at: number;
  /** When the answer left (after the configured delay); undefined while in flight. */
  answeredAt?: number;
  response?: unknown;
}

export interface OAuthContext {
  appId: string;
  appSecret: string;
  oaId: string;
  tokens: TokenStore;
}

/** OAuth v4 for an OA: the token endpoint (both grants) and a consent page that redirects at once. */
export class OAuthEndpoint {
  readonly calls: TokenCall[] = [];
  delayMs = 0;
  private inFlight = 0;
  private maxInFlight = 0;

  constructor(private readonly context: OAuthContext) {}

  /** The most token calls that were in flight together (a single-flight refresh keeps it at 1). */
  get maxConcurrent(): number {
    return this.maxInFlight;
  }

  async token(req: FakeRequest): Promise<FakeResponse> {
    const form =
      contentType(req) === 'application/x-www-form-urlencoded' ? new URLSearchParams(req.rawBody) : null;
    const call: TokenCall = {
      grantType: form?.get('grant_type') ?? undefined,
      headers: flatHeaders(req.headers),
      form: form ? Object.fromEntries(form) : {},
      at: Date.now(),
    };
    this.calls.push(call);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      // Decided on arrival, answered after the delay: of two overlapping refreshes with one token, one wins.
      let response: FakeResponse;
      try {
        response = ok(this.grant(req, form));
      } catch (error) {
        if (!(error instanceof ZaloError)) throw error;
        response = { status: error.status, body: error.body };
      }
      if (this.delayMs > 0) await sleep(this.delayMs);
      call.answeredAt = Date.now();
      call.response = response.body;
      return response;
    } finally {
      this.inFlight -= 1;
    }
  }

  /**
   * GET /v4/oa/permission?app_id&redirect_uri&code_challenge&state: the OA admin "consents" at once and
   * is sent to `redirect_uri?code=…&oa_id=…&state=…`.
   */
  permission(req: FakeRequest): FakeResponse {
    const appId = req.query.get('app_id');
    const redirectUri = req.query.get('redirect_uri');
    const challenge = req.query.get('code_challenge');
    if (appId !== this.context.appId || !redirectUri || !challenge) {
      const missing =
        appId !== this.context.appId ? 'app_id' : !redirectUri ? 'redirect_uri' : 'code_challenge';
      return { status: 400, body: { error: OAUTH_ERROR.invalidParameter, message: `Invalid ${missing}` } };
    }
    const target = new URL(redirectUri);
    target.searchParams.set('code', this.context.tokens.issueCode(challenge));
    target.searchParams.set('oa_id', this.context.oaId);
    const state = req.query.get('state');
    if (state !== null) target.searchParams.set('state', state);
    return { status: 302, body: undefined, headers: { location: target.toString() } };
  }

  private grant(req: FakeRequest, form: URLSearchParams | null): Record<string, string> {
    if (!form) {
      throw oauthError(OAUTH_ERROR.invalidParameter, 'Invalid parameter', 'Body must be form-urlencoded');
    }
    if (form.get('app_id') !== this.context.appId) {
      throw oauthError(
        OAUTH_ERROR.invalidAppId,
        'Invalid app_id',
        `Unknown app_id '${form.get('app_id') ?? ''}'`,
      );
    }
    const secret = header(req, 'secret_key');
    if (secret === undefined || !safeEqual(secret, this.context.appSecret)) {
      throw oauthError(
        OAUTH_ERROR.invalidSecretKey,
        'Invalid secret_key',
        'Header secret_key must be the app secret',
      );
    }
    const grantType = form.get('grant_type');
    if (grantType === 'refresh_token') return this.refreshGrant(form.get('refresh_token'));
    if (grantType === 'authorization_code')
      return this.codeGrant(form.get('code'), form.get('code_verifier'));
    throw oauthError(
      OAUTH_ERROR.invalidGrantType,
      'Invalid grant_type',
      `Unsupported grant_type '${grantType ?? ''}'`,
    );
  }

  private refreshGrant(refreshToken: string | null): Record<string, string> {
    const check = refreshToken ? this.context.tokens.consumeRefresh(refreshToken) : 'invalid';
    if (check !== 'ok') {
      const why = { used: 'has already been used', expired: 'has expired', invalid: 'is unknown' }[check];
      throw oauthError(OAUTH_ERROR.invalidRefreshToken, 'Invalid refresh token', `The refresh token ${why}`);
    }
    return this.pair();
  }

  private codeGrant(code: string | null, codeVerifier: string | null): Record<string, string> {
    if (!code || !codeVerifier) {
      throw oauthError(
        OAUTH_ERROR.invalidParameter,
        'Invalid parameter',
        'code and code_verifier are required',
      );
    }
    const check = this.context.tokens.consumeCode(code, codeVerifier);
    if (check === 'invalid') {
      throw oauthError(OAUTH_ERROR.invalidCode, 'Invalid code', 'The code is unknown or already used');
    }
    if (check === 'mismatch') {
      throw oauthError(
        OAUTH_ERROR.invalidCodeVerifier,
        'Invalid code verifier',
        'S256(code_verifier) != challenge',
      );
    }
    return this.pair();
  }

  private pair(): Record<string, string> {
    const { accessToken, refreshToken } = this.context.tokens.issuePair();
    return {
      access_token: accessToken,
      refresh_token: refreshToken,
      expires_in: String(this.context.tokens.accessTokenTtlSeconds),
    };
  }
}
