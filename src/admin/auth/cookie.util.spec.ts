import { readCookie, sessionCookie } from './cookie.util';

describe('cookie util', () => {
  it('reads one cookie among several, decoding it', () => {
    expect(readCookie('a=1; tthc_staff=abc%2Fd; b=2', 'tthc_staff')).toBe('abc/d');
    expect(readCookie('a=1', 'tthc_staff')).toBeUndefined();
    expect(readCookie(undefined, 'x')).toBeUndefined();
    expect(readCookie('x=%E0%A4%A', 'x')).toBeUndefined();
  });

  it('writes an httpOnly, SameSite cookie, Secure only when asked', () => {
    const plain = sessionCookie('s', 'v', { maxAgeSeconds: 60, secure: false });
    expect(plain).toBe('s=v; Path=/; HttpOnly; SameSite=Lax; Max-Age=60');
    expect(sessionCookie('s', 'v', { maxAgeSeconds: 0, secure: true })).toContain('; Secure');
  });
});
