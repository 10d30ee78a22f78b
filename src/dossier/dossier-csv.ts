import { parseCsv } from '../catalog/importer/csv.util';

/** Column names accepted in a dossier CSV: the API's own, and the usual Vietnamese headers. */
const ALIASES: Record<string, string> = {
  code: 'code',
  ma_ho_so: 'code',
  procedurecode: 'procedureCode',
  ma_thu_tuc: 'procedureCode',
  applicantname: 'applicantName',
  nguoi_nop: 'applicantName',
  applicantphone: 'applicantPhone',
  so_dien_thoai: 'applicantPhone',
  agencyname: 'agencyName',
  co_quan: 'agencyName',
  submissionchannel: 'submissionChannel',
  kenh_nop: 'submissionChannel',
  status: 'status',
  trang_thai: 'status',
  receivedat: 'receivedAt',
  ngay_tiep_nhan: 'receivedAt',
  dueat: 'dueAt',
  han_tra: 'dueAt',
  updatedat: 'updatedAt',
  ngay_cap_nhat: 'updatedAt',
};

/** Rows of a dossier CSV as API items (empty cells left out), with their line numbers. */
export function dossierRowsFromCsv(content: string): { line: number; item: Record<string, string> }[] {
  const [header, ...rows] = parseCsv(content);
  const keys = (header ?? []).map((h) => ALIASES[h.trim().toLowerCase().replace(/\s+/g, '_')]);
  return rows.map((cells, i) => {
    const item: Record<string, string> = {};
    keys.forEach((key, c) => {
      const value = (cells[c] ?? '').trim();
      if (key && value) item[key] = value;
    });
    return { line: i + 2, item };
  });
}
