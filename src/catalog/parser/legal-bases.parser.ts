import type { ParsedLegalBasis } from './parsed-procedure';
import { collapseSpaces, isNoInfo, normalizeText } from './text-clean.util';

/**
 * Parser for "Căn cứ pháp lý". The export flattened the portal table
 * (Tên văn bản pháp lý | Mã văn bản) with no separators, so each row is a title immediately
 * followed by a document number, and titles themselves often contain numbers:
 *
 *   Luật Khiếu nại  năm 201102/2011/QH13Nghị định 05/2012/NĐ-CP05/2012/NĐ-CPQuy định …
 *
 * Strategy: find every document number, then decide which ones close a row (the "Mã văn bản"
 * cell) and which ones are mentioned inside a title.
 */

export interface LegalBasesParse {
  legalBases: ParsedLegalBasis[];
  issues: string[];
}

const HEADER = /^\s*Tên văn bản pháp lý\s*Mã văn bản\s*/;
/** Another field's label that leaked into the cell in a few records; everything after it is foreign. */
const LEAKED_FIELD = /Cơ quan thực hiện/;

// Issuer parts seen in the catalog. They let the parser decide where a code glued to the next
// title ends: "NĐ-CPNghị định" is "NĐ-CP" + "Nghị định", "TT-BCAngày" is "TT-BCA" + "ngày".
const KNOWN_ISSUERS = new Set([
  'CP',
  'TTg',
  'TTG',
  'BTC',
  'BTP',
  'BCA',
  'NHNN',
  'BNNMT',
  'BGTVT',
  'BNNPTNT',
  'BXD',
  'BTNMT',
  'BLĐTBXH',
  'BKHĐT',
  'BKHCN',
  'BNG',
  'BNV',
  'BYT',
  'BCT',
  'BVHTTDL',
  'BTTTT',
  'BQP',
  'BGDĐT',
  'VPCP',
  'UBND',
  'HĐND',
  'HĐTP',
  'TANDTC',
  'VKSNDTC',
  'LLTP',
  'CTN',
  'BHXH',
  'KTNN',
  'TCHQ',
  'TCT',
  'NĐ',
  'QĐ',
  'NQ',
  'TT',
  'TTLT',
  'PL',
  'BNN',
  'BKH',
  'BTTTT',
  'UBCK',
  'BHYT',
]);
const LEGISLATURE = /^(?:UBTVQH|QH)\d{1,2}$/;

const PART = '(?:UBTVQH|QH)(?:1[0-5]|[1-9])|TTg|[A-ZĐ]+';
// A number may start after a non-digit (but not inside "66.7/2025"), right after a date's year
// ("ngày 03/06/2008" + "13/2008/QH12", "ngày 15/5/2026." + "55/2026/TT-BTC") or right after a
// legislature suffix ("…/QH13" + "60/2014/QH13").
const START = '(?:(?<![\\d/])(?<!\\d\\.)|(?<=\\/\\d{4}\\.?)|(?<=QH(?:1[0-5]|[1-9])))';
const NUMBER = new RegExp(
  // "30a/2008/NQ-CP" has a letter suffix; "NĐ- CP" a stray space after the dash.
  `${START}(?:\\d+(?:\\.\\d+)?[a-z]?\\/(?:\\d{4}\\/)?(?:${PART})(?:-\\s?(?:${PART}))*` +
    // Pre-2000 style: "73-CP", "18-L/CTN".
    `|\\d+-[A-ZĐ]+(?:\\/[A-ZĐ]+)?` +
    // A number cut short at the very end of the cell ("…46/2020").
    `|\\d+(?:\\.\\d+)?\\/\\d{4}(?=\\s*$))`,
  'gu',
);

const DOC_TYPE_AFTER_SPACE =
  /^\s+(?:Luật|Bộ luật|Nghị định|Nghị quyết|Thông tư|Quyết định|Pháp lệnh|Lệnh|Chỉ thị|Văn bản|Công văn|Hiến pháp|LUẬT|BỘ LUẬT|NGHỊ ĐỊNH|NGHỊ QUYẾT|THÔNG TƯ|QUYẾT ĐỊNH|PHÁP LỆNH)(?![\p{L}])/u;
// Prefix words that may sit between a title's number and the same number in the code cell.
const SAME_NUMBER_GAP =
  /^\s*(?:(?:Luật|Thông tư|Nghị định|Nghị quyết|Quyết định|Pháp lệnh|Lệnh)\s*)?(?:số|Số)?\s*$/;
// The code cell sometimes repeats the document type ("…Bộ Tư phápThông tư số 03/2023/TT-BTP"):
// strip it from the end of the title when it is glued to the previous word.
const GLUED_CODE_PREFIX =
  /(?<=[^\s])(?:(?:Luật|Thông tư|Nghị định|Nghị quyết|Quyết định|Pháp lệnh|Lệnh)\s*(?:số|Số)?|số|Số)\s*$/u;

interface NumberToken {
  start: number;
  end: number;
  number: string;
}

export function parseLegalBases(text: string | null | undefined): ParsedLegalBasis[] {
  return parseLegalBasesDetailed(text).legalBases;
}

export function parseLegalBasesDetailed(text: string | null | undefined): LegalBasesParse {
  if (text == null || isNoInfo(text)) return { legalBases: [], issues: [] };
  let body = normalizeText(text);
  const issues: string[] = [];
  const hadHeader = HEADER.test(body);
  body = body.replace(HEADER, '');
  const leak = LEAKED_FIELD.exec(body);
  if (leak !== null) {
    body = body.slice(0, leak.index);
    issues.push('text of another field removed from legal bases');
  }
  if (isNoInfo(body)) return { legalBases: [], issues };
  if (!hadHeader) {
    // Without the table header the cell holds something else (a fee note, prose).
    issues.push('legal bases text is not a table; kept as original text');
    return { legalBases: [], issues };
  }

  const tokens = findNumbers(body);
  const legalBases: ParsedLegalBasis[] = [];
  const seen = new Set<string>();
  let rowStart = 0;
  tokens.forEach((tok, i) => {
    if (!closesRow(body, tokens, i)) return;
    const title = stripGluedCodePrefix(collapseSpaces(body.slice(rowStart, tok.start)));
    rowStart = tok.end;
    const row: ParsedLegalBasis = { number: tok.number, title: title === '' ? tok.number : title };
    const key = `${row.number}|${row.title}`;
    if (!seen.has(key)) legalBases.push(row);
    seen.add(key);
  });
  const rest = collapseSpaces(body.slice(rowStart));
  if (/[\p{L}\d]/u.test(rest)) {
    legalBases.push({ number: null, title: rest });
    issues.push('legal basis without a document number');
  }
  return { legalBases, issues };
}

function findNumbers(body: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of body.matchAll(NUMBER)) {
    let start = m.index ?? 0;
    let raw = refineSuffix(m[0], body[start + m[0].length] ?? '');
    // A title ending in a year is glued to the number: "Luật Khiếu nại năm 2011" + "02/2011/QH13"
    // reads "201102/2011/QH13". Document numbers have at most four digits, so a longer run
    // starting with a year gives the year back to the title.
    const lead = /^(?:19|20)\d{2}(?=\d{1,4}[./a-z])/.exec(raw);
    if (lead !== null && /^\d{5,}/.test(raw)) {
      start += 4;
      raw = raw.slice(4);
    }
    out.push({ start, end: start + raw.length, number: raw.replace(/\s+/g, '') });
  }
  return out;
}

/**
 * The regex is greedy on capitals, so a code glued to a title swallows the title's first
 * capital(s): "NĐ-CPNghị" → "NĐ-CPN", "NĐ-CPQUY ĐỊNH" → "NĐ-CPQUY". Cut back to a known issuer.
 */
function refineSuffix(raw: string, next: string): string {
  const dash = raw.lastIndexOf('-');
  const slash = raw.lastIndexOf('/');
  const cut = Math.max(dash, slash);
  const last = raw.slice(cut + 1);
  if (cut < 0 || !/^[A-ZĐ]/.test(last) || KNOWN_ISSUERS.has(last) || LEGISLATURE.test(last)) return raw;
  // "…/NĐ-CP-Quy định": a lone capital after the dash is the next title's first letter.
  if (last.length === 1 && /^\p{Ll}/u.test(next))
    return raw.slice(0, raw[cut] === '-' ? cut : cut + 1).replace(/-\s?$/, '');
  for (let len = last.length - 1; len >= 2; len--) {
    if (KNOWN_ISSUERS.has(last.slice(0, len))) return raw.slice(0, cut + 1 + len);
  }
  if (/^\p{Ll}/u.test(next) && last.length >= 2 && /[A-ZĐ]$/.test(last)) return raw.slice(0, -1);
  return raw;
}

/** Removes a code-cell prefix glued to the title; only the tail is searched (end-anchored regex). */
function stripGluedCodePrefix(title: string): string {
  const cut = Math.max(0, title.length - 40);
  const tail = title.slice(cut).replace(GLUED_CODE_PREFIX, '');
  return (title.slice(0, cut) + tail).trim();
}

/** Same document number, allowing for a copy cut short at the end ("46/2020/NĐ-CP" vs "46/2020"). */
function sameNumber(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 6 && long.startsWith(short);
}

/** Decides whether token i is a row's "Mã văn bản" cell rather than a number inside a title. */
function closesRow(body: string, tokens: NumberToken[], i: number): boolean {
  const tok = tokens[i];
  const next = tokens[i + 1];
  // "Nghị định 05/2012/NĐ-CP05/2012/NĐ-CP", "…50/2025/TT-NHNNsố 50/2025/TT-NHNN": the title
  // ends with the number and the code cell repeats it.
  if (next !== undefined && sameNumber(tok.number, next.number)) {
    if (SAME_NUMBER_GAP.test(body.slice(tok.end, next.start))) return false;
  }
  const after = body.slice(tok.end);
  if (/^[\s.;,]*$/.test(after)) return true;
  const ch = after[0];
  if (/\s/.test(ch)) {
    // A code cell with a trailing space; only trust it when a new title obviously starts.
    return DOC_TYPE_AFTER_SPACE.test(after);
  }
  if (/\d/.test(ch)) {
    if (next === undefined || next.start !== tok.end) return true;
    // Glued to another number: either that one is this row's code (this one is in the title),
    // or it is the next row's title and is repeated right after as that row's code.
    const afterNext = tokens[i + 2];
    return (
      afterNext !== undefined &&
      sameNumber(next.number, afterNext.number) &&
      SAME_NUMBER_GAP.test(body.slice(next.end, afterNext.start))
    );
  }
  // Glued to letters: the next title starts here. Punctuation means we are inside a title.
  return /\p{L}/u.test(ch);
}
