/** Typed Zalo API failures: the caller decides by type (refresh, fall back to ZNS, back off…). */
export class ZaloApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(`Zalo API error ${code}: ${message}`);
  }
}
/** -216 invalid / -220 expired access token, or HTTP 401: refresh once and retry once. */
export class ZaloTokenError extends ZaloApiError {}
/** -213: the citizen does not follow the OA. */
export class ZaloNotFollowingError extends ZaloApiError {}
/** -230 no interaction in 7 days / -232 no interaction history: use ZNS instead. */
export class ZaloWindowError extends ZaloApiError {}
/** -32: the app's rate limit; back off. */
export class ZaloRateLimitError extends ZaloApiError {}
/** -211: out of quota. */
export class ZaloQuotaError extends ZaloApiError {}

const BY_CODE: Record<number, new (code: number, message: string) => ZaloApiError> = {
  [-216]: ZaloTokenError,
  [-220]: ZaloTokenError,
  [-124]: ZaloTokenError,
  [-213]: ZaloNotFollowingError,
  [-230]: ZaloWindowError,
  [-232]: ZaloWindowError,
  [-32]: ZaloRateLimitError,
  [-211]: ZaloQuotaError,
};

export function zaloError(code: number, message: string): ZaloApiError {
  const Type = BY_CODE[code] ?? ZaloApiError;
  return new Type(code, message);
}
