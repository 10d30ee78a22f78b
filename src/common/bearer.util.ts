import { timingSafeEqual } from 'node:crypto';

/** True when the Authorization header carries exactly `expected` as a bearer token (constant time). */
export function bearerMatches(authorization: string | undefined, expected: string): boolean {
  const given = Buffer.from((authorization ?? '').replace(/^Bearer\s+/i, ''));
  const want = Buffer.from(expected);
  return given.length === want.length && timingSafeEqual(given, want);
}
