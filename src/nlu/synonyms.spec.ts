import { Synonyms } from './synonyms';
import { tokenize } from './vietnamese-text.util';

describe('Synonyms special cases', () => {
  const synonyms = new Synonyms({
    modifiers: ['nước ngoài', 'người nước ngoài', 'khóa', 'mở khóa', 'gia hạn'],
  });
  const named = (sets: Set<number>[]) => sets.map((s) => [...s].sort());

  it('reads each case a text states once, with the shorter cases inside it', () => {
    expect(named(synonyms.casesIn(tokenize('gia hạn thị thực cho người nước ngoài')))).toEqual([[4], [0, 1]]);
    expect(named(synonyms.casesIn(tokenize('mở khóa căn cước điện tử')))).toEqual([[2, 3]]);
  });

  it("counts a name's outermost cases only, but knows every case it mentions", () => {
    const name = tokenize('Khai báo tạm trú cho người nước ngoài');
    expect([...synonyms.outermostModifiersIn(name)]).toEqual([1]);
    expect([...synonyms.modifiersIn(name)].sort()).toEqual([0, 1]);
  });
});

describe('Synonyms implied cases', () => {
  const synonyms = new Synonyms({
    modifiers: ['lại', 'đổi', 'mất', 'hư hỏng'],
    implies: { mất: ['lại'], 'hư hỏng': ['đổi', 'lại'] },
  });

  it('adds the cases a stated case implies, not those already stated', () => {
    expect([...synonyms.impliedBy(new Set([2]))]).toEqual([0]);
    expect([...synonyms.impliedBy(new Set([3, 0]))]).toEqual([1]);
    expect(synonyms.impliedBy(new Set([0])).size).toBe(0);
  });

  it('rejects an implied case that is not a listed modifier, naming it', () => {
    expect(() => new Synonyms({ modifiers: ['mất'], implies: { mất: ['cấp lại'] } })).toThrow(/cấp lại/);
  });
});

describe('Synonyms stand-in cases', () => {
  it('gives the cases an action is filed under when no procedure is named for it', () => {
    const synonyms = new Synonyms({
      modifiers: ['lại', 'đổi', 'gia hạn'],
      stands_in: { 'gia hạn': ['lại', 'đổi'] },
    });
    expect(synonyms.standInsFor(2)).toEqual([0, 1]);
    expect(synonyms.standInsFor(0)).toEqual([]);
  });

  it('rejects a stand-in that is not a listed modifier, naming the section and the phrase', () => {
    expect(() => new Synonyms({ modifiers: ['gia hạn'], stands_in: { 'gia hạn': ['cấp lại'] } })).toThrow(
      /stands_in: "cấp lại"/,
    );
  });
});

describe('Synonyms question phrasing', () => {
  const synonyms = new Synonyms({
    synonyms: [['lệ phí trước bạ', 'thuế trước bạ']],
    ignore: ['lệ phí', 'bao nhiêu'],
  });
  const kept = (text: string) =>
    synonyms
      .withoutIgnored(tokenize(text))
      .map((t) => t.accented)
      .join(' ');

  it('drops question phrasing, but not inside a longer listed term', () => {
    expect(kept('làm sổ đỏ lệ phí bao nhiêu')).toBe('làm sổ đỏ');
    expect(kept('miễn lệ phí trước bạ nhà đất')).toBe('miễn lệ phí trước bạ nhà đất');
  });
});

describe('Synonyms abbreviations', () => {
  const synonyms = new Synonyms({
    abbreviations: { gplx: 'giấy phép lái xe', đkkd: 'đăng ký kinh doanh', mún: 'muốn' },
  });
  // Compared in canonical spelling: "ký" is stored as "kí".
  const canonical = (text: string) =>
    tokenize(text)
      .map((t) => t.accented)
      .join(' ');
  const full = (word: string) =>
    synonyms
      .abbreviationOf(tokenize(word)[0])
      ?.map((t) => t.accented)
      .join(' ');

  it('matches a plain key with or without diacritics, and đ as d', () => {
    expect(full('GPLX')).toBe('giấy phép lái xe');
    expect(full('dkkd')).toBe(canonical('đăng ký kinh doanh'));
    expect(full('đkkd')).toBe(canonical('đăng ký kinh doanh'));
  });

  it('matches a tone-marked chat spelling only as typed', () => {
    expect(full('mún')).toBe(canonical('muốn'));
    expect(full('mùn')).toBeUndefined();
    expect(full('mun')).toBeUndefined();
  });
});
