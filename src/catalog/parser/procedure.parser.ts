import { parseChannelsDetailed } from './channels.parser';
import { assessContentMismatch } from './content-mismatch.util';
import { parseDocumentsDetailed } from './documents.parser';
import { parseLegalBasesDetailed } from './legal-bases.parser';
import type { ParseWarning, ParsedProcedure, RejectedRecord } from './parsed-procedure';
import { parseResultsDetailed } from './result.parser';
import { repairMisplacedDocuments } from './section-repair.util';
import {
  cleanInline,
  cleanMultiline,
  cleanNormalizedLines,
  isNoInfo,
  normalizeText,
  splitCommaList,
} from './text-clean.util';

/**
 * Turns one raw line of the national portal export into a ParsedProcedure, or explains why the
 * importer must reject it. Pure and synchronous: no I/O, no clock, no randomness, so the
 * importer can call it in a tight loop and tests can pin its output.
 */

// National codes ("1.001193", "2.000986") and provincial variants ("1.005461.000.00.00.H36",
// "1.012275.H36").
const CODE = /^\d\.\d{6}(?:\.\d{3}\.\d{2}\.\d{2})?(?:\.[A-Z]\d{2})?$/;

export function isRejected(result: ParsedProcedure | RejectedRecord): result is RejectedRecord {
  return !('code' in result);
}

export function parseRecord(raw: unknown): ParsedProcedure | RejectedRecord {
  if (!isPlainObject(raw)) return { reason: 'record is not a JSON object' };
  const rawCode = raw['ma_thu_tuc'];
  if (typeof rawCode !== 'string' || rawCode.trim() === '') {
    return { reason: 'missing procedure code (ma_thu_tuc)' };
  }
  const code = rawCode.replace(/\s+/g, '');
  if (!CODE.test(code))
    return { reason: `invalid procedure code (ma_thu_tuc): "${rawCode.trim().slice(0, 60)}"` };
  const name = cleanName(raw['ten_thu_tuc']);
  if (name === null) return { reason: `procedure ${code} has no name (ten_thu_tuc)` };

  const warnings: ParseWarning[] = [];
  const warn = (field: string, message: string): void => {
    warnings.push({ field, message });
  };

  const channelsText = text(raw, 'cach_thuc_thuc_hien');
  let documentsText = text(raw, 'thanh_phan_ho_so');
  let stepsText = text(raw, 'trinh_tu_thuc_hien');
  const repair = repairMisplacedDocuments(documentsText, raw['raw_text']);
  if (repair !== null) {
    documentsText = repair.documents;
    stepsText = repair.steps;
    warn(
      'documents',
      'steps and documents re-read from raw_text: the export cut the steps at "Thành phần hồ sơ"',
    );
  }
  const legalText = text(raw, 'can_cu_phap_ly');
  const resultText = text(raw, 'ket_qua_xu_ly');

  const channels = parseChannelsDetailed(channelsText);
  const documents = parseDocumentsDetailed(documentsText);
  const legal = parseLegalBasesDetailed(legalText);
  const results = parseResultsDetailed(resultText);
  channels.issues.forEach((m) => warn('channels', m));
  documents.issues.forEach((m) => warn('documents', m));
  legal.issues.forEach((m) => warn('legalBases', m));
  results.issues.forEach((m) => warn('results', m));
  if (!isNoInfo(channelsText) && channels.channels.length === 0 && channels.issues.length === 0) {
    warn('channels', 'could not be structured; original text kept');
  }
  if (!isNoInfo(documentsText) && documents.documents.length === 0 && documents.issues.length === 0) {
    warn('documents', 'could not be structured; original text kept');
  }
  if (!isNoInfo(legalText) && legal.legalBases.length === 0 && legal.issues.length === 0) {
    warn('legalBases', 'could not be structured; original text kept');
  }

  const steps = cleanMultiline(stepsText);
  const verdict = assessContentMismatch({
    name,
    results: results.results,
    steps,
    documents: documents.documents,
  });
  const about = verdict.foreignPhrases.slice(0, 4).join(', ');
  if (verdict.kind === 'name') {
    warn('name', `content does not match the name (content is about: ${about})`);
  } else if (verdict.kind === 'result') {
    warn('results', `result documents belong to another procedure (about: ${about})`);
  }

  return {
    code,
    name,
    decisionNo: cleanInline(raw['so_quyet_dinh']),
    levels: splitCommaList(raw['cap_thuc_hien']),
    kind: cleanInline(raw['loai_thu_tuc']),
    field: cleanInline(raw['linh_vuc']),
    targetGroups: splitTargetGroups(raw['doi_tuong_thuc_hien']),
    competentAgency: cleanInline(raw['co_quan_co_tham_quyen']),
    implementingAgency: cleanInline(raw['co_quan_thuc_hien']),
    authorizedAgency: cleanInline(raw['co_quan_duoc_uy_quyen']),
    coordinatingAgency: cleanInline(raw['co_quan_phoi_hop']),
    address: cleanInline(raw['dia_chi_tiep_nhan']),
    steps,
    conditions: cleanMultiline(raw['yeu_cau_dieu_kien']),
    relatedProcedures: cleanRelated(raw['thu_tuc_lien_quan']),
    detailUrl: cleanInline(raw['detail_url']),
    sourceGroup: cleanInline(raw['_source_group']),
    channels: channels.channels,
    documents: documents.documents,
    legalBases: legal.legalBases,
    results: results.results,
    original: {
      channels: original(channelsText),
      documents: original(documentsText),
      legalBases: original(legalText),
      result: results.cleaned,
    },
    contentMismatch: verdict.mismatch,
    warnings,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field's text, normalised once here so that parsers and kept originals share the work. */
function text(raw: Record<string, unknown>, key: string): string | null {
  const v = raw[key];
  return typeof v === 'string' ? normalizeText(v) : null;
}

function original(normalized: string | null): string | null {
  return normalized === null ? null : cleanNormalizedLines(normalized);
}

/** Names sometimes start with stray punctuation (". Đăng ký thuế…") or carry PDF line breaks. */
function cleanName(value: unknown): string | null {
  const t = cleanInline(value);
  if (t === null) return null;
  const name = t.replace(/^[.,;:\-–—\s]+/, '').trim();
  return name === '' ? null : name;
}

/**
 * "Tổ chức (không bao gồm doanh nghiệp, HTX), Cán bộ, công chức, viên chức": commas separate
 * groups, except inside parentheses and inside the one group name that itself lists
 * "Cán bộ, công chức, viên chức" (its later parts start in lower case).
 */
export function splitTargetGroups(value: unknown): string[] {
  const t = cleanInline(value);
  if (t === null) return [];
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of t) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current.trim());
  const groups: string[] = [];
  for (const p of parts) {
    if (p === '') continue;
    if (groups.length > 0 && /^\p{Ll}/u.test(p)) groups[groups.length - 1] += `, ${p}`;
    else groups.push(p);
  }
  return [...new Set(groups)];
}

/** The related-procedures cell is a flattened table ("#Tên thủ tục1…"); keep its text only. */
function cleanRelated(value: unknown): string | null {
  const t = cleanMultiline(value);
  if (t === null) return null;
  const body = t.replace(/^#\s*Tên thủ tục\s*/, '').trim();
  return body === '' || isNoInfo(body) ? null : body;
}
