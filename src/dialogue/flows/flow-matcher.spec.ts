import { catalogFromYaml } from './flow.fixture';
import { FlowMatcher } from './flow-matcher';

const catalog = catalogFromYaml(`
faq:
  - id: gio-lam-viec
    triggers: [giờ làm việc, giờ làm việc một cửa, mấy giờ mở cửa, thứ bảy có làm việc không]
    template: faq-a
  - id: tra-cuu
    triggers: [tra cứu hồ sơ, kiểm tra hồ sơ]
    template: faq-a
  - id: qua-han
    triggers: [hồ sơ quá hạn, hồ sơ trễ hẹn]
    template: faq-a
  - id: vneid
    triggers: [nộp hồ sơ qua vneid]
    template: faq-a
  - id: truc-tuyen
    triggers: [nộp hồ sơ trực tuyến]
    template: faq-a
flows:
  - id: phan-anh
    triggers: [phản ánh, gửi phản ánh kiến nghị]
    start: a
    steps: { a: { template: step-a, end: true } }
  - id: gap-can-bo
    triggers: [gặp cán bộ, nói chuyện với người thật]
    start: a
    steps: { a: { template: step-a, end: true } }
`);
const matcher = new FlowMatcher(catalog);
const idOf = (text: string): string | undefined => matcher.match(text)?.id;

describe('FlowMatcher', () => {
  it('matches with and without diacritics, in NFD and in capitals', () => {
    expect(matcher.match('giờ làm việc')).toMatchObject({ kind: 'faq', id: 'gio-lam-viec', score: 1 });
    expect(idOf('gio lam viec')).toBe('gio-lam-viec');
    expect(idOf('giờ làm việc'.normalize('NFD'))).toBe('gio-lam-viec');
    expect(idOf('GIỜ LÀM VIỆC')).toBe('gio-lam-viec');
    expect(matcher.match('gặp cán bộ')).toMatchObject({ kind: 'flow', id: 'gap-can-bo' });
  });

  it('reads chat shorthand and spelling games', () => {
    expect(idOf('may h mo cua z ad')).toBe('gio-lam-viec');
    expect(idOf('t7 co lam viec ko')).toBe('gio-lam-viec');
    expect(idOf('thứ 7 có làm việc k')).toBe('gio-lam-viec');
    expect(idOf('mún fản ánh')).toBe('phan-anh');
    expect(idOf('ktra hs')).toBeUndefined(); // unknown shorthand is not guessed
    expect(idOf('kiem tra hs')).toBe('tra-cuu');
    expect(idOf('nop hs onl')).toBe('truc-tuyen');
    expect(idOf('khônggggg muốn nói chuyện với người thật')).toBe('gap-can-bo');
  });

  it('tolerates extra words around and inside the trigger', () => {
    expect(idOf('cho mình hỏi giờ làm việc của phường với ạ')).toBe('gio-lam-viec');
    expect(idOf('dạ cho em hỏi mấy giờ thì phường mở cửa ạ')).toBe('gio-lam-viec');
    expect(idOf('hồ sơ của tôi bị quá hạn rồi')).toBe('qua-han');
    expect(idOf('em muốn gửi phản ánh, kiến nghị')).toBe('phan-anh');
  });

  it('prefers the most specific trigger', () => {
    expect(matcher.match('giờ làm việc một cửa')?.trigger).toBe('giờ làm việc một cửa');
    expect(idOf('nộp hồ sơ qua vneid thế nào')).toBe('vneid');
  });

  it('needs the distinctive words of a trigger, not only the common ones', () => {
    expect(idOf('nộp hồ sơ qua bưu điện được không')).toBeUndefined();
    expect(idOf('giờ')).toBeUndefined();
  });

  it('leaves procedure questions to the catalog search', () => {
    for (const text of [
      'đăng ký khai sinh cần giấy tờ gì',
      'dang ky khai sinh can giay to gi',
      'lệ phí cấp lại căn cước là bao nhiêu',
      'thủ tục chuyển nhượng quyền sử dụng đất mất bao lâu',
      'nộp hồ sơ đăng ký kết hôn online thế nào',
      'hồ sơ xin giấy phép xây dựng nhà ở riêng lẻ gồm những gì',
      'xin chào',
      '',
      '!!!',
    ]) {
      expect({ text, match: matcher.match(text) }).toEqual({ text, match: null });
    }
  });

  it('gives up on long stories quickly (they belong to the complaint intent, not an FAQ)', () => {
    const story = 'tôi phản ánh việc ' + 'cán bộ hẹn lên hẹn xuống nhiều lần '.repeat(10);
    expect(matcher.match(story)).toBeNull();
  });

  it('honours a stricter threshold', () => {
    const strict = new FlowMatcher(catalog, 0.95);
    expect(strict.match('giờ làm việc')?.id).toBe('gio-lam-viec');
    expect(strict.match('cho mình hỏi giờ làm việc của phường với ạ')).toBeNull();
  });
});
