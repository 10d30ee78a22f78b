import { maskApplicantName, phoneKey, phoneLast4 } from './applicant-mask.util';

describe('applicant masking', () => {
  it('keeps the family name and the first letter of each given name', () => {
    expect(maskApplicantName('Nguyễn Văn An')).toBe('Nguyễn V** A*');
    expect(maskApplicantName('  Lê   Thị  Hồng Nhung ')).toBe('Lê T** H*** N****');
    expect(maskApplicantName('Trần')).toBe('Trần');
    expect(maskApplicantName('Đỗ Ý')).toBe('Đỗ Ý*');
  });

  it('takes the last four digits of a phone', () => {
    expect(phoneLast4('0912 345 678')).toBe('5678');
    expect(phoneLast4('+84912345678')).toBe('5678');
    expect(phoneLast4(null)).toBeNull();
  });
});

describe('phoneKey', () => {
  it('reads one number the same however it is written', () => {
    expect(['0912345678', '84912345678', '+84 912 345 678', '091.234.5678'].map(phoneKey)).toEqual(
      Array(4).fill('912345678'),
    );
  });

  it('has no key for too few digits or nothing', () => {
    expect([phoneKey('12345678'), phoneKey(null), phoneKey('')]).toEqual([null, null, null]);
  });
});
