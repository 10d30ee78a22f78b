import { createHash } from 'node:crypto';

/** The header Zalo signs webhook deliveries with: `X-ZEvent-Signature: mac=<hex>`. */
export const ZALO_SIGNATURE_HEADER = 'X-ZEvent-Signature';

/**
 * The hex in `X-ZEvent-Signature: mac=<hex>`: plain SHA-256 (not HMAC) of
 * `app_id + raw body + timestamp + OA secret key`, where `timestamp` is the field inside the body (ms, a
 * string) and the key is the OA's secret key, not the app secret. Hash the bytes as sent.
 */
export function zaloSignature(
  appId: string,
  rawBody: string | Buffer,
  timestamp: string | number,
  oaSecretKey: string,
): string {
  return createHash('sha256')
    .update(appId, 'utf8')
    .update(typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody)
    .update(String(timestamp), 'utf8')
    .update(oaSecretKey, 'utf8')
    .digest('hex');
}
