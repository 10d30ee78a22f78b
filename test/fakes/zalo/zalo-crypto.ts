import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Graph API `appsecret_proof`: hex HMAC-SHA256 of the access token, keyed with the app secret. */
export function appSecretProof(appSecret: string, accessToken: string): string {
  return createHmac('sha256', appSecret).update(accessToken, 'utf8').digest('hex');
}

/** PKCE S256 code challenge: base64url (no padding) of SHA-256 of the verifier. */
export function pkceChallenge(codeVerifier: string): string {
  return createHash('sha256').update(codeVerifier, 'ascii').digest('base64url');
}

/** An opaque token shaped like Zalo's (long base64url). */
export function randomToken(bytes = 48): string {
  return randomBytes(bytes).toString('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
