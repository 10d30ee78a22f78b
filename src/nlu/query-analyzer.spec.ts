import { Lexicon } from './lexicon';
import { QueryAnalyzer } from './query-analyzer';
import { Synonyms } from './synonyms';
import { tokenize } from './vietnamese-text.util';

const synonyms = new Synonyms({
  abbreviations: { cccd: 'căn cước công dân', ko: 'không', dc: 'được' },
  synonyms: [
    ['giấy chứng nhận quyền sử dụng đất', 'sổ đỏ', 'sổ hồng'],
    ['cấp lại', 'làm lại'],
    ['bị mất', 'mất'],
    ['trình báo mất', 'báo mất'],
    ['nhận chuyển nhượng quyền sử dụng đất', 'sang tên'],
    ['thay đổi chủ xe', 'sang tên xe'],
  ],
  ignore: ['cần giấy tờ gì', 'mất bao lâu', 'bao lâu', 'thủ tục'],
});
const lexicon = new Lexicon(
  [],
  [
    ...tokenize(
      'Thủ tục đăng ký khai sinh đăng ký kết hôn cấp lại căn cước giấy chứng nhận quyền sử dụng đất',
    ),
    ...synonyms.allTokens(),
  ],
);
const analyzer = new QueryAnalyzer(synonyms, lexicon);
const folded = (ts: { folded: string }[]) => ts.map((t) => t.folded).join(' ');

describe('QueryAnalyzer', () => {
  it('expands abbreviations', () => {
    const q = analyzer.analyze('lam lai cccd ko dc a');
    expect(folded(q.tokens)).toBe('lam lai can cuoc cong dan khong duoc a');
    expect(q.corrections.map((c) => c.kind)).toEqual(['abbreviation', 'abbreviation', 'abbreviation']);
  });

  it('adds the catalog wording for colloquial phrases', () => {
    const q = analyzer.analyze('làm lại sổ đỏ do đánh mất');
    expect(q.expansions.map(folded)).toEqual(['giay chung nhan quyen su dung dat', 'cap lai', 'bi mat']);
  });

  it('leaves alone a non-Vietnamese word the catalog itself uses (no split into "i de ra")', () => {
    const withCatalogWords = new QueryAnalyzer(
      synonyms,
      new Lexicon([
        ['idera', 2],
        ['i', 9],
        ['de', 9],
        ['ra', 9],
      ]),
    );
    expect(withCatalogWords.analyze('xóa đăng ký văn bản IDERA').tokens.map((t) => t.folded)).toContain(
      'idera',
    );
    const without = new QueryAnalyzer(
      synonyms,
      new Lexicon([
        ['i', 9],
        ['de', 9],
        ['ra', 9],
      ]),
    );
    expect(without.analyze('văn bản IDERA').tokens.map((t) => t.folded)).toEqual([
      'van',
      'ban',
      'i',
      'de',
      'ra',
    ]);
  });

  it('keeps a foreign word as typed: not Telex, not a typo ("gas" is not "gá" or "gan")', () => {
    const lexicon = new Lexicon([
      ['gan', 50],
      ['cua', 9],
      ['hang', 9],
    ]);
    const words = new QueryAnalyzer(synonyms, lexicon).analyze('cửa hàng gas').tokens.map((t) => t.folded);
    expect(words).toEqual(['cua', 'hang', 'gas']);
  });

  it('adds nothing for a variant inside the catalog wording the citizen already used', () => {
    expect(analyzer.analyze('trình báo mất hộ chiếu').expansions).toEqual([]);
    expect(analyzer.analyze('sổ đỏ bị mất').expansions.map(folded)).toEqual([
      'giay chung nhan quyen su dung dat',
    ]);
  });

  it('lets a longer colloquial phrase speak alone for the words it covers', () => {
    expect(analyzer.analyze('sang tên xe máy').expansions.map(folded)).toEqual(['thay doi chu xe']);
    expect(analyzer.analyze('sang tên nhà').expansions.map(folded)).toEqual([
      'nhan chuyen nhuong quyen su dung dat',
    ]);
  });

  it('drops question phrasing from the content before synonyms apply', () => {
    const q = analyzer.analyze('Thủ tục đăng ký khai sinh cần giấy tờ gì, mất bao lâu?');
    expect(folded(q.content)).toBe('dang ki khai sinh');
    expect(q.expansions).toEqual([]);
    expect(q.accented).toBe(true);
  });

  it('reads no phrase across punctuation: "thô sơ (đồ gia bảo)" typed bare is not "sổ đỏ"', () => {
    const q = analyzer.analyze('vu khi tho so (do gia bao)?');
    expect(q.expansions.map(folded)).not.toContain('giay chung nhan quyen su dung dat');
    expect(folded(q.content)).toBe('vu khi tho so  do gia bao');
    // Without the bracket the two words are the colloquial name of the land certificate.
    expect(analyzer.analyze('lam so do').expansions.map(folded)).toContain(
      'giay chung nhan quyen su dung dat',
    );
  });

  it('decodes telex, splits glued words and corrects typos', () => {
    const q = analyzer.analyze('dangw kys khaisinh ket honn');
    expect(folded(q.tokens)).toBe('dang ki khai sinh ket hon');
    expect(q.corrections.map((c) => c.kind)).toEqual(['telex', 'telex', 'split', 'typo']);
  });

  it('reads NFD text like NFC', () => {
    expect(folded(analyzer.analyze('ke\u0302\u0301t ho\u0302n').tokens)).toBe('ket hon');
  });

  it('never throws on odd input', () => {
    for (const text of ['', '😀😀', '\u0000\u0007', "'; DROP TABLE users; --", 'a'.repeat(20_000)]) {
      expect(() => analyzer.analyze(text)).not.toThrow();
    }
  });
});
