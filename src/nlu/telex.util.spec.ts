import { decodeTelex } from './telex.util';

describe('decodeTelex', () => {
  it.each([
    ['kys', 'ký'],
    ['dangw', 'dăng'],
    ['ddang', 'đang'],
    ['ddaats', 'đất'],
    ['hoon', 'hôn'],
    ['keets', 'kết'],
    ['truwowngf', 'trường'],
    ['tamj', 'tạm'],
    ['trus', 'trú'],
    ['cuwus', 'cứu'],
    ['hoaf', 'hoà'],
    ['ky1', 'ký'],
    ['d9a8ng', 'đăng'],
    ['ke6t1', 'kết'],
  ])('%s → %s', (typed, expected) => expect(decodeTelex(typed)).toBe(expected.normalize('NFC')));

  it.each(['dang', 'ky', 'cccd', 'gplx', 'hello', '2025', 'abc123', 'khaisinh', 'gas', 'taxi', 'visa'])(
    'leaves %s alone',
    (token) => expect(decodeTelex(token)).toBeNull(),
  );
});
