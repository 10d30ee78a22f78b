import type { DossierCodeMatch, MalformedDossierCode } from '../nlu.types';
import {
  AGENCY_ONLY,
  BAD_AGENCY,
  BAD_NUMBERS,
  MISSING_AGENCY,
  SOFT_SEP,
  VALID_CODE,
  WRONG_SEPARATORS,
} from './dossier-code.patterns';

export interface DossierCodeExtraction {
  codes: DossierCodeMatch[];
  malformed: MalformedDossierCode[];
}

/** A span of the message already explained, so later (looser) patterns do not re-read it. */
interface Span {
  start: number;
  end: number;
}

const EXAMPLE = '000.00.12.H41-250312-0007';
const SOFT_SEP_ONLY = new RegExp(`^${SOFT_SEP}$`);
/** Oldest plausible year of a dossier: one-stop software with these codes dates from the mid-2010s. */
const MIN_MISSING_AGENCY_YEAR = 15;

/**
 * Finds dossier codes in a citizen's message, and things that look like a code but are not one
 * (so the dialogue can say which part to check instead of answering "not found").
 */
export function extractDossierCodes(text: string): DossierCodeExtraction {
  // Codes are ASCII; NFC only matters for the text around them, and keeps `raw` close to what was typed.
  let work = text.normalize('NFC');
  const codes: DossierCodeMatch[] = [];
  const malformed: MalformedDossierCode[] = [];
  const seen = new Set<string>();

  const consume = (regex: RegExp, handle: (m: RegExpExecArray) => boolean): void => {
    const spans: Span[] = [];
    for (const m of work.matchAll(regex)) {
      if (handle(m)) spans.push({ start: m.index, end: m.index + m[0].length });
    }
    work = blank(work, spans);
  };

  consume(VALID_CODE, (m) => {
    const [raw, agency, date, counter] = m;
    if (!isAgency(agency) || !isValidDate(date)) return false;
    const code = `${agency.toUpperCase()}-${date}-${counter}`;
    if (!seen.has(code)) {
      seen.add(code);
      codes.push({ code, raw: raw.trim() });
    }
    return true;
  });

  const flag = (raw: string, problem: string): true => {
    const trimmed = raw.trim();
    if (!malformed.some((x) => x.raw === trimmed)) malformed.push({ raw: trimmed, problem });
    return true;
  };

  consume(WRONG_SEPARATORS, (m) => {
    const [raw, agency, sep1, date, sep2, counter] = m;
    if (!isStrongAgency(agency) || !isValidDate(date)) return false;
    if (SOFT_SEP_ONLY.test(sep1) && SOFT_SEP_ONLY.test(sep2)) return false;
    const guess = `${agency.toUpperCase()}-${date}-${counter}`;
    return flag(raw, `các phần của mã phải ngăn cách bằng dấu gạch ngang (-); có phải mã ${guess} không?`);
  });

  consume(BAD_NUMBERS, (m) => {
    const [raw, agency, date, counter] = m;
    if (!isStrongAgency(agency)) return false;
    const problem = numbersProblem(date, counter);
    return problem ? flag(raw, problem) : false;
  });

  consume(BAD_AGENCY, (m) => {
    const [raw, agency, date] = m;
    if (!isValidDate(date) || isAgency(agency)) return false;
    return flag(raw, `phần mã cơ quan (${agency}) không đúng dạng mã định danh, ví dụ đúng: ${EXAMPLE}`);
  });

  consume(MISSING_AGENCY, (m) => {
    const [raw, date] = m;
    if (!isValidDate(date) || Number(date.slice(0, 2)) < MIN_MISSING_AGENCY_YEAR) return false;
    return flag(raw, `thiếu phần mã cơ quan ở đầu mã (ví dụ đầy đủ: ${EXAMPLE})`);
  });

  consume(AGENCY_ONLY, (m) =>
    flag(
      m[0],
      `mới có phần mã cơ quan (${m[1].toUpperCase()}), thiếu phần ngày và số thứ tự, ví dụ: ${EXAMPLE}`,
    ),
  );

  return { codes, malformed };
}

/** What is wrong with the date and counter after a good agency, or null when nothing is. */
function numbersProblem(date: string, counter: string | undefined): string | null {
  if (date.length !== 6) return `phần ngày (${date}) phải có đúng 6 chữ số dạng năm-tháng-ngày (yyMMdd)`;
  if (!isValidDate(date)) return `phần ngày (${date}) không phải ngày hợp lệ (dạng yyMMdd)`;
  if (counter === undefined) return 'thiếu phần số thứ tự 4 chữ số ở cuối mã';
  if (counter.length !== 4) return `phần số thứ tự (${counter}) phải có đúng 4 chữ số`;
  return null;
}

function agencyGroups(agency: string): string[] {
  return agency.split('.');
}

/** An e-id we accept in a well-formed code: a letter level, or at least two dotted numeric levels. */
export function isAgency(agency: string): boolean {
  const groups = agencyGroups(agency);
  if (!groups.every((g) => /^\d{1,3}$/.test(g) || isLetterGroup(g))) return false;
  return groups.some(isLetterGroup) || groups.length >= 2;
}

/**
 * An e-id distinctive enough that a broken code after it is worth flagging: a letter level, or the
 * long numeric form `000.00.12`. Plain decimals and version numbers are not.
 */
function isStrongAgency(agency: string): boolean {
  const groups = agencyGroups(agency);
  return groups.some(isLetterGroup) || (groups.length >= 3 && groups[0].length === 3);
}

function isLetterGroup(group: string): boolean {
  return /^[A-Za-z]\d{2}$/.test(group);
}

/** `yyMMdd` naming a real calendar day (2000–2099). */
export function isValidDate(yyMMdd: string): boolean {
  if (!/^\d{6}$/.test(yyMMdd)) return false;
  const year = 2000 + Number(yyMMdd.slice(0, 2));
  const month = Number(yyMMdd.slice(2, 4));
  const day = Number(yyMMdd.slice(4, 6));
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Overwrites explained spans with a neutral filler of the same length, keeping indices stable. */
function blank(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let last = 0;
  for (const { start, end } of spans) {
    out += text.slice(last, start) + '#'.repeat(end - start);
    last = end;
  }
  return out + text.slice(last);
}
