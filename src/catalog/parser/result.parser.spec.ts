import { realField } from './fixtures/real-records';
import { parseResults, parseResultsDetailed } from './result.parser';

const resultsOf = (code: string) => parseResultsDetailed(realField(code, 'ket_qua_xu_ly'));

describe('parseResults', () => {
  it('1.001193 khai sinh: one coded result; portal widget and empty markers removed', () => {
    expect(parseResults(realField('1.001193', 'ket_qua_xu_ly'))).toEqual({
      results: [{ name: 'Giấy khai sinh', code: 'KQ.G15.000031' }],
      cleaned: 'Giấy khai sinh (Mã: KQ.G15.000031)',
    });
  });

  it('1.000894 kết hôn', () => {
    expect(resultsOf('1.000894')).toEqual({
      results: [{ name: 'Giấy chứng nhận kết hôn', code: 'KQ.G15.000032' }],
      cleaned: 'Giấy chứng nhận kết hôn (Mã: KQ.G15.000032)',
      issues: [],
    });
  });

  it('2.002011: several result documents, each with its code', () => {
    const { results, cleaned } = resultsOf('2.002011');
    expect(results).toEqual([
      { name: 'Văn bản nêu rõ lý do từ chối của Cơ quan đăng ký kinh doanh', code: 'KQ.G12.001040' },
      { name: 'Thông báo về việc sửa đổi, bổ sung hồ sơ đăng ký doanh nghiệp', code: 'KQ.G12.001051' },
      { name: 'Giấy chứng nhận đăng ký doanh nghiệp công ty hợp danh', code: 'KQ.G12.001303' },
    ]);
    expect(cleaned?.split('\n')).toHaveLength(3);
    expect(cleaned).not.toMatch(/Chọn cơ quan|Nộp hồ sơ|Từ khóa/);
  });

  it('1.001643: seven results with codes from two series (KQ.G12 / KQ.G24)', () => {
    const { results } = resultsOf('1.001643');
    expect(results).toHaveLength(7);
    expect(results[5]).toEqual({ name: 'Tiền trợ cấp', code: 'KQ.G24.000053' });
  });

  it('3.000163: a letters-only code ("VBTT")', () => {
    expect(resultsOf('3.000163').results).toEqual([
      { name: 'Văn bản tố tụng của Tòa án theo tiến trình giải quyết', code: 'VBTT' },
    ]);
  });

  it('1.003482: a code whose name is only "..." is reported', () => {
    expect(resultsOf('1.003482')).toEqual({
      results: [],
      cleaned: null,
      issues: ['result code KQ.G01.000279 without a document name'],
    });
  });

  it('1.009539: documents text leaked into the result field is kept as text, not as results', () => {
    const { results, cleaned, issues } = resultsOf('1.009539');
    expect(results).toEqual([]);
    expect(cleaned).toMatch(/^hợp đồng đã ký với khách hàng\./);
    expect(issues).toEqual(['result text is not a list of documents; kept as original text']);
  });

  it('keeps a real keyword and description, and accepts other code shapes', () => {
    const out = parseResultsDetailed(
      'Giấy phép và năng định nhân viên AMT/ARSMã: 000.00.00.G04-KQ1786Hợp đồng mua bán nhà ở xã hộiMã: KQ-G17.000004' +
        'Từ khóaTuyển chọn công dânMô tảKhông có thông tinChọn cơ quan thực hiệnTỉnh/ Thành phốBộ ngànhNộp hồ sơ',
    );
    expect(out).toEqual({
      results: [
        { name: 'Giấy phép và năng định nhân viên AMT/ARS', code: '000.00.00.G04-KQ1786' },
        { name: 'Hợp đồng mua bán nhà ở xã hội', code: 'KQ-G17.000004' },
      ],
      cleaned:
        'Giấy phép và năng định nhân viên AMT/ARS (Mã: 000.00.00.G04-KQ1786)\nHợp đồng mua bán nhà ở xã hội (Mã: KQ-G17.000004)\nTừ khóa: Tuyển chọn công dân',
      issues: [],
    });
  });

  it('a result without code becomes one uncoded result; empty input gives nothing', () => {
    expect(parseResults('Giấy phép lái xe')).toEqual({
      results: [{ name: 'Giấy phép lái xe', code: null }],
      cleaned: 'Giấy phép lái xe',
    });
    expect(parseResults('')).toEqual({ results: [], cleaned: null });
    expect(parseResults(null)).toEqual({ results: [], cleaned: null });
  });
});
