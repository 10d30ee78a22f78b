/** OA Open API v3 error codes (CHANNELS.md). */
export const OA_ERROR = {
  rateLimited: -32,
  badParameter: -201,
  outOfQuota: -211,
  notFollower: -213,
  invalidToken: -216,
  expiredToken: -220,
  noInteraction7Days: -230,
  noInteractionHistory: -232,
  unsupportedType: -233,
} as const;

/** ZNS error codes (CHANNELS.md); -144 for an exhausted daily quota is the fake's choice (unverified). */
export const ZNS_ERROR = {
  invalidPhone: -108,
  invalidTemplate: -109,
  invalidTemplateData: -111,
  missingTemplateParam: -112,
  noZaloAccount: -118,
  invalidToken: -124,
  outOfDailyQuota: -144,
} as const;

/**
 * OAuth v4 errors come as HTTP 200 with `error`, `error_name`, `error_description`. Zalo's own numbers
 * could not be checked: these are the fake's. Apps must treat any non-zero `error` as a failure.
 */
export const OAUTH_ERROR = {
  invalidRefreshToken: -118,
  invalidParameter: -14003,
  invalidAppId: -14002,
  invalidSecretKey: -14004,
  invalidGrantType: -14005,
  invalidCode: -14019,
  invalidCodeVerifier: -14020,
} as const;

/** Graph (Mini App) errors `{ error, message }`; the numbers are the fake's (unverified). */
export const GRAPH_ERROR = {
  invalidAccessToken: -124,
  invalidAppSecretProof: -125,
  invalidSecretKey: -126,
  invalidPhoneCode: -127,
} as const;

/** A Zalo error answer: HTTP `status` (200 unless configured) with a JSON body carrying a non-zero `error`. */
export class ZaloError extends Error {
  constructor(
    readonly body: Record<string, unknown>,
    readonly status = 200,
  ) {
    super(String(body.message ?? body.error_description ?? body.error));
    this.name = 'ZaloError';
  }
}

/** `{ error: code, message }`, the OA, ZNS and graph error shape. */
export const zaloError = (code: number, message: string, status = 200): ZaloError =>
  new ZaloError({ error: code, message }, status);

export const oauthError = (code: number, name: string, description: string): ZaloError =>
  new ZaloError({ error: code, error_name: name, error_reason: name, error_description: description });

/** What failNext() makes an endpoint answer once: `{ error, message }` or any status/body. */
export interface InjectedFailure {
  /** HTTP status; 200 by default, as Zalo answers its errors. */
  status?: number;
  error?: number;
  message?: string;
  /** The whole body instead of `{ error, message }`. */
  body?: unknown;
}
