import { Injectable } from '@nestjs/common';
import { basename } from 'node:path';
import { CatalogRepository } from '../catalog.repository';
import type { OnlineLevel, ProvincialProcedure } from '../entities/provincial-procedure.entity';
import { parseCsv } from './csv.util';
import { readMaybeGzipped } from './line-reader.util';
import type { RejectedLine } from './import-report';

export interface ProvinceImportReport {
  file: string;
  provinceCode: string;
  total: number;
  accepted: number;
  /** Accepted rows whose base code is in the national catalog. */
  joined: number;
  byLevel: Record<OnlineLevel, number>;
  rejected: RejectedLine[];
}

/** Column names seen in provincial exports, mapped to ours (Lâm Đồng and Lạng Sơn differ). */
const COLUMN_ALIASES: Record<string, keyof Row> = {
  code: 'code',
  ma_tthc: 'code',
  name: 'name',
  ten_tthc: 'name',
  field: 'field',
  linh_vuc: 'field',
  org: 'agency',
  co_quan: 'agency',
  level: 'level',
  muc_do_dvc: 'level',
  quyet_dinh: 'decisionNo',
};

interface Row {
  code: string;
  name: string;
  field: string;
  agency: string;
  level: string;
  decisionNo: string;
}

const BASE_CODE = /^(\d\.\d{6})(?:\.|$)/;
const PROVINCE_IN_CODE = /\.(H\d{2})$/i;
const PROVINCE_IN_FILE = /(?:^|[-_.])(h\d{2})(?:[-_.]|$)/i;

export function onlineLevelOf(text: string): OnlineLevel {
  const t = text.normalize('NFC').toLowerCase();
  if (t.includes('toàn trình')) return 'full';
  if (t.includes('một phần')) return 'partial';
  return 'none';
}

/**
 * Imports a provincial procedure list (CSV) and joins it to the national catalog on the base code
 * (`1.005461.000.00.00.H36` → `1.005461`). Test rows and codes that are not catalog codes are
 * rejected with a reason.
 */
@Injectable()
export class ProvinceImporter {
  constructor(private readonly repository: CatalogRepository) {}

  async importFile(path: string, provinceCode?: string): Promise<ProvinceImportReport> {
    const province = (provinceCode ?? basename(path).match(PROVINCE_IN_FILE)?.[1] ?? '').toUpperCase();
    if (!/^H\d{2}$/.test(province)) {
      throw new Error(
        `Không xác định được mã tỉnh của tệp ${path}: đặt tên tệp có "-h36" hoặc dùng --province H36`,
      );
    }
    const [header, ...rows] = parseCsv(readMaybeGzipped(path));
    const columns = (header ?? []).map((h) => COLUMN_ALIASES[h.trim().toLowerCase()]);
    const report: ProvinceImportReport = {
      file: path,
      provinceCode: province,
      total: rows.length,
      accepted: 0,
      joined: 0,
      byLevel: { full: 0, partial: 0, none: 0 },
      rejected: [],
    };
    const accepted = new Map<string, Omit<ProvincialProcedure, 'createdAt' | 'updatedAt'>>();
    rows.forEach((cells, i) => {
      const line = i + 2;
      const row = this.toRow(columns, cells);
      const reason = this.rejectionReason(row, province);
      if (reason) {
        report.rejected.push({ line, code: row.code || undefined, reason });
        return;
      }
      const level = onlineLevelOf(row.level);
      accepted.set(row.code, {
        provinceCode: province,
        code: row.code,
        baseCode: row.code.match(BASE_CODE)![1],
        name: row.name.normalize('NFC').trim(),
        field: row.field.trim() || null,
        agency: row.agency.trim() || null,
        onlineLevel: level,
        onlineLevelText: row.level.trim() || null,
        decisionNo: row.decisionNo.trim() || null,
      });
    });
    const values = [...accepted.values()];
    for (let i = 0; i < values.length; i += 500)
      await this.repository.upsertProvincial(values.slice(i, i + 500));
    const known = await this.repository.existingCodes([...new Set(values.map((v) => v.baseCode))]);
    for (const v of values) {
      report.byLevel[v.onlineLevel]++;
      if (known.has(v.baseCode)) report.joined++;
    }
    report.accepted = values.length;
    return report;
  }

  private toRow(columns: (keyof Row | undefined)[], cells: string[]): Row {
    const row: Row = { code: '', name: '', field: '', agency: '', level: '', decisionNo: '' };
    columns.forEach((key, i) => {
      if (key) row[key] = (cells[i] ?? '').trim();
    });
    return row;
  }

  private rejectionReason(row: Row, province: string): string | null {
    if (!BASE_CODE.test(row.code)) return `mã thủ tục không đúng định dạng: "${row.code}"`;
    const suffix = row.code.match(PROVINCE_IN_CODE)?.[1]?.toUpperCase();
    if (suffix && suffix !== province) return `mã thuộc tỉnh ${suffix}, không phải ${province}`;
    if (!row.name) return 'thiếu tên thủ tục';
    if (/\btest\b/i.test(row.name)) return 'dòng thử nghiệm (tên có "test")';
    return null;
  }
}
