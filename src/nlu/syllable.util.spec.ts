import { isSyllable } from './syllable.util';

describe('isSyllable', () => {
  it.each([
    'dang',
    'ky',
    'khai',
    'sinh',
    'nghieng',
    'quyen',
    'gi',
    'gia',
    'thuong',
    'truong',
    'xoong',
    'yeu',
    'uyen',
    'a',
    'o',
  ])('accepts %s', (s) => expect(isSyllable(s)).toBe(true));

  it.each(['kys', 'dangw', 'cccd', 'gplx', 'dangky', 'khaisinh', 'xyz', 'ddang', '', 'hello', 'q'])(
    'rejects %s',
    (s) => expect(isSyllable(s)).toBe(false),
  );
});
