import { splitMessage } from './message-split.util';

describe('splitMessage', () => {
  it('keeps a short text whole', () => {
    expect(splitMessage('Xin chào', 100)).toEqual(['Xin chào']);
  });

  it('splits at paragraph breaks and keeps every part within the limit', () => {
    const paragraph = 'Giấy tờ cần nộp gồm tờ khai và giấy chứng sinh. '.repeat(5).trim();
    const text = Array.from({ length: 6 }, () => paragraph).join('\n\n');
    const parts = splitMessage(text, 600);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(600);
    expect(parts.join('\n\n')).toBe(text);
  });

  it('never cuts a word when spaces exist', () => {
    const text = 'đăng ký khai sinh '.repeat(200);
    for (const part of splitMessage(text, 100)) {
      expect(part.length).toBeLessThanOrEqual(100);
      expect(part.split(' ').every((w) => ['đăng', 'ký', 'khai', 'sinh'].includes(w))).toBe(true);
    }
  });

  it('cuts a single overlong word at the limit', () => {
    expect(splitMessage('x'.repeat(250), 100).map((p) => p.length)).toEqual([100, 100, 50]);
  });
});
