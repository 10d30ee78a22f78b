import { parseCsv } from '../../catalog/importer/csv.util';
import { usageCsvFilename, usageDaysCsv, usageProceduresCsv } from './usage-csv.util';

const byChannel = (web: number, telegram: number, zalo: number, miniapp: number) => ({
  web,
  telegram,
  zalo,
  miniapp,
});

describe('usage CSV', () => {
  it('writes one row per day with every channel as a column, after a BOM', () => {
    const text = usageDaysCsv([
      { day: '2025-03-01', byChannel: byChannel(1, 2, 3, 4), total: 10 },
      { day: '2025-03-02', byChannel: byChannel(0, 0, 0, 0), total: 0 },
    ]);
    expect(text).toBe(
      '\uFEFFNgày,Web,Telegram,Zalo OA,Zalo Mini App,Tổng\r\n2025-03-01,1,2,3,4,10\r\n2025-03-02,0,0,0,0,0\r\n',
    );
  });

  it('ranks procedures and defuses names that would run as formulas', () => {
    const text = usageProceduresCsv([
      { code: '1.001193', name: 'Đăng ký khai sinh, kết hôn', count: 5, conversations: 3 },
      { code: '-2', name: '=HYPERLINK("x")', count: 1, conversations: 1 },
      { code: '9.9', name: null, count: 1, conversations: 1 },
    ]);
    expect(parseCsv(text)).toEqual([
      ['Hạng', 'Mã thủ tục', 'Tên thủ tục', 'Số tin nhắn', 'Số cuộc hội thoại'],
      ['1', '1.001193', 'Đăng ký khai sinh, kết hôn', '5', '3'],
      ['2', "'-2", '\'=HYPERLINK("x")', '1', '1'],
      ['3', '9.9', '', '1', '1'],
    ]);
  });

  it('names the download after the table and the period', () => {
    const period = { from: '2025-03-01', to: '2025-03-31' };
    expect(usageCsvFilename('days', period)).toBe('tin-nhan-theo-ngay_2025-03-01_2025-03-31.csv');
    expect(usageCsvFilename('procedures', period)).toBe('thu-tuc-hoi-nhieu-nhat_2025-03-01_2025-03-31.csv');
  });
});
