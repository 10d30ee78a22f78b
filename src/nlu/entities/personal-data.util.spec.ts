import { findIdNumbers, findPhones, maskPersonalData } from './personal-data.util';

describe('findPhones', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['sđt 0912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['0912-345-678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['+84912345678', '0912345678'],
    ['84912345678', '0912345678'],
    ['(+84) 912345678', '0912345678'],
    ['sdt:0387654321', '0387654321'],
    ['sdt0356789012', '0356789012'],
    ['liên hệ 0701 234 567 nhé', '0701234567'],
    ['số bàn 024 3825 1234', '02438251234'],
    ['(028) 3822 1234', '02838221234'],
    ['0283.822.1234', '02838221234'],
  ])('%j → %s', (text, phone) => {
    expect(findPhones(text)).toEqual([phone]);
  });

  it('finds several, each once, in order', () => {
    expect(findPhones('gọi 0912345678 hoặc 0987 654 321, không được thì 0912.345.678')).toEqual([
      '0912345678',
      '0987654321',
    ]);
  });

  it.each([
    '091234567',
    '09123456789',
    '0112345678',
    '000.00.12.H41-250312-0007',
    'mã 000.00.00.H56-240101-0001',
    'thủ tục 1.001193',
    '1.005461.000.00.00.H36',
    'cccd 001203012345',
    'ngày 12/03/2025',
    'lệ phí 1.200.000 đồng',
    'năm 2025',
  ])('no phone in %j', (text) => {
    expect(findPhones(text)).toEqual([]);
  });
});

describe('findIdNumbers', () => {
  it.each([
    ['cccd 001203012345', ['001203012345']],
    ['số căn cước: 0012 0301 2345', ['001203012345']],
    ['định danh 036 095 001 234', ['036095001234']],
    ['CCCD:079203001122', ['079203001122']],
    ['tôi là 001203012345', ['001203012345']],
    ['cmnd số 123456789', ['123456789']],
    ['CMND: 212345678', ['212345678']],
    ['chứng minh nhân dân 187654321', ['187654321']],
    ['chung minh thu 187654322', ['187654322']],
    ['số cccd mới 987654321098 (cấp lại)', ['987654321098']],
  ])('%j → %j', (text, ids) => {
    expect(findIdNumbers(text)).toEqual(ids);
  });

  it.each([
    'số 123456789',
    'mã đơn 987654321098',
    '0912345678',
    '000.00.12.H41-250312-0007',
    'thủ tục 1.001193',
    'cccd của tôi bị mất',
  ])('no id in %j', (text) => {
    expect(findIdNumbers(text)).toEqual([]);
  });
});

describe('maskPersonalData', () => {
  it.each([
    ['sđt của tôi 0912345678', 'sđt của tôi 09******78'],
    ['gọi +84 912 345 678 nhé', 'gọi 09******78 nhé'],
    ['cccd 001203012345', 'cccd 0012******45'],
    ['cmnd 123456789', 'cmnd 12*****89'],
    ['email nguyen.van.a@gmail.com', 'email n***@gmail.com'],
    ['hồ sơ 000.00.12.H41-250312-0007', 'hồ sơ 000.00.12.H41-250312-0007'],
    ['thủ tục 1.001193 và 1.005461.000.00.00.H36', 'thủ tục 1.001193 và 1.005461.000.00.00.H36'],
    [
      'hồ sơ 000.00.00.H56-240101-0001, sđt 0987.654.321, cccd 001203012345',
      'hồ sơ 000.00.00.H56-240101-0001, sđt 09******21, cccd 0012******45',
    ],
    ['mã sai 000.00.12.H41-250332-0007', 'mã sai 000.00.12.H41-250332-0007'],
    ['không có gì cả', 'không có gì cả'],
  ])('%j → %j', (text, masked) => {
    expect(maskPersonalData(text)).toBe(masked);
  });

  it('never leaves the middle digits of a phone or id in the line', () => {
    const line = maskPersonalData('0912345678 / 001203012345 / +84 987 654 321');
    expect(line).not.toMatch(/123456|345678|203012|654 321/);
  });

  it('does not throw on odd input', () => {
    for (const text of ['', '\u0000', '😀', '@@@', 'a@b', '0'.repeat(20000), '0912345678 '.repeat(2000)]) {
      expect(() => maskPersonalData(text)).not.toThrow();
    }
  });
});
