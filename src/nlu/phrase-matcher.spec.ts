import { PhraseMatcher } from './phrase-matcher';
import { tokenize } from './vietnamese-text.util';

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher([tokenize('đổi'), tokenize('bị mất'), tokenize('ct07')]);
  const found = (text: string) => [...matcher.found(tokenize(text))].sort();

  it('finds phrases typed with or without diacritics', () => {
    expect(found('đổi giấy phép lái xe')).toEqual([0]);
    expect(found('doi giay phep lai xe')).toEqual([0]);
    expect(found('sổ đỏ bị mất')).toEqual([1]);
    expect(found('so do bi mat')).toEqual([1]);
    expect(found('xin mẫu CT07')).toEqual([2]);
  });

  it('does not take a different accented word with the same letters for the phrase', () => {
    expect(found('khai thuế đối với cá nhân')).toEqual([]);
    expect(found('tài liệu bí mật nhà nước')).toEqual([]);
  });
});
