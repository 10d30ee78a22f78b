import { extractDossierCodes } from './dossier-code.extractor';

/**
 * Phone numbers, identity numbers and e-mails in citizens' messages (Nghị định 13/2023/NĐ-CP):
 * found so the dialogue can use them with consent, masked before anything reaches a log.
 */

interface Found {
  start: number;
  end: number;
  /** The normalised value (phones: 0xxxxxxxxx; ids: digits only). */
  value: string;
  kind: 'phone' | 'id' | 'cmnd' | 'email';
}

/** Separator a citizen may put between digit groups: one space, dot or dash, or ")" closing an area code. */
const D = String.raw`(?:[ .\-]|\) ?)?\d`;
/** Not inside a longer number or a dotted/dashed digit run. */
const NUM_LEFT = String.raw`(?<!\d)(?<!\d[.\-])`;
const NUM_RIGHT = String.raw`(?!\d)(?![.\-]\d)`;
/** +84 / 84 / (+84) country prefix, or the trunk 0. */
const PREFIX = String.raw`(?:\(?\+?84\)?[ .\-]?|\(?0)`;

/** Mobiles are 0 + [35789] + 8 digits; landlines 0 + 2 + 9 digits (area code 2xx). */
const MOBILE = new RegExp(String.raw`${NUM_LEFT}${PREFIX}([35789](?:${D}){8})${NUM_RIGHT}`, 'g');
const LANDLINE = new RegExp(String.raw`${NUM_LEFT}${PREFIX}(2(?:${D}){9})${NUM_RIGHT}`, 'g');

/** 12 digits typed together or grouped 3-3-3-3 / 4-4-4. */
const ID12 = new RegExp(
  String.raw`${NUM_LEFT}(\d{12}|\d{3}([ .])\d{3}\2\d{3}\2\d{3}|\d{4}([ .])\d{4}\3\d{4})${NUM_RIGHT}`,
  'g',
);
/** Words that introduce an identity number: with them any 12 digits count, without them the province must be real. */
const ID_CUE = /(?:cccd|căn\s*cước|can\s*cuoc|định\s*danh|dinh\s*danh|cmnd|cmt)[^\d]{0,20}$/i;
/** Old 9-digit CMND, only when introduced as such (9 bare digits are too often something else). */
const CMND9 = new RegExp(
  String.raw`(?:cmnd|cmt|ch[uứ]ng\s*minh(?:\s*(?:nh[aâ]n\s*d[aâ]n|th[uư]))?)[^\d\n]{0,15}?${NUM_LEFT}(\d{9})${NUM_RIGHT}`,
  'gi',
);
/** Anchored at the start of the local part: otherwise every position of a long digit run is retried. */
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** Procedure codes (`1.001193`, `1.005461.000.00.00.H36`): their digits are never personal data. */
const PROCEDURE_CODE = /(?<![\d.])\d{1,2}\.\d{6}(?:\.[A-Za-z0-9]+)*/g;

/** Phone numbers in the text, normalised to 0xxxxxxxxx, deduplicated, in order. */
export function findPhones(text: string): string[] {
  return findPersonalData(text).phones;
}

/** 12-digit căn cước numbers, and 9-digit CMND numbers when introduced by "cmnd"/"chứng minh". */
export function findIdNumbers(text: string): string[] {
  return findPersonalData(text).idNumbers;
}

/** Both at once, scanning the text a single time. */
export function findPersonalData(text: string): { phones: string[]; idNumbers: string[] } {
  const found = scan(text);
  return {
    phones: unique(found.filter((f) => f.kind === 'phone')),
    idNumbers: unique(found.filter((f) => f.kind === 'id' || f.kind === 'cmnd')),
  };
}

/**
 * The text with phones (09******78), identity numbers (0010******45) and e-mails (n***@gmail.com)
 * masked, for log lines. Dossier and procedure codes stay readable: staff need them to follow up.
 */
export function maskPersonalData(text: string): string {
  const nfc = text.normalize('NFC');
  let out = '';
  let last = 0;
  for (const f of scan(nfc)) {
    out += nfc.slice(last, f.start) + mask(f);
    last = f.end;
  }
  return out + nfc.slice(last);
}

function mask(f: Found): string {
  switch (f.kind) {
    case 'phone':
      return f.value.slice(0, 2) + '*'.repeat(f.value.length - 4) + f.value.slice(-2);
    case 'id':
      return f.value.slice(0, 4) + '*'.repeat(f.value.length - 6) + f.value.slice(-2);
    case 'cmnd':
      return f.value.slice(0, 2) + '*'.repeat(f.value.length - 4) + f.value.slice(-2);
    case 'email': {
      const at = f.value.indexOf('@');
      return `${f.value[0]}***${f.value.slice(at)}`;
    }
  }
}

/**
 * Every personal datum in the text, sorted by position, non-overlapping. Codes are blanked first so
 * that no later pattern can read their digits as a phone or an id.
 */
function scan(input: string): Found[] {
  const text = input.normalize('NFC');
  let work = text;
  const { codes, malformed } = extractDossierCodes(text);
  for (const raw of [...codes.map((c) => c.raw), ...malformed.map((m) => m.raw)]) {
    work = work.split(raw).join('#'.repeat(raw.length));
  }
  work = work.replace(PROCEDURE_CODE, (m) => '#'.repeat(m.length));

  const found: Found[] = [];
  const take = (regex: RegExp, kind: Found['kind'], value: (m: RegExpExecArray) => string | null): void => {
    const spans = [...work.matchAll(regex)].flatMap((m) => {
      const v = value(m);
      if (v === null) return [];
      // A match may start with a cue word (CMND): only the number itself is the datum.
      const start = m.index + m[0].length - (kind === 'cmnd' ? m[1].length : m[0].length);
      found.push({ start, end: m.index + m[0].length, value: v, kind });
      return [[start, m.index + m[0].length]];
    });
    // Blank what was taken so that a later, looser pattern cannot read it again.
    if (spans.length === 0) return;
    const out = work.split(''); // UTF-16 units, as regex indices are
    for (const [start, end] of spans) out.fill('#', start, end);
    work = out.join('');
  };

  take(EMAIL, 'email', (m) => m[0]);
  take(ID12, 'id', (m) => {
    const digits = m[1].replace(/\D/g, '');
    const cued = ID_CUE.test(work.slice(Math.max(0, m.index - 40), m.index));
    return cued || isProvinceCode(digits) ? digits : null;
  });
  take(CMND9, 'cmnd', (m) => m[1]);
  take(MOBILE, 'phone', (m) => '0' + m[1].replace(/\D/g, ''));
  take(LANDLINE, 'phone', (m) => '0' + m[1].replace(/\D/g, ''));
  return found.sort((a, b) => a.start - b.start);
}

/** A căn cước starts with the birth province's code, 001–096. */
function isProvinceCode(digits: string): boolean {
  const province = Number(digits.slice(0, 3));
  return province >= 1 && province <= 96;
}

function unique(found: Found[]): string[] {
  return [...new Set(found.map((f) => f.value))];
}
