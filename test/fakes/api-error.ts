import type { TelegramResponse } from './telegram.types';

/** An error answer of the Bot API: `{ ok: false, error_code, description, parameters? }` with that HTTP status. */
export class TelegramApiError extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
    readonly retryAfter?: number,
  ) {
    super(description);
    this.name = 'TelegramApiError';
  }

  toResponse(): TelegramResponse {
    const response: TelegramResponse = { ok: false, error_code: this.status, description: this.description };
    if (this.retryAfter !== undefined) response.parameters = { retry_after: this.retryAfter };
    return response;
  }
}

export const badRequest = (what: string): TelegramApiError =>
  new TelegramApiError(400, `Bad Request: ${what}`);

export const unauthorized = (): TelegramApiError => new TelegramApiError(401, 'Unauthorized');

export const forbidden = (what: string): TelegramApiError => new TelegramApiError(403, `Forbidden: ${what}`);

export const notFound = (): TelegramApiError => new TelegramApiError(404, 'Not Found');

export const conflict = (what: string): TelegramApiError => new TelegramApiError(409, `Conflict: ${what}`);

export const tooManyRequests = (retryAfter: number): TelegramApiError =>
  new TelegramApiError(429, `Too Many Requests: retry after ${retryAfter}`, retryAfter);

/** A failure queued with `fake.failNext()`. */
export type InjectedFailure =
  | { status: 429; retryAfter?: number }
  | { status: 400 | 401 | 403 | 404 | 409 | 500 | 502; description?: string };

const DEFAULT_DESCRIPTIONS: Record<number, string> = {
  400: 'Bad Request: injected failure',
  401: 'Unauthorized',
  403: 'Forbidden: bot was blocked by the user',
  404: 'Not Found',
  409: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
};

export function injectedError(failure: InjectedFailure): TelegramApiError {
  if (failure.status === 429) return tooManyRequests(failure.retryAfter ?? 1);
  return new TelegramApiError(failure.status, failure.description ?? DEFAULT_DESCRIPTIONS[failure.status]);
}
