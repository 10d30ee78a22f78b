import { isCancel, matchWords, triggerKey } from './flow-text.util';

describe('flow text normalisation', () => {
  it('gives the same key to a trigger typed with or without diacritics, in NFD or shorthand', () => {
    const key = triggerKey('Giờ làm việc không');
    expect(triggerKey('gio lam viec khong')).toBe(key);
    expect(triggerKey('giờ làm việc không'.normalize('NFD'))).toBe(key);
    expect(triggerKey('gio lam viec ko')).toBe(key);
    expect(triggerKey('giờ làm việc hông')).toBe(key);
    expect(triggerKey('kí')).toBe(triggerKey('ký'));
  });

  it('keeps "hồng" apart from the shorthand "hông"', () => {
    expect(triggerKey('sổ hồng')).toBe('so hong');
  });

  it('spells out weekdays and squeezes repeated letters', () => {
    expect(triggerKey('thứ 7')).toBe(triggerKey('thứ bảy'));
    expect(triggerKey('khongggg')).toBe('khong');
  });

  it('marks filler words, deciding on the accent when there is one', () => {
    expect(matchWords('giờ làm việc của một cửa')).toEqual([
      { folded: 'gio', content: true },
      { folded: 'lam', content: true },
      { folded: 'viec', content: true },
      { folded: 'cua', content: false },
      { folded: 'mot', content: true },
      { folded: 'cua', content: true },
    ]);
  });

  it.each([
    'hủy',
    'huỷ',
    'HỦY',
    '/huy',
    'huy bo',
    'thôi',
    'thôi ạ',
    'thoi khong can nua',
    'dừng',
    'dừng lại',
    'cancel',
  ])('treats "%s" as cancel', (text) => expect(isCancel(text)).toBe(true));

  it.each(['đúng', 'dung', 'thôi việc', 'hủy hồ sơ đăng ký kết hôn thế nào', 'không', ''])(
    'does not treat "%s" as cancel',
    (text) => expect(isCancel(text)).toBe(false),
  );
});
