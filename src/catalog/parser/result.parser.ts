import type { ParsedResultDocument } from './parsed-procedure';
import {
  cleanInline,
  collapseSpaces,
  isNoInfo,
  normalizeText,
  stripBullet,
  stripPortalWidget,
} from './text-clean.util';

/**
 * Parser for "Kết quả thực hiện". The export glued result documents with their codes, then the
 * "Từ khóa" / "Mô tả" cells, then the portal's agency picker and submit button:
 *
 *   Giấy khai sinhMã: KQ.G15.000031Từ khóaKhông có thông tinMô tảKhông có thông tin
 *   Chọn cơ quan thực hiệnTỉnh/ Thành phốBộ ngành-- Chọn Tỉnh/ Thành phố --…Nộp hồ sơ
 */

export interface ResultsParse {
  results: ParsedResultDocument[];
  /** The result text without portal boilerplate and empty markers; null when nothing is left. */
  cleaned: string | null;
  issues: string[];
}

// "KQ.G15.000031", "KQ-G17.000004", "000.00.00.G04-KQ1786": codes end with a digit, which
// separates them from the next document name glued after them ("…000031Giấy khai sinh").
// A few codes are letters only ("VBTT") and then stand alone.
const CODE = /Mã:\s*([A-Z0-9][A-Z0-9.-]*\d|[A-Z][A-Z0-9]*(?![\p{L}\d]))/gu;
const TAIL = /Từ khóa([\s\S]*?)Mô tả([\s\S]*)$/u;
/** Results without a code longer than this are prose (or another field), not a document name. */
const MAX_UNCODED_NAME = 300;
// A quantity cell means the documents list leaked into this field.
const LEAKED_DOCUMENTS = /\d bản chính/;

export function parseResults(text: string | null | undefined): {
  results: ParsedResultDocument[];
  cleaned: string | null;
} {
  const { results, cleaned } = parseResultsDetailed(text);
  return { results, cleaned };
}

export function parseResultsDetailed(text: string | null | undefined): ResultsParse {
  if (text == null || isNoInfo(text)) return { results: [], cleaned: null, issues: [] };
  let body = stripPortalWidget(normalizeText(text));
  let keyword: string | null = null;
  let description: string | null = null;
  const tail = TAIL.exec(body);
  if (tail !== null) {
    keyword = cleanInline(tail[1]);
    description = cleanInline(tail[2]);
    body = body.slice(0, tail.index);
  }

  const results: ParsedResultDocument[] = [];
  const issues: string[] = [];
  let cursor = 0;
  for (const m of body.matchAll(CODE)) {
    const name = cleanName(body.slice(cursor, m.index ?? 0));
    cursor = (m.index ?? 0) + m[0].length;
    if (name === null) {
      issues.push(`result code ${m[1]} without a document name`);
      continue;
    }
    results.push({ name, code: m[1] });
  }
  const rest = cleanName(body.slice(cursor));
  if (rest !== null) {
    if (rest.length <= MAX_UNCODED_NAME && !LEAKED_DOCUMENTS.test(rest)) {
      results.push({ name: rest, code: null });
    } else {
      issues.push('result text is not a list of documents; kept as original text');
    }
  }

  const lines = results.map((r) => (r.code === null ? r.name : `${r.name} (Mã: ${r.code})`));
  if (results.length === 0 && rest !== null) lines.push(rest);
  if (keyword !== null) lines.push(`Từ khóa: ${keyword}`);
  if (description !== null) lines.push(`Mô tả: ${description}`);
  return { results: dedupe(results), cleaned: lines.length > 0 ? lines.join('\n') : null, issues };
}

function cleanName(raw: string): string | null {
  // Leading ":" comes from a label the portal dropped (": Quyết định phê duyệt …").
  const name = stripBullet(collapseSpaces(raw).replace(/^[:;,.\s]+/, ''))
    .replace(/[.;,:]+$/, '')
    .trim();
  return name === '' || isNoInfo(name) ? null : name;
}

function dedupe(results: ParsedResultDocument[]): ParsedResultDocument[] {
  const seen = new Set<string>();
  return results.filter((r) => {
    const key = `${r.name}|${r.code ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
