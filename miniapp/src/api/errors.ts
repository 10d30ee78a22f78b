/** Every failure the UI shows is one Vietnamese sentence; raw errors never reach the screen. */

export const NETWORK_ERROR_MESSAGE = 'Không kết nối được máy chủ. Vui lòng thử lại.';
const UNKNOWN_ERROR_MESSAGE = 'Đã có lỗi xảy ra. Vui lòng thử lại.';

/** Used only when the server gave no message of its own (a proxy page, an empty body). */
const MESSAGE_BY_STATUS: Record<number, string> = {
  400: 'Thông tin chưa hợp lệ. Vui lòng kiểm tra lại.',
  401: 'Vui lòng mở ứng dụng trong Zalo để tiếp tục.',
  403: 'Bạn không có quyền thực hiện thao tác này.',
  404: 'Không tìm thấy thông tin bạn cần.',
  429: 'Bạn thao tác quá nhiều lần. Vui lòng thử lại sau ít phút.',
};
const SERVER_FAILURE_MESSAGE = 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau.';

export class ApiError extends Error {
  constructor(
    message: string,
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly retryAfterMinutes?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function messageForStatus(status: number): string {
  if (status >= 500) return SERVER_FAILURE_MESSAGE;
  return MESSAGE_BY_STATUS[status] ?? UNKNOWN_ERROR_MESSAGE;
}

/** The server's `{ message }`; NestJS validation errors may carry a list of messages. */
export function messageFromBody(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const message = (body as { message?: unknown }).message;
  if (typeof message === 'string' && message.trim()) return message.trim();
  if (Array.isArray(message)) {
    const parts = message.filter((m): m is string => typeof m === 'string' && m.trim() !== '');
    if (parts.length) return parts.join(' ');
  }
  return null;
}

/** What to show for anything thrown while talking to the server. */
export function toUserMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : UNKNOWN_ERROR_MESSAGE;
}
