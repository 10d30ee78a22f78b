export interface RejectedLine {
  line: number;
  code?: string;
  reason: string;
}

/** What an import did, printed by the CLI and returned to callers. */
export interface ImportReport {
  file: string;
  total: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: RejectedLine[];
  /** Over accepted records: share with at least one fee, processing time, document, legal basis. */
  parsed: { fee: number; time: number; documents: number; legalBases: number };
  contentMismatch: string[];
  durationMs: number;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export function formatImportReport(r: ImportReport): string {
  const lines = [
    `Tệp: ${r.file}`,
    `Tổng số dòng: ${r.total} — thêm mới ${r.inserted}, cập nhật ${r.updated}, không đổi ${r.unchanged}, bị từ chối ${r.rejected.length}`,
    `Tỉ lệ phân tích được: lệ phí ${pct(r.parsed.fee)}, thời hạn ${pct(r.parsed.time)}, thành phần hồ sơ ${pct(r.parsed.documents)}, căn cứ pháp lý ${pct(r.parsed.legalBases)}`,
    `Nội dung không khớp tên thủ tục: ${r.contentMismatch.length}${r.contentMismatch.length ? ` (${r.contentMismatch.slice(0, 20).join(', ')}${r.contentMismatch.length > 20 ? ', …' : ''})` : ''}`,
    `Thời gian: ${(r.durationMs / 1000).toFixed(2)} s`,
  ];
  for (const rej of r.rejected.slice(0, 50)) {
    lines.push(`  dòng ${rej.line}${rej.code ? ` (${rej.code})` : ''}: ${rej.reason}`);
  }
  if (r.rejected.length > 50) lines.push(`  … và ${r.rejected.length - 50} dòng khác`);
  return lines.join('\n');
}
