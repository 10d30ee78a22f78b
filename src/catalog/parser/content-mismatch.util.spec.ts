import { assessContentMismatch, isContentMismatch } from './content-mismatch.util';
import { canonicalTones, toneVariants } from '../../nlu/tone-placement.util';
import { realRecords } from './fixtures/real-records';
import type { ParsedProcedure } from './parsed-procedure';
import { isRejected, parseRecord } from './procedure.parser';

const WRONG_NAME = ['2.001428', '3.000226'];
const WRONG_RESULT = ['1.008118'];

function parsed(code: string): ParsedProcedure {
  const raw = realRecords().find((r) => r.ma_thu_tuc === code);
  const p = parseRecord(raw);
  if (isRejected(p)) throw new Error(p.reason);
  return p;
}

describe('content mismatch heuristic', () => {
  it.each(WRONG_NAME)(
    '%s: a decision title used as name, while the content is about "thanh niên xung phong"',
    (code) => {
      const p = parsed(code);
      expect(p.name).toMatch(/^Công bố Danh mục và Quy trình nội bộ thủ tục hành chính/);
      const verdict = assessContentMismatch(p);
      expect(verdict.mismatch).toBe(true);
      expect(verdict.kind).toBe('name');
      expect(verdict.nameCoverage).toBeLessThan(0.35);
      expect(verdict.resultOverlap).toBe(0);
      expect(verdict.foreignPhrases).toEqual(expect.arrayContaining(['thanh niên', 'xung phong']));
      expect(p.contentMismatch).toBe(true);
      expect(p.warnings).toContainEqual({
        field: 'name',
        message: expect.stringContaining('content does not match the name'),
      });
    },
  );

  it('does not flag any other real fixture (false positives must stay rare)', () => {
    const flaggedOnPurpose = [...WRONG_NAME, ...WRONG_RESULT];
    const others = realRecords().filter((r) => !flaggedOnPurpose.includes(r.ma_thu_tuc));
    const flagged = others.map((r) => parsed(r.ma_thu_tuc)).filter((p) => p.contentMismatch);
    expect(flagged.map((p) => p.code)).toEqual([]);
  });

  it('1.008118: the result document belongs to another procedure while steps and documents fit the name', () => {
    const p = parsed('1.008118');
    expect(p.name).toMatch(/^Xuất khẩu hoặc trao đổi quốc tế giống vật nuôi/);
    expect(p.results).toEqual([
      {
        name: 'Giảm kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu có mức độ rủi ro cao',
        code: 'KQ.G10.000149',
      },
    ]);
    const verdict = assessContentMismatch(p);
    expect(verdict).toMatchObject({ mismatch: true, kind: 'result', resultOverlap: 0 });
    expect(verdict.nameCoverage).toBeGreaterThan(0.9);
    expect(verdict.foreignPhrases).toEqual(expect.arrayContaining(['rủi ro', 'chất lượng']));
    expect(p.contentMismatch).toBe(true);
    expect(p.warnings).toContainEqual({
      field: 'results',
      message: expect.stringContaining('result documents belong to another procedure'),
    });
  });

  it('compares both tone placements ("hòa giải" / "hoà giải")', () => {
    expect(canonicalTones('hòa giải, thủy lợi, khỏe mạnh, hoàn thành')).toBe(
      'hoà giải, thuỷ lợi, khoẻ mạnh, hoàn thành',
    );
    expect(toneVariants('hoà giải')).toEqual(['hoà giải', 'hòa giải']);
    expect(toneVariants('giải quyết')).toEqual(['giải quyết']);
  });

  it('1.013227: a long name whose qualifiers never recur in the content is not judged a mismatch', () => {
    // Parenthesised qualifiers are ignored and "gia hạn giấy phép xây dựng … công trình cấp III"
    // is generic vocabulary, so too little is left to judge on.
    expect(assessContentMismatch(parsed('1.013227'))).toEqual({
      mismatch: false,
      kind: null,
      nameCoverage: null,
      resultOverlap: null,
      foreignPhrases: [],
    });
  });

  it('1.000178: a judged record whose content covers its name', () => {
    const verdict = assessContentMismatch(parsed('1.000178'));
    expect(verdict.mismatch).toBe(false);
    // Coverage alone is modest (the fixture's steps are trimmed): the result evidence decides.
    expect(verdict.nameCoverage).toBeGreaterThanOrEqual(0.5);
    expect(verdict.resultOverlap).toBeGreaterThan(0.5);
  });

  it('does not judge records with too little text to compare', () => {
    expect(
      assessContentMismatch({ name: 'Thủ tục đăng ký khai sinh', results: [], steps: null, documents: [] }),
    ).toEqual({ mismatch: false, kind: null, nameCoverage: null, resultOverlap: null, foreignPhrases: [] });
  });

  it('flags a synthetic swap of content between two real procedures', () => {
    const birth = parsed('1.001193');
    const marriage = parsed('1.000894');
    expect(isContentMismatch(birth)).toBe(false);
    // A marriage record whose content belongs to an unrelated procedure (customs clearance).
    const customs = parsed('1.007887');
    const swapped = {
      ...marriage,
      results: customs.results,
      steps: customs.steps,
      documents: customs.documents,
    };
    expect(
      isContentMismatch({
        ...swapped,
        name: 'Thủ tục đăng ký kết hôn có yếu tố nước ngoài tại khu vực biên giới',
      }),
    ).toBe(true);
  });
});
