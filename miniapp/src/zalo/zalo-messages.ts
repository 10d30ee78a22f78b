import { ZaloUnavailableError, ZALO_ONLY_MESSAGE } from './bridge';

const ZALO_REFUSED_MESSAGE = 'Chưa thực hiện được. Vui lòng thử lại.';

/** Outside Zalo: say the feature needs Zalo; inside Zalo (cancelled, refused): invite a retry. */
export function zaloFailureMessage(error: unknown, refusedMessage = ZALO_REFUSED_MESSAGE): string {
  if (error instanceof ZaloUnavailableError && !error.insideZalo) return ZALO_ONLY_MESSAGE;
  return refusedMessage;
}
