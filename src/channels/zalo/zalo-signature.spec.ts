import { createHash } from 'node:crypto';
import { signatureMatches, zaloSignature } from './zalo-signature';

describe('Zalo webhook signature', () => {
  const body = '{"app_id":"123","event_name":"user_send_text","timestamp":"1700000000000"}';
  const expected = createHash('sha256').update(`123${body}1700000000000secret-key`).digest('hex');

  it('is SHA-256 of app_id + raw body + timestamp + OA secret key', () => {
    expect(zaloSignature('123', body, '1700000000000', 'secret-key')).toBe(expected);
  });

  it('accepts the header with or without "mac=", any case, and rejects anything else', () => {
    expect(signatureMatches(`mac=${expected}`, expected)).toBe(true);
    expect(signatureMatches(expected.toUpperCase(), expected)).toBe(true);
    expect(signatureMatches(`mac=${expected.slice(0, -1)}0`, expected)).toBe(expected.endsWith('0'));
    expect(signatureMatches(undefined, expected)).toBe(false);
    expect(signatureMatches('mac=', expected)).toBe(false);
  });
});
