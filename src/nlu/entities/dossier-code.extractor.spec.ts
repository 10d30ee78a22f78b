import { extractDossierCodes, isValidDate } from './dossier-code.extractor';

const codesOf = (text: string): string[] => extractDossierCodes(text).codes.map((c) => c.code);

describe('extractDossierCodes: well-formed codes', () => {
  it.each([
    ['000.00.12.H41-250312-0007', '000.00.12.H41-250312-0007'],
    ['mã hồ sơ 000.00.00.H56-240101-0001', '000.00.00.H56-240101-0001'],
    ['000.00.12.h41-250312-0007', '000.00.12.H41-250312-0007'],
    ['000.00.12.h41 - 250312 - 0007', '000.00.12.H41-250312-0007'],
    ['000.00.12.H41 -250312- 0007', '000.00.12.H41-250312-0007'],
    ['(000.00.12.H41-250312-0007).', '000.00.12.H41-250312-0007'],
    ['mã:000.00.12.H41-250312-0007', '000.00.12.H41-250312-0007'],
    ['"000.00.12.H41-250312-0007"', '000.00.12.H41-250312-0007'],
    ['[000.00.12.H41-250312-0007]', '000.00.12.H41-250312-0007'],
    ['ma000.00.12.H41-250312-0007', '000.00.12.H41-250312-0007'],
    ['hs 000.00.12.H41-250312-0007ạ', '000.00.12.H41-250312-0007'],
    ['H56.31.2-250110-0042', 'H56.31.2-250110-0042'],
    ['G01.123-250201-0009', 'G01.123-250201-0009'],
    ['h55.242-260101-0001', 'H55.242-260101-0001'],
    ['000.00.04.G14-231231-9999', '000.00.04.G14-231231-9999'],
    ['H41-250312-0007', 'H41-250312-0007'],
    ['000.20.31.H56-240229-0100', '000.20.31.H56-240229-0100'],
    ['000.00.12.H41–250312–0007', '000.00.12.H41-250312-0007'],
    ['000.00.12.H41—250312—0007', '000.00.12.H41-250312-0007'],
    ['000.00.12.H41−250312−0007', '000.00.12.H41-250312-0007'],
    ['000.00.12.H41_250312_0007', '000.00.12.H41-250312-0007'],
    ['000.00.12.H41--250312-0007', '000.00.12.H41-250312-0007'],
    ['000.00.12.H41－250312－0007', '000.00.12.H41-250312-0007'],
    ['mã:\t000.00.12.H41-250312-0007\n', '000.00.12.H41-250312-0007'],
    ['12.34-250312-0007', '12.34-250312-0007'],
  ])('%j → %s', (text, code) => {
    expect(codesOf(text)).toEqual([code]);
    expect(extractDossierCodes(text).malformed).toEqual([]);
  });

  it('keeps the raw text as typed', () => {
    expect(extractDossierCodes('mã 000.00.12.h41 - 250312 - 0007 nhé').codes).toEqual([
      { code: '000.00.12.H41-250312-0007', raw: '000.00.12.h41 - 250312 - 0007' },
    ]);
  });

  it('finds several codes, in order, each once', () => {
    const text =
      'hồ sơ 000.00.12.H41-250312-0007, H56.31.2-250110-0042 và lại 000.00.12.h41-250312-0007 nữa, cả G01.123-250201-0009';
    expect(codesOf(text)).toEqual([
      '000.00.12.H41-250312-0007',
      'H56.31.2-250110-0042',
      'G01.123-250201-0009',
    ]);
  });

  it('reads codes in a numbered list without gluing the item number on', () => {
    expect(codesOf('1. 000.00.12.H41-250312-0007\n2. 000.00.12.H41-250313-0008')).toEqual([
      '000.00.12.H41-250312-0007',
      '000.00.12.H41-250313-0008',
    ]);
  });

  it('reads NFD text the same as NFC', () => {
    const nfd = 'Mã hồ sơ của tôi là 000.00.12.H41-250312-0007 ạ'.normalize('NFD');
    expect(codesOf(nfd)).toEqual(['000.00.12.H41-250312-0007']);
  });

  it('accepts 29 February only in a leap year', () => {
    expect(codesOf('000.00.12.H41-240229-0001')).toEqual(['000.00.12.H41-240229-0001']);
    expect(codesOf('000.00.12.H41-250229-0001')).toEqual([]);
  });
});

describe('extractDossierCodes: malformed codes', () => {
  it.each([
    ['000.00.12.H41-250332-0007', /ngày \(250332\) không phải ngày hợp lệ/],
    ['000.00.12.H41-251312-0007', /ngày \(251312\)/],
    ['000.00.12.H41-250230-0007', /ngày \(250230\)/],
    ['000.00.12.H41-25031-0007', /ngày \(25031\) phải có đúng 6 chữ số/],
    ['000.00.12.H41-2503120-0007', /ngày \(2503120\)/],
    ['000.00.12.H41-250312-007', /số thứ tự \(007\) phải có đúng 4 chữ số/],
    ['000.00.12.H41-250312-00071', /số thứ tự \(00071\)/],
    ['000.00.12.H41-250312', /thiếu phần số thứ tự/],
    ['250312-0007', /thiếu phần mã cơ quan/],
    ['mã hồ sơ -250312-0007', /thiếu phần mã cơ quan/],
    ['000.00.12.H4-250312-0007', /mã cơ quan \(000\.00\.12\.H4\) không đúng dạng/],
    ['000.00.12.HH1-250312-0007', /mã cơ quan/],
    ['000.00.12.H41/250312/0007', /dấu gạch ngang.*000\.00\.12\.H41-250312-0007/],
    ['000.00.12.H41 250312 0007', /dấu gạch ngang/],
    ['000.00.12.H41.250312.0007', /dấu gạch ngang/],
    ['000.00.12.H412503120007', /dấu gạch ngang/],
    ['000.00.12.H41-250312/0007', /dấu gạch ngang/],
    ['000.00.12.H41', /mới có phần mã cơ quan/],
  ])('%j is flagged: %s', (text, problem) => {
    const { codes, malformed } = extractDossierCodes(text);
    expect(codes).toEqual([]);
    expect(malformed).toHaveLength(1);
    expect(malformed[0].raw).toBe(text.replace(/^mã hồ sơ /, ''));
    expect(malformed[0].problem).toMatch(problem);
  });

  it('reports a good and a bad code in one message separately', () => {
    const r = extractDossierCodes('hồ sơ 000.00.12.H41-250312-0007 và 000.00.12.H41-250399-0008');
    expect(r.codes.map((c) => c.code)).toEqual(['000.00.12.H41-250312-0007']);
    expect(r.malformed.map((m) => m.raw)).toEqual(['000.00.12.H41-250399-0008']);
  });
});

describe('extractDossierCodes: things that are not dossier codes', () => {
  it.each([
    'gọi cho tôi số 0912345678',
    'sđt 0912-345-678 hoặc 0912.345.678',
    '+84 912 345 678',
    'hẹn ngày 12/03/2025 lên lấy kết quả',
    'ngày 12-03-2025',
    'ngày 12.03.2025',
    'theo Nghị định 123/2015/NĐ-CP',
    'Thông tư 01/2018/TT-VPCP',
    'Quyết định số 20/2020/QĐ-TTg',
    'thủ tục 1.001193',
    'mã thủ tục 1.005461.000.00.00.H36',
    '2.000815.000.00.00.H55.02',
    'cccd 001203012345',
    'lệ phí 1.200.000 đồng',
    'nộp 250.000đ, 3-5 ngày làm việc',
    'phiên bản 2.1 - 2024',
    'năm 2024 - 2025 tôi nộp 3 lần',
    'biển số 29A-123.45',
    'số nhà 12/3A ngõ 45',
    'tôi sinh năm 1990, 34 tuổi',
  ])('%j', (text) => {
    expect(extractDossierCodes(text)).toEqual({ codes: [], malformed: [] });
  });
});

describe('extractDossierCodes: robustness', () => {
  it('never throws and stays fast on long or odd input', () => {
    const long = `${'000.00.12.H41 '.repeat(1500)}${' '.repeat(5000)}-250312`;
    const started = Date.now();
    for (const text of ['', '\u0000\u0007', '😀😀', long, '-'.repeat(20000), '0'.repeat(20000)]) {
      expect(() => extractDossierCodes(text)).not.toThrow();
    }
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('isValidDate', () => {
  it('checks the calendar', () => {
    expect(isValidDate('250312')).toBe(true);
    expect(isValidDate('241231')).toBe(true);
    expect(isValidDate('250431')).toBe(false);
    expect(isValidDate('250001')).toBe(false);
    expect(isValidDate('250100')).toBe(false);
    expect(isValidDate('25031')).toBe(false);
  });
});
