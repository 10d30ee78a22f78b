import { foldDiacritics, toMatchForm } from './text-fold.util';

describe('foldDiacritics', () => {
  it('drops tone and vowel marks and maps đ', () => {
    expect(foldDiacritics('Đăng ký khai sinh')).toBe('Dang ky khai sinh');
    expect(foldDiacritics('thủ tục đất đai')).toBe('thu tuc dat dai');
  });

  it('folds decomposed (NFD) input the same way as precomposed', () => {
    expect(foldDiacritics('ke\u0302\u0301t ho\u0302n')).toBe('ket hon');
  });
});

describe('toMatchForm', () => {
  it('lower-cases and turns punctuation into single spaces', () => {
    expect(toMatchForm('  Thủ tục đăng ký KẾT HÔN?!  ')).toBe('thu tuc dang ky ket hon');
    expect(toMatchForm('Đăng ký/thay đổi, (cấp lại)')).toBe('dang ky thay doi cap lai');
  });
});
