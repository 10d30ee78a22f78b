import { ProcedureIndex, terms } from './procedure-index';

const rows = [
  {
    code: '1.001193',
    name: 'Thủ tục đăng ký khai sinh',
    levels: ['Cấp xã'],
    field: 'Hộ tịch',
    results: [{ name: 'Giấy khai sinh' }],
  },
  {
    code: '1.000894',
    name: 'Thủ tục đăng ký kết hôn',
    levels: ['Cấp xã'],
    field: 'Hộ tịch',
    results: [{ name: 'Giấy chứng nhận kết hôn' }],
  },
  {
    code: '1.001022',
    name: 'Thủ tục đăng ký lại kết hôn',
    levels: ['Cấp xã'],
    field: 'Hộ tịch',
    results: [],
  },
  { code: '2.000001', name: 'Cấp giấy phép lái xe', levels: ['Cấp tỉnh'], field: 'Đường bộ', results: [] },
];

describe('ProcedureIndex', () => {
  const index = new ProcedureIndex(rows);

  it('makes syllable unigrams and bigrams from folded text', () => {
    expect(terms('Đăng ký kết hôn')).toEqual(['dang', 'ky', 'ket', 'hon', 'dang_ky', 'ky_ket', 'ket_hon']);
  });

  it('ranks the exact procedure first, with or without diacritics', () => {
    expect(index.search('đăng ký kết hôn')[0].code).toBe('1.000894');
    expect(index.search('dang ky ket hon')[0].code).toBe('1.000894');
    expect(index.search('Thủ tục đăng ký khai sinh cần giấy tờ gì?')[0].code).toBe('1.001193');
  });

  it('returns nothing for a query that shares no term with the catalog', () => {
    expect(index.search('bóng đá')).toEqual([]);
  });
});
