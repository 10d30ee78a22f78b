import { parseCsv } from './csv.util';

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and newlines', () => {
    const rows = parseCsv('code,name\n1.000001,"Cấp, đổi ""giấy"" phép"\r\n2.000002,"dòng 1\ndòng 2"\n');
    expect(rows).toEqual([
      ['code', 'name'],
      ['1.000001', 'Cấp, đổi "giấy" phép'],
      ['2.000002', 'dòng 1\ndòng 2'],
    ]);
  });

  it('skips blank lines and a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,b\n\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
