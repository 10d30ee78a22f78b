import { canonicalWord, clauses, tokenize, tokenizeClauses, words, SEPARATOR } from './vietnamese-text.util';

describe('Vietnamese text utilities', () => {
  it('unifies tone placement and i/y', () => {
    expect(canonicalWord('hòa')).toBe(canonicalWord('hoà'));
    expect(canonicalWord('thủy')).toBe(canonicalWord('thuỷ'));
    expect(canonicalWord('ký')).toBe('kí');
    expect(canonicalWord('lý')).toBe('lí');
    expect(canonicalWord('quý')).toBe('quý');
    expect(canonicalWord('tuy')).toBe('tuy');
  });

  it('splits on punctuation, emoji and control characters and reads NFD input', () => {
    expect(words('Đăng ký\u0000kết-hôn?! 😀 ok\u200b')).toEqual(['đăng', 'ký', 'kết', 'hôn', 'ok']);
    expect(words('ke\u0302\u0301t ho\u0302n')).toEqual(['kết', 'hôn']);
  });

  it('gives accented and folded forms, folded i/y unified', () => {
    expect(tokenize('Đăng ký')).toEqual([
      { accented: 'đăng', folded: 'dang', hasDiacritics: true },
      { accented: 'kí', folded: 'ki', hasDiacritics: true },
    ]);
    expect(tokenize('dang ky')[1]).toEqual({ accented: 'ki', folded: 'ki', hasDiacritics: false });
  });

  it('splits a message into clauses at brackets, sentence marks and a comma before a space', () => {
    expect(
      clauses('vũ khí thô sơ (đồ gia bảo)?')
        .map((c) => c.trim())
        .filter(Boolean),
    ).toEqual(['vũ khí thô sơ', 'đồ gia bảo']);
    expect(clauses('hồ sơ gồm gì, nộp ở đâu. Cảm ơn').map((c) => c.trim())).toEqual([
      'hồ sơ gồm gì',
      'nộp ở đâu',
      'Cảm ơn',
    ]);
    // Inside a word or a number a mark separates nothing.
    expect(clauses('lệ phí 1,5 triệu ở tp.hcm')).toEqual(['lệ phí 1,5 triệu ở tp.hcm']);
  });

  it('puts one empty token between clauses, none at the ends', () => {
    const tokens = tokenizeClauses('(thô sơ, đồ cổ)');
    expect(tokens.map((t) => t.folded)).toEqual(['tho', 'so', '', 'do', 'co']);
    expect(tokens[2]).toBe(SEPARATOR);
  });
});
