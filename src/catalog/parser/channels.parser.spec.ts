import { parseChannels, parseChannelsDetailed } from './channels.parser';
import { realField } from './fixtures/real-records';

const channelsOf = (code: string) => parseChannelsDetailed(realField(code, 'cach_thuc_thuc_hien'));

describe('parseChannels', () => {
  it('1.001193 khai sinh: three free channels whose time lost its unit (bare "1")', () => {
    const { channels, issues } = channelsOf('1.001193');
    expect(issues).toEqual([]);
    expect(channels.map((c) => c.kind)).toEqual(['online', 'postal', 'direct']);
    expect(channels.map((c) => c.label)).toEqual(['Trực tuyến', 'Dịch vụ bưu chính', 'Trực tiếp']);
    for (const c of channels) {
      expect(c).toMatchObject({
        timeValue: 1,
        timeUnit: null,
        timeText: '1',
        feeText: 'Miễn phí',
        feeAmountVnd: 0,
        isFree: true,
        description: null,
      });
    }
  });

  it('1.000894 kết hôn: keeps the fee note (with its nested parentheses) in the fee text', () => {
    const { channels } = channelsOf('1.000894');
    expect(channels).toHaveLength(3);
    expect(channels[0].isFree).toBe(true);
    expect(channels[0].feeText).toBe(
      'Miễn phí (Miễn lệ phí. Phí cấp bản sao Trích lục kết hôn (nếu có yêu cầu) thực hiện theo quy định tại Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính.)',
    );
    // "((…))" in the postal row: the redundant outer pair is dropped.
    expect(channels[1].feeText).toBe(channels[0].feeText);
  });

  it('1.000178: working days with unit, "Không có thông tin" fee → null, description kept', () => {
    const { channels } = channelsOf('1.000178');
    expect(channels.map((c) => c.kind)).toEqual(['postal', 'direct']);
    expect(channels[0]).toMatchObject({
      timeValue: 60,
      timeUnit: 'working_day',
      timeText: '60 Ngày làm việc',
      feeText: null,
      feeAmountVnd: null,
      isFree: false,
    });
    expect(channels[0].description).toMatch(/^Thời hạn giải quyết khiếu nại lần đầu không quá 30 ngày/);
  });

  it('2.002011: splits a unit-less time glued to the fee ("1100 VNĐ" = "1" + "100 VNĐ") and reads the note', () => {
    const { channels, issues } = channelsOf('2.002011');
    expect(channels).toHaveLength(3);
    expect(channels[0]).toMatchObject({ kind: 'online', timeValue: 1, timeUnit: null, timeText: '1' });
    expect(channels[0].feeText).toMatch(
      /^100 VNĐ \(Phí công bố nội dung đăng ký doanh nghiệp: 100\.000 đồng\/lần/,
    );
    // The portal field was filled in thousands; the note quotes the full amount.
    expect(channels[0].feeAmountVnd).toBe(100000);
    // "125 VNĐ(- Lệ phí … Bằng 50% …)": 25 đồng is implausible and the note gives no amount.
    expect(channels[2]).toMatchObject({ kind: 'direct', timeValue: 1, feeAmountVnd: null, isFree: false });
    expect(channels[2].feeText).toMatch(/^25 VNĐ \(- Lệ phí đăng ký doanh nghiệp/);
    expect(issues).toEqual(['Trực tiếp: fee amount "25 VNĐ" is implausible; kept as text only']);
  });

  it('1.000014 and 1.007857: the note decides the split and the amount ("220 VNĐ(… 20.000 đồng)" = "2" + "20")', () => {
    const a = channelsOf('1.000014').channels;
    expect(a.map((c) => [c.kind, c.timeValue, c.feeAmountVnd])).toEqual([
      ['online', 1, 20000],
      ['direct', 1, 20000],
    ]);
    const b = channelsOf('1.007857').channels;
    expect(b[0]).toMatchObject({ kind: 'online', timeValue: 2, timeUnit: null, feeAmountVnd: 20000 });
    expect(b[1]).toMatchObject({
      kind: 'direct',
      timeValue: 2,
      timeUnit: 'hour',
      timeText: '2 Giờ',
      isFree: true,
    });
  });

  it('1.005103: "140,000 Việt Nam Đồng" after a bare time is 1 + 40,000 đồng', () => {
    const { channels } = channelsOf('1.005103');
    expect(channels).toHaveLength(3);
    for (const c of channels) {
      expect(c).toMatchObject({ timeValue: 1, timeUnit: null, feeAmountVnd: 40000 });
      expect(c.feeText).toBe('40,000 Việt Nam Đồng (- Xe ô tô từ 10 chỗ trở lên)');
      expect(c.description).toMatch(/^- Thời hạn kiểm tra, đánh giá hồ sơ/);
    }
  });

  it('1.003358: keeps repeated labels as separate rows and refuses USD as đồng', () => {
    const { channels, issues } = channelsOf('1.003358');
    expect(channels.map((c) => c.kind)).toEqual([
      'online',
      'postal',
      'direct',
      'online',
      'online',
      'postal',
      'postal',
      'direct',
      'direct',
    ]);
    expect(channels.every((c) => c.timeValue === 5 && c.timeUnit === 'working_day')).toBe(true);
    expect(channels[0].feeText).toBe('145 USD (Thẻ tạm trú có thời hạn không quá 02 năm: 145 USD/thẻ.)');
    expect(channels.every((c) => c.feeAmountVnd === null && !c.isFree)).toBe(true);
    // "Trực tiếp nộp hồ sơ …" inside a description must not open a row.
    expect(channels[2].description).toMatch(/^Trực tiếp nộp hồ sơ và nhận kết quả/);
    // "155 VNĐ(… 155 USD/thẻ)": the portal's currency slip is reported.
    expect(issues).toHaveLength(3);
  });

  it('1.009824: a free-text time cell is kept as text with no value', () => {
    const { channels } = channelsOf('1.009824');
    expect(channels.map((c) => c.kind)).toEqual(['direct', 'online', 'postal']);
    expect(channels[0]).toMatchObject({
      timeValue: null,
      timeUnit: null,
      timeText:
        'Hệ thống giải quyết thủ tục hành chính ngành Thuế thực hiện phản hồi tự động thông qua phương thức điện tử.',
      feeText: null,
      description: 'Tại Trung tâm phục vụ hành chính công cấp tỉnh, xã',
    });
  });

  it('1.002438: decomposed text parses like composed text', () => {
    const { channels } = channelsOf('1.002438');
    expect(channels).toHaveLength(1);
    expect(channels[0]).toMatchObject({
      kind: 'direct',
      timeValue: 7,
      timeUnit: 'working_day',
      feeText: '2,000 Việt Nam Đồng (2.000 đồng/thẻ)',
      feeAmountVnd: 2000,
    });
    expect(channels[0].description).toBe(channels[0].description?.normalize('NFC'));
  });

  it('parses the documented shapes: amount with note, VNĐ millions, unit words', () => {
    const text =
      'Hình thức nộpThời gianPhí, lệ phíMô tả' +
      'Trực tiếp3 Ngày làm việc80,000 Việt Nam Đồng(/hồ sơ (Thông tư số 61/2023/TT-BTC))Trong thời hạn 02 ngày' +
      'Trực tuyến2 Tháng20,000,000 VNĐ(Phí thẩm định)Nộp qua cổng' +
      'Dịch vụ bưu chính1 Tuần Không có thông tin';
    const channels = parseChannels(text);
    expect(channels).toEqual([
      {
        kind: 'direct',
        label: 'Trực tiếp',
        timeValue: 3,
        timeUnit: 'working_day',
        timeText: '3 Ngày làm việc',
        feeText: '80,000 Việt Nam Đồng (/hồ sơ (Thông tư số 61/2023/TT-BTC))',
        feeAmountVnd: 80000,
        isFree: false,
        description: 'Trong thời hạn 02 ngày',
      },
      {
        kind: 'online',
        label: 'Trực tuyến',
        timeValue: 2,
        timeUnit: 'month',
        timeText: '2 Tháng',
        feeText: '20,000,000 VNĐ (Phí thẩm định)',
        feeAmountVnd: 20000000,
        isFree: false,
        description: 'Nộp qua cổng',
      },
      {
        kind: 'postal',
        label: 'Dịch vụ bưu chính',
        timeValue: 7,
        timeUnit: 'day',
        timeText: '1 Tuần',
        feeText: null,
        feeAmountVnd: null,
        isFree: false,
        description: null,
      },
    ]);
  });

  it('returns no rows (and says so) for text without any channel row', () => {
    expect(parseChannels(null)).toEqual([]);
    expect(parseChannels('Không có thông tin')).toEqual([]);
    expect(parseChannelsDetailed('Hình thức nộpThời gianPhí, lệ phíMô tảxem hướng dẫn')).toEqual({
      channels: [],
      issues: ['no channel row recognised'],
    });
  });
});
