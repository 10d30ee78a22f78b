import { parseCsv } from '../catalog/importer/csv.util';
import { csvField, toCsv, UTF8_BOM } from './csv.util';

describe('csvField', () => {
  it('leaves plain text and numbers as they are, empty for nothing', () => {
    expect(csvField('UBND xã Hưng Lộc')).toBe('UBND xã Hưng Lộc');
    expect(csvField(42)).toBe('42');
    expect(csvField(0)).toBe('0');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField('')).toBe('');
  });

  it('quotes fields holding a comma, a quote or a line break, doubling inner quotes', () => {
    expect(csvField('Sở Tư pháp, tỉnh Nghệ An')).toBe('"Sở Tư pháp, tỉnh Nghệ An"');
    expect(csvField('Phòng "Một cửa"')).toBe('"Phòng ""Một cửa"""');
    expect(csvField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+84912345678')).toBe("'+84912345678");
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  it('starts with the UTF-8 BOM and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['Cơ quan', 'Tổng'],
        ['UBND xã A', 3],
      ]),
    ).toBe(`${UTF8_BOM}Cơ quan,Tổng\r\nUBND xã A,3\r\n`);
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
  });

  it('reads back to the same cells through an RFC 4180 reader', () => {
    const rows = [
      ['Cơ quan', 'Ghi chú'],
      ['Sở "Tư pháp", Nghệ An', 'hai\ndòng'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});
