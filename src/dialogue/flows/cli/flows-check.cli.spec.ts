import { join } from 'node:path';
import { fromRoot, PROJECT_ROOT } from '../../../config/paths';
import { removeFlowDir, VALID_FLOWS, writeFlowDir } from '../flow.fixture';
import { flowsCheck } from './flows-check.cli';

const templateDir = join(PROJECT_ROOT, 'templates', 'vi');

describe('flows:check', () => {
  it('passes the shipped flows with a one-line summary', () => {
    const lines: string[] = [];
    expect(flowsCheck(fromRoot('flows'), templateDir, (l) => lines.push(l))).toBe(0);
    expect(lines).toEqual([
      expect.stringMatching(/^flows: \d+ tệp, \d+ FAQ, \d+ luồng — 0 lỗi, 0 cảnh báo: dùng được\.$/),
    ]);
  });

  it('prints errors with file names and exits 1', () => {
    const dir = writeFlowDir({
      'loi.yaml': VALID_FLOWS.replace('template: faq-a', 'template: faq-khong-co'),
    });
    const lines: string[] = [];
    try {
      expect(flowsCheck(dir, templateDir, (l) => lines.push(l))).toBe(1);
    } finally {
      removeFlowDir(dir);
    }
    expect(lines).toContain(
      'LỖI       loi.yaml › FAQ "cau-a" › template: không có mẫu "faq-khong-co" (cần tệp templates/vi/faq-khong-co.hbs)',
    );
    expect(lines[lines.length - 1]).toMatch(/— \d+ lỗi, \d+ cảnh báo: cần sửa lỗi trước khi dùng\.$/);
  });
});
