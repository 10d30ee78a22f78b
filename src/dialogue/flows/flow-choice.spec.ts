import { resolveChoice } from './flow-choice';

const consent = [
  { label: 'Đồng ý để lại số', payload: 'choice:co' },
  { label: 'Không để lại số', payload: 'choice:khong' },
];
const confirm = [
  { label: 'Gửi phản ánh', payload: 'choice:gui' },
  { label: 'Sửa nội dung', payload: 'choice:sua' },
  { label: 'Hủy', payload: 'huy' },
];

describe('resolveChoice', () => {
  it.each([
    ['1', 'choice:co'],
    ['số 2', 'choice:khong'],
    ['chọn 2 nhé', 'choice:khong'],
    ['Đồng ý để lại số', 'choice:co'],
    ['dong y', 'choice:co'],
    ['có', 'choice:co'],
    ['ok', 'choice:co'],
    ['ko', 'choice:khong'],
    ['không', 'choice:khong'],
    ['khong de lai so', 'choice:khong'],
  ])('consent: "%s" picks %s', (text, payload) => {
    expect(resolveChoice(consent, text)?.payload).toBe(payload);
  });

  it.each([
    ['gửi', 'choice:gui'],
    ['gui di', 'choice:gui'],
    ['sửa', 'choice:sua'],
    ['mình muốn sửa nội dung', 'choice:sua'],
    ['3', 'huy'],
    ['sua', 'choice:sua'],
  ])('confirm: "%s" picks %s', (text, payload) => {
    expect(resolveChoice(confirm, text)?.payload).toBe(payload);
  });

  it.each(['', '4', '0', 'để mai tính', '0912345678'])('does not guess on "%s"', (text) => {
    expect(resolveChoice(confirm, text)).toBeNull();
  });
});
