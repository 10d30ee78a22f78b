import { Lexicon } from '../../nlu/lexicon';
import { QueryAnalyzer } from '../../nlu/query-analyzer';
import { Synonyms } from '../../nlu/synonyms';
import { ProcedureSearch } from './procedure-search';
import type { SearchDocument } from './search-document';

/** A small catalog: three residence procedures, one of them at two levels. */
function doc(code: string, name: string): SearchDocument {
  return {
    code,
    name,
    levels: ['Cấp xã'],
    field: 'Đăng ký, quản lý cư trú',
    results: [],
    body: 'Công dân nộp hồ sơ tại Công an cấp xã về cư trú',
    contentMismatch: false,
    provincial: false,
  };
}
const DOCS = [
  doc('1.004222', 'Đăng ký thường trú'),
  doc('1.003197', 'Xóa đăng ký thường trú'),
  doc('1.010038', 'Tách hộ'),
  doc('1.010039', 'Điều chỉnh thông tin về cư trú (thực hiện tại cấp xã)'),
  doc('2.010039', 'Điều chỉnh thông tin về cư trú (thực hiện tại cấp tỉnh)'),
];
const BASE = { modifiers: ['xóa', 'điều chỉnh'] };

function searchWith(source: ConstructorParameters<typeof Synonyms>[0]) {
  const synonyms = new Synonyms(source);
  const search = new ProcedureSearch(DOCS, synonyms);
  const analyzer = new QueryAnalyzer(synonyms, new Lexicon(search.vocabulary(), synonyms.allTokens()));
  return (text: string) => search.search(analyzer.analyze(text)).hits;
}

describe('ProcedureSearch with how citizens ask for a procedure', () => {
  const withPhrases = searchWith({
    ...BASE,
    procedures: {
      '1.003197': ['cắt khẩu', 'xóa tên khỏi hộ khẩu'],
      '1.010039': ['ghi sai số nhà'],
    },
  });
  const without = searchWith(BASE);

  it("finds the procedure from the citizen's own words, which its name lacks", () => {
    const hits = withPhrases('cắt khẩu cho bố đã mất');
    expect(hits[0].code).toBe('1.003197');
    expect(hits[0].phraseMatch).toBe(true);
    expect(hits[0].nameCoverage).toBe(1);
    // Without the phrase nothing in the message names it.
    expect(without('cắt khẩu cho bố đã mất')[0]?.code).not.toBe('1.003197');
  });

  it('matches typed without diacritics, and counts the name’s case as asked', () => {
    const hit = withPhrases('xoa ten anh trai khoi ho khau vi da dinh cu nuoc ngoai')[0];
    expect(hit.code).toBe('1.003197');
    expect(hit.missingCases).toBe(0);
  });

  it('gives the same phrases to the level copies of the procedure', () => {
    const hits = withPhrases('nơi thường trú ghi sai số nhà');
    expect(hits[0].code).toBe('1.010039');
    const matched = hits.filter((h) => h.phraseMatch).map((h) => h.code);
    expect(matched.sort()).toEqual(['1.010039', '2.010039']);
  });

  it('counts a phrase stated in part as part of the name', () => {
    const hit = withPhrases('khỏi hộ khẩu')[0];
    expect(hit.code).toBe('1.003197');
    // It ranks the procedure, but is no evidence to answer with: only a whole phrase is.
    expect(hit.phraseMatch).toBe(false);
    expect(hit.nameCoverage).toBe(0);
  });

  it('is stated only with its function words: "thường trú bị sai" is not every "thường trú"', () => {
    const search = searchWith({ ...BASE, procedures: { '1.010039': ['thường trú bị sai'] } });
    expect(search('đăng ký thường trú').some((h) => h.phraseMatch)).toBe(false);
    expect(search('nơi thường trú bị sai rồi')[0]).toMatchObject({ code: '1.010039', phraseMatch: true });
  });

  it("counts the message's words against the name and one phrase, not words spread over several", () => {
    const search = searchWith({
      ...BASE,
      procedures: { '1.010038': ['ra ở riêng', 'chia đôi nhà', 'tách khẩu cho con'] },
    });
    const [hit] = search('tách hộ ra riêng');
    expect(hit.code).toBe('1.010038');
    const spread = search('riêng nhà con').find((h) => h.code === '1.010038')!;
    // "riêng", "nhà" and "con" each occur in some phrase, but no phrase holds two of them.
    expect(spread.queryCoverage).toBeCloseTo(1 / 3);
  });

  it("takes a case as asked only from the phrase the message states, not the procedure's others", () => {
    const search = searchWith({
      ...BASE,
      procedures: { '1.010038': ['ra ở riêng', 'xóa tên chủ hộ cũ'] },
    });
    // "xóa" is asked, and only the phrase the citizen did not state says it.
    const hit = search('ra ở riêng rồi muốn xóa')[0];
    expect(hit).toMatchObject({ code: '1.010038', phraseMatch: true });
    expect(hit.missingCases).toBe(1);
    expect(search('xóa tên chủ hộ cũ')[0]).toMatchObject({ code: '1.010038', missingCases: 0 });
  });

  it('ignores a code that is not in the catalog', () => {
    const search = searchWith({ ...BASE, procedures: { '9.999999': ['cắt khẩu'] } });
    expect(search('cắt khẩu').every((h) => !h.phraseMatch)).toBe(true);
  });
});

describe('Synonyms procedure phrases', () => {
  it('reads phrases by procedure code', () => {
    const synonyms = Synonyms.fromText('procedures:\n  "1.004220":\n    - nhập khẩu cho con\n', 'test');
    expect(synonyms.procedurePhrases.get('1.004220')?.[0].map((t) => t.folded)).toEqual([
      'nhap',
      'khau',
      'cho',
      'con',
    ]);
  });

  it('refuses an unquoted code, which YAML reads as a number, saying how to write it', () => {
    expect(() =>
      Synonyms.fromText('procedures:\n  1.004220:\n    - nhập khẩu\n', 'intents/synonyms.yaml'),
    ).toThrow(/intents\/synonyms\.yaml.*ngoặc kép/s);
  });

  it('refuses a code without phrases', () => {
    expect(() => Synonyms.fromText('procedures:\n  "1.004220": []\n', 'test')).toThrow();
  });
});
