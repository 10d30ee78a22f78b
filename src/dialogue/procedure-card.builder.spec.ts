import { shortDocumentName, timeText } from './procedure-card.builder';

const channel = {
  kind: 'online' as const,
  label: 'Trực tuyến',
  processingTimeValue: 1,
  fee: null,
  feeAmountVnd: null,
  isFree: false,
  description: null,
};

describe('procedure card', () => {
  it('keeps a short document name whole', () => {
    expect(shortDocumentName('Tờ khai đăng ký khai sinh theo mẫu')).toBe(
      'Tờ khai đăng ký khai sinh theo mẫu',
    );
  });

  it('shows the first sentence of a long document description', () => {
    expect(
      shortDocumentName(
        'Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng.',
      ),
    ).toBe('Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng');
    expect(
      shortDocumentName(
        'Văn bản ủy quyền theo quy định. Trường hợp người được ủy quyền là ông, bà thì không cần.',
      ),
    ).toBe('Văn bản ủy quyền theo quy định');
  });

  it('cuts a very long sentence at a word boundary', () => {
    const name = 'Giấy tờ '.repeat(40).trim();
    const short = shortDocumentName(name);
    expect(short.length).toBeLessThanOrEqual(161);
    expect(short.endsWith('…')).toBe(true);
    expect(short).not.toMatch(/ …$/);
  });

  it('never guesses a lost time unit', () => {
    expect(timeText({ ...channel, processingTime: '1', processingTimeUnit: null })).toBe(
      '1 (danh mục không ghi rõ đơn vị)',
    );
    expect(
      timeText({ ...channel, processingTime: '22 Ngày làm việc', processingTimeUnit: 'working_day' }),
    ).toBe('22 Ngày làm việc');
    expect(timeText({ ...channel, processingTime: null, processingTimeUnit: null })).toBeNull();
  });
});
