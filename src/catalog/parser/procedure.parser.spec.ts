import { realRecord, realRecords } from './fixtures/real-records';
import type { ParsedProcedure, RawCatalogRecord, RejectedRecord } from './parsed-procedure';
import { isRejected, parseRecord, splitTargetGroups } from './procedure.parser';
import { repairMisplacedDocuments } from './section-repair.util';

function parseOk(raw: unknown): ParsedProcedure {
  const p = parseRecord(raw);
  if (isRejected(p)) throw new Error(`unexpected rejection: ${p.reason}`);
  return p;
}

function parseRejected(raw: unknown): RejectedRecord {
  const p = parseRecord(raw);
  if (!isRejected(p)) throw new Error(`expected a rejection for ${p.code}`);
  return p;
}

const birth = (): RawCatalogRecord => ({ ...realRecord('1.001193') });

describe('parseRecord', () => {
  describe('rejections', () => {
    it.each([
      [null, 'record is not a JSON object'],
      ['1.001193', 'record is not a JSON object'],
      [[{ ma_thu_tuc: '1.001193' }], 'record is not a JSON object'],
      [{ ten_thu_tuc: 'Thủ tục đăng ký khai sinh' }, 'missing procedure code (ma_thu_tuc)'],
      [{ ma_thu_tuc: '  ', ten_thu_tuc: 'X' }, 'missing procedure code (ma_thu_tuc)'],
      [{ ma_thu_tuc: 1001193, ten_thu_tuc: 'X' }, 'missing procedure code (ma_thu_tuc)'],
      [{ ma_thu_tuc: 'KS-01', ten_thu_tuc: 'X' }, 'invalid procedure code (ma_thu_tuc): "KS-01"'],
      [{ ma_thu_tuc: '1.00119', ten_thu_tuc: 'X' }, 'invalid procedure code (ma_thu_tuc): "1.00119"'],
      [{ ma_thu_tuc: '1.001193' }, 'procedure 1.001193 has no name (ten_thu_tuc)'],
      [
        { ma_thu_tuc: '1.001193', ten_thu_tuc: 'Không có thông tin' },
        'procedure 1.001193 has no name (ten_thu_tuc)',
      ],
      [{ ma_thu_tuc: '1.001193', ten_thu_tuc: ' . ' }, 'procedure 1.001193 has no name (ten_thu_tuc)'],
    ])('%j → %s', (raw, reason) => {
      expect(parseRejected(raw)).toEqual({ reason });
    });

    it('accepts national and provincial codes', () => {
      for (const code of ['1.001193', '2.000986', '1.005461.000.00.00.H36', '1.012275.H36', ' 1.000894 ']) {
        expect(parseOk({ ...birth(), ma_thu_tuc: code }).code).toBe(code.trim());
      }
    });

    it('isRejected is a proper type guard', () => {
      expect(isRejected({ reason: 'x' })).toBe(true);
      expect(isRejected(parseRecord(birth()))).toBe(false);
    });
  });

  it('1.001193 Thủ tục đăng ký khai sinh: complete structured record', () => {
    const p = parseOk(birth());
    expect(p).toMatchObject({
      code: '1.001193',
      name: 'Thủ tục đăng ký khai sinh',
      decisionNo: '163/QĐ-BTP',
      levels: ['Cấp xã'],
      kind: 'TTHC được giao luật quy định chi tiết',
      field: 'Hộ tịch',
      targetGroups: ['Công dân Việt Nam', 'Người Việt Nam định cư ở nước ngoài'],
      competentAgency: null,
      relatedProcedures: null,
      sourceGroup: 'bo-tu-phap',
      contentMismatch: false,
      warnings: [],
    });
    expect(p.detailUrl).toMatch(/^https:\/\/dichvucong\.gov\.vn\/thu-tuc-hanh-chinh\//);
    expect(p.channels.every((c) => c.isFree && c.feeText === 'Miễn phí')).toBe(true);
    expect(p.documents.some((d) => d.name.startsWith('Giấy chứng sinh'))).toBe(true);
    expect(p.results).toEqual([{ name: 'Giấy khai sinh', code: 'KQ.G15.000031' }]);
    expect(p.legalBases.map((l) => l.number)).toContain('123/2015/NĐ-CP');
    expect(p.steps).toMatch(/^- Nếu lựa chọn hình thức nộp hồ sơ trực tiếp|^\S/);
    // Originals are kept (cleaned) next to the structure.
    expect(p.original.channels).toMatch(/^Hình thức nộpThời gian/);
    expect(p.original.documents).toMatch(/Giấy chứng sinh/);
    expect(p.original.legalBases).toMatch(/123\/2015\/NĐ-CP/);
    expect(p.original.result).toBe('Giấy khai sinh (Mã: KQ.G15.000031)');
  });

  it('1.000894 Thủ tục đăng ký kết hôn', () => {
    const p = parseOk(realRecord('1.000894'));
    expect(p.name).toBe('Thủ tục đăng ký kết hôn');
    expect(p.levels).toEqual(['Cấp xã']);
    expect(p.targetGroups).toEqual(['Công dân Việt Nam']);
    expect(p.channels).toHaveLength(3);
    expect(p.results).toEqual([{ name: 'Giấy chứng nhận kết hôn', code: 'KQ.G15.000032' }]);
    expect(p.documents[0].group).toBe('Giấy tờ phải xuất trình');
    expect(p.contentMismatch).toBe(false);
  });

  it('splits levels and target groups (commas inside parentheses and inside one group name)', () => {
    const p = parseOk(realRecord('3.000163'));
    expect(p.levels).toEqual(['Cấp bộ', 'Cấp tỉnh', 'Cấp xã']);
    expect(p.targetGroups).toContain('Tổ chức (không bao gồm doanh nghiệp, HTX)');
    expect(p.targetGroups).toContain('Cán bộ, công chức, viên chức');
    expect(p.targetGroups).toHaveLength(12);
    expect(splitTargetGroups('Tổ chức (không bao gồm doanh nghiệp, HTX), Công dân Việt Nam')).toEqual([
      'Tổ chức (không bao gồm doanh nghiệp, HTX)',
      'Công dân Việt Nam',
    ]);
    expect(splitTargetGroups('Công dân Việt Nam, Cán bộ, công chức, viên chức')).toEqual([
      'Công dân Việt Nam',
      'Cán bộ, công chức, viên chức',
    ]);
  });

  it('normalises decomposed text everywhere (1.003358 agencies)', () => {
    const raw = realRecord('1.003358');
    expect(raw.co_quan_thuc_hien).not.toBe(raw.co_quan_thuc_hien?.normalize('NFC'));
    const p = parseOk(raw);
    expect(p.implementingAgency).toBe(p.implementingAgency?.normalize('NFC'));
    expect(p.implementingAgency).toContain('Cục quản lý xuất nhập cảnh');
  });

  it('warns about each part that could not be structured, keeping the original text', () => {
    const p = parseOk(realRecord('3.000337'));
    expect(p.legalBases).toEqual([]);
    expect(p.warnings).toContainEqual({
      field: 'legalBases',
      message: 'legal bases text is not a table; kept as original text',
    });
    expect(p.original.legalBases).toMatch(/^: Thông tư 269\/2016\/TT-BTC/);

    const q = parseOk({ ...birth(), cach_thuc_thuc_hien: 'Nộp theo hướng dẫn của cơ quan' });
    expect(q.channels).toEqual([]);
    expect(q.warnings).toContainEqual({ field: 'channels', message: 'no channel row recognised' });
    expect(q.original.channels).toBe('Nộp theo hướng dẫn của cơ quan');
  });

  it('maps "Không có thông tin" and missing optional fields to null / empty', () => {
    const p = parseOk({
      ma_thu_tuc: '2.000986',
      ten_thu_tuc: 'Thủ tục X',
      thu_tuc_lien_quan: 'Không có thông tin',
    });
    expect(p).toMatchObject({
      decisionNo: null,
      levels: [],
      targetGroups: [],
      steps: null,
      relatedProcedures: null,
      channels: [],
      documents: [],
      legalBases: [],
      results: [],
      original: { channels: null, documents: null, legalBases: null, result: null },
      contentMismatch: false,
      warnings: [],
    });
  });

  it('1.001521: re-reads steps and documents the export split at "Thành phần hồ sơ"', () => {
    const raw = realRecord('1.001521');
    // In the export the steps stop at "… mục 5.3 (" and the documents field holds the rest of them.
    expect(raw.trinh_tu_thuc_hien).toMatch(/mục 5\.3 \($/);
    expect(raw.thanh_phan_ho_so).toMatch(/^\); nộp hồ sơ cho cơ quan BHXH/);
    const p = parseOk(raw);
    expect(p.steps).toContain('mục 5.3 (Thành phần hồ sơ); nộp hồ sơ cho cơ quan BHXH');
    expect(p.documents).toHaveLength(8);
    expect(p.documents.every((d) => d.quantityText !== null)).toBe(true);
    expect(p.warnings).toContainEqual({
      field: 'documents',
      message: 'steps and documents re-read from raw_text: the export cut the steps at "Thành phần hồ sơ"',
    });
    // Without raw_text nothing can be repaired; the misplaced text is reported instead.
    const withoutRaw = parseOk({ ...raw, raw_text: undefined });
    expect(withoutRaw.documents).toEqual([]);
    expect(withoutRaw.warnings).toContainEqual({ field: 'documents', message: 'no document table found' });
    expect(repairMisplacedDocuments(raw.thanh_phan_ho_so ?? null, undefined)).toBeNull();
  });

  it('parses every real fixture without throwing, deterministically and fast', () => {
    const records = realRecords();
    const started = Date.now();
    const first = records.map((r) => parseRecord(r));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(first.filter(isRejected)).toEqual([]);
    expect(records.map((r) => parseRecord(r))).toEqual(first);
    for (const p of first as ParsedProcedure[]) {
      expect(p.name).toBe(p.name.normalize('NFC'));
      expect(p.name).not.toMatch(/\s{2,}|\u00a0/);
    }
  });
});
