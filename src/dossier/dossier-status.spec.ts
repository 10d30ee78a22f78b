import { toCanonicalStatus } from './dossier-status';

describe('toCanonicalStatus', () => {
  it.each([
    ['Mới đăng ký', 'received'],
    ['Được tiếp nhận', 'received'],
    ['Không được tiếp nhận', 'rejected'],
    ['Đang xử lý', 'processing'],
    ['Yêu cầu bổ sung giấy tờ', 'supplement_required'],
    ['Yêu cầu thực hiện nghĩa vụ tài chính', 'financial_obligation'],
    ['Công dân yêu cầu rút hồ sơ', 'withdrawn'],
    ['Dừng xử lý', 'paused'],
    ['Đã xử lý xong', 'completed'],
    ['Đã trả kết quả', 'returned'],
    ['Chờ tiếp nhận', 'received'],
    ['Chờ bổ sung hồ sơ', 'supplement_required'],
    ['Từ chối chuyên ngành', 'rejected'],
    ['Đã hủy', 'cancelled'],
    ['da tra ket qua', 'returned'],
    ['processing', 'processing'],
    ['RETURNED', 'returned'],
  ])('%s → %s', (text, status) => expect(toCanonicalStatus(text)).toBe(status));

  it('returns null for an unknown status', () => {
    expect(toCanonicalStatus('đang bay lên trời')).toBeNull();
    expect(toCanonicalStatus('')).toBeNull();
  });
});
