import { pkceChallenge, randomToken } from './zalo-crypto';

export type AccessCheck = 'valid' | 'expired' | 'invalid';
export type RefreshCheck = 'ok' | 'used' | 'expired' | 'invalid';
export type CodeCheck = 'ok' | 'invalid' | 'mismatch';

interface Issued {
  expiresAt: number;
  /** expired: answers -220; revoked: answers -216 like an unknown token; used: a spent refresh token. */
  state: 'active' | 'expired' | 'revoked' | 'used';
}

export interface TokenStoreOptions {
  accessToken: string;
  refreshToken: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** When a refresh issues a new pair, older access tokens answer -216 (default: they live until expiry). */
  revokeAccessTokensOnRefresh: boolean;
}

/** OA access tokens, single-use refresh tokens and PKCE authorization codes. */
export class TokenStore {
  private readonly access = new Map<string, Issued>();
  private readonly refresh = new Map<string, Issued>();
  private readonly codes = new Map<string, { challenge: string; used: boolean }>();
  private currentAccess: string;
  private currentRefresh: string;

  constructor(private readonly options: TokenStoreOptions) {
    this.currentAccess = options.accessToken;
    this.currentRefresh = options.refreshToken;
    this.access.set(options.accessToken, this.issued(options.accessTokenTtlSeconds));
    this.refresh.set(options.refreshToken, this.issued(options.refreshTokenTtlSeconds));
  }

  /** The newest access token. */
  get accessToken(): string {
    return this.currentAccess;
  }

  /** The newest refresh token (the only one that works, once). */
  get refreshToken(): string {
    return this.currentRefresh;
  }

  get accessTokenTtlSeconds(): number {
    return this.options.accessTokenTtlSeconds;
  }

  checkAccess(token: string | undefined): AccessCheck {
    const issued = token === undefined ? undefined : this.access.get(token);
    if (!issued || issued.state === 'revoked') return 'invalid';
    if (issued.state === 'expired' || issued.expiresAt <= Date.now()) return 'expired';
    return 'valid';
  }

  /** Spends a refresh token: only the first use of a live one is 'ok'. */
  consumeRefresh(token: string): RefreshCheck {
    const issued = this.refresh.get(token);
    if (!issued || issued.state === 'revoked') return 'invalid';
    if (issued.state === 'used') return 'used';
    if (issued.state === 'expired' || issued.expiresAt <= Date.now()) return 'expired';
    issued.state = 'used';
    return 'ok';
  }

  /** A new pair; it becomes current. Unused older refresh tokens die with it (one live refresh token). */
  issuePair(): { accessToken: string; refreshToken: string } {
    if (this.options.revokeAccessTokensOnRefresh) {
      for (const issued of this.access.values()) issued.state = 'revoked';
    }
    for (const issued of this.refresh.values()) if (issued.state === 'active') issued.state = 'revoked';
    this.currentAccess = randomToken();
    this.currentRefresh = randomToken();
    this.access.set(this.currentAccess, this.issued(this.options.accessTokenTtlSeconds));
    this.refresh.set(this.currentRefresh, this.issued(this.options.refreshTokenTtlSeconds));
    return { accessToken: this.currentAccess, refreshToken: this.currentRefresh };
  }

  /** Every access token issued so far now answers -220 (`expired`) or -216 (`invalid`). */
  expireAccessTokens(as: 'expired' | 'invalid'): void {
    for (const issued of this.access.values()) issued.state = as === 'expired' ? 'expired' : 'revoked';
  }

  expireRefreshToken(): void {
    const issued = this.refresh.get(this.currentRefresh);
    if (issued && issued.state === 'active') issued.state = 'expired';
  }

  /** A single-use authorization code bound to a PKCE S256 challenge. */
  issueCode(codeChallenge: string): string {
    const code = randomToken(32);
    this.codes.set(code, { challenge: codeChallenge, used: false });
    return code;
  }

  consumeCode(code: string, codeVerifier: string): CodeCheck {
    const entry = this.codes.get(code);
    if (!entry || entry.used) return 'invalid';
    entry.used = true;
    return pkceChallenge(codeVerifier) === entry.challenge ? 'ok' : 'mismatch';
  }

  private issued(ttlSeconds: number): Issued {
    return { expiresAt: Date.now() + ttlSeconds * 1000, state: 'active' };
  }
}
