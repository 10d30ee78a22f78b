import { tokenize } from '../../nlu/vietnamese-text.util';
import { hasSlotConflict } from './slot-conflict';

describe('hasSlotConflict', () => {
  const conflict = (message: string, name: string, spokenFor: string[] = []) => {
    const tokens = tokenize(message);
    const spoken = new Set(tokens.filter((t) => spokenFor.includes(t.accented)));
    return hasSlotConflict(tokens, tokenize(name), spoken);
  };

  it('sees another action between the same words', () => {
    expect(
      conflict(
        'cấp giấy phép sử dụng vật liệu nổ công nghiệp',
        'Cấp Giấy phép vận chuyển vật liệu nổ công nghiệp',
      ),
    ).toBe(true);
    expect(conflict('cap giay phep su dung vat lieu no', 'Cấp Giấy phép vận chuyển vật liệu nổ')).toBe(true);
  });

  it('accepts a message that leaves words out or adds some elsewhere', () => {
    expect(conflict('giấy phép vật liệu nổ', 'Cấp Giấy phép vận chuyển vật liệu nổ công nghiệp')).toBe(false);
    expect(conflict('làm lại căn cước bị mất', 'Cấp lại thẻ căn cước')).toBe(false);
    expect(
      conflict('đăng ký kết hôn với người trung quốc', 'Thủ tục đăng ký kết hôn có yếu tố nước ngoài'),
    ).toBe(false);
  });

  it('does not count function words as anchors, nor words a colloquial phrase stands for', () => {
    expect(conflict('làm căn cước cho trẻ dưới 14 tuổi', 'Cấp thẻ căn cước cho người dưới 14 tuổi')).toBe(
      false,
    );
    expect(conflict('thời hạn đăng ký cư trú', 'Đăng ký thường trú', ['cư'])).toBe(false);
    expect(conflict('thời hạn đăng ký cư trú', 'Đăng ký thường trú')).toBe(true);
  });
});
