import { detectAspect, isBareFollowUp } from './follow-up.detector';

describe('follow-up detection', () => {
  it.each([
    ['lệ phí bao nhiêu?', 'fee'],
    ['le phi bao nhieu', 'fee'],
    ['mất bao lâu?', 'time'],
    ['cần giấy tờ gì?', 'documents'],
    ['nộp ở đâu', 'where'],
    ['làm online được không?', 'online'],
    ['căn cứ pháp lý?', 'legal'],
    ['các bước thế nào', 'steps'],
    ['điều kiện là gì', 'conditions'],
    ['kết quả nhận được gì', 'result'],
    ['ne\u0302\u0323p o\u031b\u0309 đâu'.normalize('NFD'), 'where'],
  ])('%s → %s', (text, aspect) => expect(detectAspect(text)).toBe(aspect));

  it('returns null for a message that asks about no part of a procedure', () => {
    expect(detectAspect('xin chào')).toBeNull();
    expect(detectAspect('đăng ký kết hôn')).toBeNull();
  });

  it('tells a bare follow-up from a question naming a procedure', () => {
    expect(isBareFollowUp('lệ phí bao nhiêu vậy?')).toBe(true);
    expect(isBareFollowUp('thế còn nộp ở đâu?')).toBe(true);
    expect(isBareFollowUp('lệ phí đăng ký khai sinh bao nhiêu?')).toBe(false);
  });
});
