import { realField } from './fixtures/real-records';
import { parseLegalBases, parseLegalBasesDetailed } from './legal-bases.parser';

const legalOf = (code: string) => parseLegalBasesDetailed(realField(code, 'can_cu_phap_ly'));

describe('parseLegalBases', () => {
  it('1.000178: a title ending in a year keeps its year ("năm 2011" + "02/2011/QH13")', () => {
    const { legalBases, issues } = legalOf('1.000178');
    expect(issues).toEqual([]);
    expect(legalBases).toEqual([
      {
        number: '68/2013/TT-BCA',
        title:
          'Hướng dẫn xử lý khiếu nại, kiến nghị, phản ánh; giải quyết khiếu nại và quản lý công tác giải quyết khiếu nại trong công an nhân dân',
      },
      { number: '02/2011/QH13', title: 'Luật Khiếu nại năm 2011' },
      { number: '11/2015/TT-BCA', title: 'Quy định quy trình giải quyết khiếu nại trong công an nhân dân' },
      { number: '05/2012/NĐ-CP', title: 'Nghị định 05/2012/NĐ-CP' },
    ]);
  });

  it('1.001193 khai sinh: numbers inside titles, decimal numbers and glued legislature codes', () => {
    const { legalBases, issues } = legalOf('1.001193');
    expect(issues).toEqual([]);
    expect(legalBases).toHaveLength(15);
    expect(legalBases.every((l) => l.number !== null)).toBe(true);
    const byNumber = new Map(legalBases.map((l) => [l.number, l.title]));
    expect(byNumber.get('66.7/2025/NQ-CP')).toBe(
      'Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu',
    );
    // "Luật 60/2014/QH1360/2014/QH13"
    expect(byNumber.get('60/2014/QH13')).toBe('Luật 60/2014/QH13');
    // A code cell with a trailing space before the next title: "…18/2026/NĐ-CP Nghị định quy định…"
    expect(byNumber.get('18/2026/NĐ-CP')).toMatch(/^Nghị định sửa đổi, bổ sung một số nghị định để cắt giảm/);
    expect(byNumber.get('87/2020/NĐ-CP')).toBe(
      'Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến',
    );
    // The code cell repeated the document type: "…Bộ Tư phápThông tư số 03/2023/TT-BTP".
    expect(byNumber.get('03/2023/TT-BTP')).toBe(
      'Thông tư số 03/2023/TT-BTP ngày 02/8/2023 của Bộ trưởng Bộ Tư pháp',
    );
    expect(byNumber.get('123/2015/NĐ-CP')).toMatch(
      /^Nghị định số 123\/2015\/NĐ-CP ngày 15\/11\/2015 của Chính phủ/,
    );
  });

  it('1.000894 kết hôn: every row numbered, including 52/2014/QH13 and 60/2014/QH13', () => {
    const numbers = parseLegalBases(realField('1.000894', 'can_cu_phap_ly')).map((l) => l.number);
    expect(numbers).toEqual(
      expect.arrayContaining([
        '04/2020/TT-BTP',
        '52/2014/QH13',
        '60/2014/QH13',
        '123/2015/NĐ-CP',
        '66.7/2025/NQ-CP',
      ]),
    );
    expect(numbers).not.toContain(null);
  });

  it('1.012681: "Luật số …" and "số …" prefixes in the code cell are not titles', () => {
    expect(legalOf('1.012681').legalBases).toEqual([
      { number: '32/2024/QH15', title: 'Luật Các tổ chức tín dụng' },
      { number: '50/2025/TT-NHNN', title: '50/2025/TT-NHNN' },
    ]);
  });

  it('1.007887: numbers without year and pre-2000 "73-CP" codes', () => {
    const { legalBases } = legalOf('1.007887');
    expect(legalBases.map((l) => l.number)).toEqual([
      '19/2014/TT-BTC',
      '601/QĐ-BTC',
      '08/2015/NĐ-CP',
      '54/2014/QH13',
      '93/2018/TT-BTC',
      '73-CP',
      '119/2014/TT-BTC',
      '53/2013/QĐ-TTg',
      '10/2018/QĐ-TTg',
      '59/2018/NĐ-CP',
    ]);
    expect(legalBases[5].title).toMatch(/^Nghị định 73\/NĐ-CP ngày 30\/7\/1994/);
  });

  it('3.000163: multi-issuer joint circulars, "L-CTN", and a leaked field removed', () => {
    const { legalBases, issues } = legalOf('3.000163');
    expect(legalBases).toEqual([
      {
        number: '02/2014/TTLT-TANDTC-VKSNDTC-BTP-BTC',
        title: 'Thông tư liên tịch 02/2014/TTLT-TANDTC-VKSNDTC-BTP-BTC',
      },
      { number: '110/2015/QH13', title: 'Nghị quyết 110/2015/QH13' },
      { number: '21/2014/L-CTN', title: 'Lệnh 21/2014/L-CTN' },
      { number: '56/2010/QH12', title: 'Nghị quyết 56/2010/QH12' },
    ]);
    expect(issues).toEqual(['text of another field removed from legal bases']);
  });

  it('1.001643: a code glued to a capitalised title ("NĐ-CP-Quy định…", "QH13LUẬT") ends at the issuer', () => {
    const { legalBases } = legalOf('1.001643');
    expect(legalBases.map((l) => l.number)).toEqual([
      '56/2017/TT-BYT',
      '143/2018/NĐ-CP',
      '15/2016/TT-BYT',
      '58/2020/NĐ-CP',
      '88/2020/NĐ-CP',
      '166/2016/NĐ-CP',
      '58/2014/QH13',
      '84/2015/QH13',
    ]);
    expect(legalBases[6].title).toBe('LUẬT Bảo hiểm xã hội');
  });

  it('2.002032: "Luật Doanh nghiệp 2020" + "76/2025/QH15" keeps 2020 in the title', () => {
    const { legalBases } = legalOf('2.002032');
    expect(legalBases).toContainEqual({
      number: '76/2025/QH15',
      title: 'Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp 2020',
    });
    expect(legalBases).toContainEqual({ number: '59/2020/QH14', title: 'Luật Doanh nghiệp' });
  });

  it('3.000337: text that is not the legal table is reported, not parsed', () => {
    expect(legalOf('3.000337')).toEqual({
      legalBases: [],
      issues: ['legal bases text is not a table; kept as original text'],
    });
  });

  it('keeps a trailing row without number and handles empty input', () => {
    expect(
      parseLegalBasesDetailed('Tên văn bản pháp lýMã văn bảnLuật 60/2014/QH1360/2014/QH13Luật Hóa chất'),
    ).toEqual({
      legalBases: [
        { number: '60/2014/QH13', title: 'Luật 60/2014/QH13' },
        { number: null, title: 'Luật Hóa chất' },
      ],
      issues: ['legal basis without a document number'],
    });
    expect(parseLegalBases('Không có thông tin')).toEqual([]);
    expect(parseLegalBases(undefined)).toEqual([]);
  });
});
