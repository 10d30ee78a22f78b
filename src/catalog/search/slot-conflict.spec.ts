import { tokenizeClauses } from '../../nlu/vietnamese-text.util';
import { hasSlotConflict } from './slot-conflict';

describe('hasSlotConflict', () => {
  const conflict = (message: string, name: string, spokenFor: string[] = []) => {
    const tokens = tokenizeClauses(message);
    const spoken = new Set(tokens.filter((t) => spokenFor.includes(t.accented)));
    return hasSlotConflict(tokens, tokenizeClauses(name), spoken);
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

  it("sees another object where a name's first clause ends, after two shared words", () => {
    expect(conflict('gia hạn chứng chỉ hành nghề dược', 'Gia hạn Chứng chỉ hành nghề thú y')).toBe(true);
    expect(conflict('cap chung chi hanh nghe luat su', 'Cấp Chứng chỉ hành nghề thú y')).toBe(true);
  });

  it("reads no other object into a name's qualifiers, a longer message, or one shared word", () => {
    // "cấp [tỉnh]" is where it is filed, in a clause of its own.
    expect(
      conflict(
        'cấp hộ chiếu có cấp gấp không',
        'Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp tỉnh)',
      ),
    ).toBe(false);
    expect(conflict('thẻ căn cước gắn chip', 'Cấp thẻ căn cước')).toBe(false);
    expect(conflict('cấp chứng chỉ hành nghề thú y cho bác sĩ', 'Cấp Chứng chỉ hành nghề thú y')).toBe(false);
    // Unaccented "can" (cần) is not "căn": one shared word is not a slot.
    expect(conflict('mat the lam lai co can chup anh', 'Cấp lại thẻ căn cước')).toBe(false);
  });
});
