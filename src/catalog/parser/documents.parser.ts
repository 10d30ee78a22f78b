import type { ParsedDocument } from './parsed-procedure';
import { collapseSpaces, isNoInfo, normalizeText, stripBullet } from './text-clean.util';

/**
 * Parser for "Thành phần hồ sơ". The export flattened one or more portal tables
 * (Tên giấy tờ | Mẫu đơn, tờ khai | Số lượng), each preceded by an optional group heading:
 *
 *   * Giấy tờ phải nộp:Tên giấy tờMẫu đơn, tờ khaiSố lượng<name><form file>1 bản chính<name>…
 *
 * Rows have no separator; the quantity cell ("1 bản chính", "0 bản chính,1 bản sao") is the
 * only reliable row terminator, and the optional form file name sits right before it.
 */

export interface DocumentsParse {
  documents: ParsedDocument[];
  issues: string[];
}

const TABLE_HEADER = /Tên giấy tờ\s*Mẫu đơn, tờ khai\s*Số lượng/g;

// The quantity cell always names originals ("bản chính"), optionally followed by copies. The
// count is one digit: names often end in digits ("… ngày 13/02/2026" + "1 bản chính"). A real
// cell is glued to the next row (or ends the text); "(01 bản chính)" or "01 bản chính hoặc …"
// inside a name is followed by ")", punctuation or a space, and a quantity immediately followed
// by another one ("…: 01 bản chính" + "1 bản chính") is prose too.
const QUANTITY = /(\d) bản chính(?:,(\d+) bản sao)?(?=$|[^\s),;.])(?!\d bản chính)/g;

// Form attachments the portal lists in the "Mẫu đơn, tờ khai" column. Several files are glued
// ("To trinh.docxMẫu số 1.2.docx"), so only a lower-case letter rules out an extension.
// (No "i" flag: with "iu", \p{Ll} would match capitals too.)
const FORM_EXT = /\.(?:docx?|DOCX?|pdf|PDF|xlsx?|XLSX?|odt|rtf|rar|zip)(?!\p{Ll})/gu;
// "… .docx (1).doc": the portal's own copy suffixes belong to the same file name.
const EXT_CONTINUATION = /^(?:\s*\(\d+\))?\.(?:docx?|pdf|xlsx?|odt|rtf)/i;
// Words that start a form file name, used when the file is glued to the row name.
// Short codes (PL, BM, TK, Mus) must be followed by a separator or digit so that they do not
// fire inside upper-case abbreviations.
const FORM_WORD =
  /(?<=[^\s\-_(/])(?=(?:Mẫu|MẪU|Mau|MAU|mẫu|mau|Phụ lục|PHỤ LỤC|Phu luc|Biểu mẫu|Form|Tờ khai|To khai)|(?:PL|BM|TK|Mus)[\s\d_.-])/gu;
// Sentence punctuation glued to the next word: "…Môi trường).Mau 04.docx", "…theo mẫu;Mau 6.6.docx".
const PUNCT_GLUE = /(?:[;:)\]]|(?<=[^\d\s.])\.)(?=\S)/g;
// Lower case or digit glued to a capital: "theo mẫuTK 1.010702.docx", "15/5/2024Mus02.docx".
const CASE_GLUE = /(?<=[\p{Ll}\d])(?=\p{Lu})/gu;
const FORM_LOOKBACK = 200;

export function parseDocuments(text: string | null | undefined): ParsedDocument[] {
  return parseDocumentsDetailed(text).documents;
}

export function parseDocumentsDetailed(text: string | null | undefined): DocumentsParse {
  if (text == null || isNoInfo(text)) return { documents: [], issues: [] };
  const body = normalizeText(text);
  const documents: ParsedDocument[] = [];
  const issues: string[] = [];

  // Split on table headers: what precedes a header (after the previous table's last row) is
  // that table's heading.
  const headers = [...body.matchAll(TABLE_HEADER)];
  const sections: { heading: string; rows: string }[] = [];
  if (headers.length === 0) {
    sections.push({ heading: '', rows: body });
  } else {
    let pendingHeading = body.slice(0, headers[0].index);
    headers.forEach((h, i) => {
      const rowsStart = (h.index ?? 0) + h[0].length;
      const rowsEnd = i + 1 < headers.length ? (headers[i + 1].index ?? body.length) : body.length;
      const chunk = body.slice(rowsStart, rowsEnd);
      const isLast = i + 1 === headers.length;
      const { rowsText, trailing } = isLast ? { rowsText: chunk, trailing: '' } : splitTrailing(chunk);
      sections.push({ heading: pendingHeading, rows: rowsText });
      pendingHeading = trailing;
    });
  }

  for (const section of sections) {
    const group = cleanHeading(section.heading);
    let cursor = 0;
    for (const q of section.rows.matchAll(QUANTITY)) {
      const at = q.index ?? 0;
      const cell = section.rows.slice(cursor, at);
      cursor = at + q[0].length;
      const row = buildRow(cell, group, q);
      if (row !== null) documents.push(row);
      else issues.push(`quantity "${q[0]}" without a document name`);
    }
    const rest = collapseSpaces(section.rows.slice(cursor));
    if (rest === '' || isNoInfo(rest) || rest === '--') continue;
    if (cursor === 0 && headers.length === 0) {
      // Free prose without any table: nothing to structure; the original text is kept.
      issues.push('no document table found');
      continue;
    }
    // Text after the last quantity: a row whose quantity was lost, or a trailing note. Keep
    // it as a document so nothing is lost, but say it was not fully structured.
    const row = buildRow(section.rows.slice(cursor), group, null);
    if (row !== null) documents.push(row);
    issues.push('trailing text without quantity kept as a document');
  }
  return { documents, issues };
}

/** Splits a table's text into its rows and the heading of the next table (after the last quantity). */
function splitTrailing(chunk: string): { rowsText: string; trailing: string } {
  let lastEnd = 0;
  for (const q of chunk.matchAll(QUANTITY)) lastEnd = (q.index ?? 0) + q[0].length;
  return { rowsText: chunk.slice(0, lastEnd), trailing: chunk.slice(lastEnd) };
}

function cleanHeading(raw: string): string | null {
  let h = collapseSpaces(raw);
  h = stripBullet(h)
    .replace(/[:：.]+\s*$/, '')
    .trim();
  return h === '' || isNoInfo(h) ? null : h;
}

function buildRow(cell: string, group: string | null, q: RegExpMatchArray | null): ParsedDocument | null {
  const { name, forms } = splitForms(cell);
  const cleanName = stripBullet(collapseSpaces(name));
  const finalName = cleanName !== '' ? cleanName : (forms[0] ?? '');
  if (finalName === '') return null;
  return {
    group,
    name: finalName,
    forms,
    originals: q === null ? null : Number(q[1]),
    copies: q === null || q[2] === undefined ? null : Number(q[2]),
    quantityText: q === null ? null : q[0],
  };
}

/** Separates the form file names at the end of a row cell from the document name. */
export function splitForms(cell: string): { name: string; forms: string[] } {
  const exts = [...cell.matchAll(FORM_EXT)];
  if (exts.length === 0) return { name: cell, forms: [] };
  const last = exts[exts.length - 1];
  const regionEnd = (last.index ?? 0) + last[0].length;
  // Files only count when they close the cell; an extension mid-sentence is prose
  // ("… tệp định dạng đuôi “.doc” …").
  if (!/^[\s\]]*$/.test(cell.slice(regionEnd))) return { name: cell, forms: [] };
  const firstExt = exts.find((e) => (e.index ?? 0) > 0);
  if (firstExt === undefined) return { name: cell, forms: [] };
  const start = formStart(cell, firstExt.index ?? 0);
  const forms = splitFileList(cell.slice(start, regionEnd));
  return { name: cell.slice(0, start), forms };
}

/** Finds where the first form file name begins, looking back from its extension. */
function formStart(cell: string, extAt: number): number {
  const from = Math.max(0, extAt - FORM_LOOKBACK);
  const pre = cell.slice(from, extAt);
  const bracket = pre.lastIndexOf('[');
  if (bracket >= 0) return from + bracket;
  const lastOf = (re: RegExp, shift: number): number => {
    let best = -1;
    for (const m of pre.matchAll(re)) {
      const p = (m.index ?? 0) + shift;
      if (p > 0 && p < pre.length) best = p;
    }
    return best;
  };
  const firstOf = (re: RegExp): number => {
    for (const m of pre.matchAll(re)) if ((m.index ?? 0) > 0) return m.index ?? 0;
    return -1;
  };
  // A form word glued to the name ("…đầu tưMẫu I.1.10.docx") is the strongest sign; then the
  // latest punctuation glue ("…Công an.NC14 (1).doc"). What lies after it is the file name.
  const formWord = lastOf(FORM_WORD, 0);
  if (formWord > 0) return from + formWord;
  const punct = lastOf(PUNCT_GLUE, 1);
  if (punct > 0) return from + punct;
  // Otherwise the first lower→upper glue in the look-back window ("mẫuMauBankhai…").
  const camel = firstOf(CASE_GLUE);
  if (camel > 0) return from + camel;
  // The whole cell is a file name, or the file is separated by a space: take the last token.
  const space = pre.lastIndexOf(' ');
  return space < 0 ? from : from + space + 1;
}

/** "A.docxB.docx (1).doc" → ["A.docx", "B.docx (1).doc"]. */
function splitFileList(region: string): string[] {
  const files: string[] = [];
  let start = 0;
  for (const m of region.matchAll(FORM_EXT)) {
    let end = (m.index ?? 0) + m[0].length;
    // Already consumed as a copy suffix of the previous file.
    if (end <= start) continue;
    let cont = EXT_CONTINUATION.exec(region.slice(end));
    while (cont !== null) {
      end += cont[0].length;
      cont = EXT_CONTINUATION.exec(region.slice(end));
    }
    const file = collapseSpaces(region.slice(start, end))
      .replace(/^[\s;,[\]]+/, '')
      .replace(/[\s\]]+$/, '');
    if (file !== '') files.push(file);
    start = end;
  }
  return [...new Set(files)];
}
