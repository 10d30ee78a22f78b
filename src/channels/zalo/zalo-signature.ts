import { createHash, timingSafeEqual } from 'node:crypto';

/** Zalo signs a webhook as SHA-256 (plain, not HMAC) of app_id + raw body + timestamp + OA secret key. */
export function zaloSignature(
  appId: string,
  rawBody: string | Buffer,
  timestamp: string,
  oaSecretKey: string,
): string {
  return createHash('sha256')
    .update(appId)
    .update(rawBody)
    .update(timestamp)
    .update(oaSecretKey)
    .digest('hex');
}

/** Constant-time check of the X-ZEvent-Signature header, with or without its "mac=" prefix. */
export function signatureMatches(header: string | undefined, expected: string): boolean {
  if (!header) return false;
  const given = Buffer.from(header.trim().replace(/^mac=/i, '').toLowerCase());
  const want = Buffer.from(expected);
  return given.length === want.length && timingSafeEqual(given, want);
}
