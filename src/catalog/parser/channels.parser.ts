import type { ChannelKind, ParsedChannel, TimeUnit } from './parsed-procedure';
import { NO_INFO, cleanNormalizedLines, collapseSpaces, isNoInfo, normalizeText } from './text-clean.util';

/**
 * Parser for "Cách thức thực hiện". The export flattened the portal table
 * (Hình thức nộp | Thời gian | Phí, lệ phí | Mô tả) into one string without separators:
 *
 *   Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến1Miễn phíDịch vụ bưu chính22 Ngày làm việc…
 *
 * Each row starts with a channel label glued to its time cell. Labels also occur inside free
 * descriptions ("- Trực tiếp: nộp hồ sơ tại …"), so a label only opens a row when a valid
 * time cell and a valid fee cell follow it.
 */

export interface ChannelsParse {
  channels: ParsedChannel[];
  /** Human-readable notes about what could not be structured (become record warnings). */
  issues: string[];
}

const HEADER = /^\s*Hình thức nộp\s*Thời gian\s*Phí,\s*lệ phí\s*Mô tả\s*/;

const KIND_BY_LABEL: Readonly<Record<string, ChannelKind>> = {
  'Trực tuyến': 'online',
  'Dịch vụ bưu chính': 'postal',
  'Trực tiếp': 'direct',
};

// A row label is glued to its time cell, which starts with a digit or a capital ("Không …",
// "Hệ thống …"); descriptions mention labels followed by a space, a colon or lower case.
const LABEL = /(Trực tuyến|Dịch vụ bưu chính|Trực tiếp)(?=[\d\p{Lu}])/gu;

const UNIT = /\s*(ngày làm việc|ngày|giờ|tháng|năm|phút|tuần)/iy;
const UNIT_BY_WORD: Readonly<Record<string, { unit: TimeUnit; factor: number }>> = {
  'ngày làm việc': { unit: 'working_day', factor: 1 },
  ngày: { unit: 'day', factor: 1 },
  giờ: { unit: 'hour', factor: 1 },
  tháng: { unit: 'month', factor: 1 },
  năm: { unit: 'year', factor: 1 },
  phút: { unit: 'minute', factor: 1 },
  // The contract has no week unit; a week is seven calendar days.
  tuần: { unit: 'day', factor: 7 },
};

const NUMBER_RUN = /\d[\d.,]*/y;
const CURRENCY = /\s*(Việt Nam Đồng|VNĐ|VND|Đồng|đồng|USD)/y;
const AMOUNT = /(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(Việt Nam Đồng|VNĐ|VND|Đồng|đồng|USD)/y;
// Where a fee cell can begin; used to find the end of a free-text time cell.
const FEE_START = /Miễn phí|Không có thông tin|\d[\d.,]*\s*(?:Việt Nam Đồng|VNĐ|VND|USD)/;
// Amounts written inside the fee note ("20.000 đồng/tờ khai", "150.000đ/lần").
const NOTE_AMOUNT = /(\d{1,3}(?:[.,]\d{3})+)\s*(?:đồng|đ\b|Đ\b|vnđ|VNĐ|VND)/g;

const MAX_FREE_TIME = 250;
const MAX_NOTE = 3000;
/** Below this a VNĐ amount is almost surely a data-entry slip ("20 VNĐ" for 20.000 đ). */
const MIN_PLAUSIBLE_VND = 1000;

interface TimeCell {
  value: number | null;
  unit: TimeUnit | null;
  text: string | null;
  end: number;
  /** Set when the fee digits were glued to a unit-less time ("120,000 VNĐ" = "1" + "20,000 VNĐ"). */
  gluedFeeDigits?: string;
}

interface FeeCell {
  text: string | null;
  amountVnd: number | null;
  isFree: boolean;
  end: number;
  issue?: string;
}

interface RowHead {
  kind: ChannelKind;
  label: string;
  start: number;
  time: TimeCell;
  fee: FeeCell;
}

export function parseChannels(text: string | null | undefined): ParsedChannel[] {
  return parseChannelsDetailed(text).channels;
}

export function parseChannelsDetailed(text: string | null | undefined): ChannelsParse {
  if (text == null || isNoInfo(text)) return { channels: [], issues: [] };
  const body = normalizeText(text).replace(HEADER, '');
  const heads: RowHead[] = [];
  let consumed = 0;
  for (const m of body.matchAll(LABEL)) {
    const start = m.index ?? 0;
    if (start < consumed) continue;
    const label = m[1];
    const head = readRowHead(body, start + label.length);
    if (head === null) continue;
    heads.push({ kind: KIND_BY_LABEL[label], label, start, ...head });
    consumed = head.fee.end;
  }

  const issues: string[] = [];
  if (heads.length === 0 && collapseSpaces(body) !== '') {
    issues.push('no channel row recognised');
  }
  const channels = heads.map((h, i): ParsedChannel => {
    const descEnd = i + 1 < heads.length ? heads[i + 1].start : body.length;
    if (h.fee.issue) issues.push(`${h.label}: ${h.fee.issue}`);
    return {
      kind: h.kind,
      label: h.label,
      timeValue: h.time.value,
      timeUnit: h.time.unit,
      timeText: h.time.text,
      feeText: h.fee.text,
      feeAmountVnd: h.fee.amountVnd,
      isFree: h.fee.isFree,
      description: cleanNormalizedLines(body.slice(h.fee.end, descEnd)),
    };
  });
  return { channels, issues };
}

function readRowHead(s: string, pos: number): { time: TimeCell; fee: FeeCell } | null {
  const time = readTime(s, pos);
  if (time === null) return null;
  const fee = readFee(s, time.end, time.gluedFeeDigits);
  return fee === null ? null : { time, fee };
}

function readTime(s: string, pos: number): TimeCell | null {
  if (s.startsWith(NO_INFO, pos)) {
    return { value: null, unit: null, text: null, end: pos + NO_INFO.length };
  }
  NUMBER_RUN.lastIndex = pos;
  const num = NUMBER_RUN.exec(s);
  if (num !== null) return readNumericTime(s, pos, num[0]);
  return readFreeTextTime(s, pos);
}

function readNumericTime(s: string, pos: number, run: string): TimeCell | null {
  const runEnd = pos + run.length;
  UNIT.lastIndex = runEnd;
  const unit = UNIT.exec(s);
  if (unit !== null) {
    const spec = UNIT_BY_WORD[unit[1].toLowerCase()];
    const value = toNumber(run);
    return {
      value: value === null ? null : value * spec.factor,
      unit: value === null ? null : spec.unit,
      text: collapseSpaces(s.slice(pos, UNIT.lastIndex)),
      end: UNIT.lastIndex,
    };
  }
  if (s.startsWith('Miễn phí', runEnd) || s.startsWith(NO_INFO, runEnd)) {
    // The export lost the unit: keep the bare number, say nothing about its unit.
    return { value: toNumber(run), unit: null, text: run, end: runEnd };
  }
  CURRENCY.lastIndex = runEnd;
  if (CURRENCY.exec(s) === null) return null;
  // A unit-less time glued to the fee amount: "1" + "20,000 VNĐ" became "120,000 VNĐ".
  const split = splitGluedTimeAndFee(run, s.slice(runEnd, runEnd + MAX_NOTE));
  if (split === null) return null;
  return {
    value: toNumber(split.time),
    unit: null,
    text: split.time,
    end: pos + split.time.length,
    gluedFeeDigits: split.fee,
  };
}

/** A free-text time cell ("Không quy định", "Hệ thống … phản hồi tự động") up to the fee cell. */
function readFreeTextTime(s: string, pos: number): TimeCell | null {
  const window = s.slice(pos, pos + MAX_FREE_TIME);
  const fee = FEE_START.exec(window);
  if (fee === null || fee.index === 0) return null;
  const raw = window.slice(0, fee.index);
  if (raw.includes('\n')) return null;
  const text = collapseSpaces(raw);
  return { value: null, unit: null, text: text === '' ? null : text, end: pos + fee.index };
}

/**
 * Splits "120,000" (before "VNĐ") into a time and a fee amount. The time is the shortest digit
 * prefix leaving a well-formed amount, unless the fee note quotes an amount that matches a
 * longer split ("220 VNĐ(lệ phí … 20.000 đồng)" is "2" + "20").
 */
function splitGluedTimeAndFee(run: string, after: string): { time: string; fee: string } | null {
  const candidates: { time: string; fee: string }[] = [];
  for (let i = 1; i <= Math.min(3, run.length - 1); i++) {
    const time = run.slice(0, i);
    const fee = run.slice(i);
    if (/^\d+$/.test(time) && /^[1-9](?:\d{0,2}(?:[.,]\d{3})+|\d*)$/.test(fee)) {
      candidates.push({ time, fee });
    }
  }
  if (candidates.length === 0) return null;
  const quoted = noteAmounts(readNote(after, 0)?.inner ?? '');
  const hinted = candidates.find((c) => {
    const v = toInteger(c.fee);
    return v !== null && (quoted.includes(v) || quoted.includes(v * 1000));
  });
  return hinted ?? candidates[0];
}

function readFee(s: string, start: number, gluedDigits: string | undefined): FeeCell | null {
  // Cells are usually glued, but a stray space between them occurs ("Không Không có thông tin").
  let pos = start;
  while (gluedDigits === undefined && s[pos] === ' ') pos++;
  let main: string;
  let end: number;
  let amount: number | null = null;
  let isFree = false;
  let currency: string | null = null;
  if (gluedDigits !== undefined) {
    CURRENCY.lastIndex = pos + gluedDigits.length;
    const cur = CURRENCY.exec(s);
    if (cur === null) return null;
    currency = cur[1];
    amount = toInteger(gluedDigits);
    main = `${gluedDigits} ${currency}`;
    end = CURRENCY.lastIndex;
  } else if (s.startsWith('Miễn phí', pos)) {
    isFree = true;
    amount = 0;
    main = 'Miễn phí';
    end = pos + main.length;
  } else if (s.startsWith(NO_INFO, pos)) {
    return { text: null, amountVnd: null, isFree: false, end: pos + NO_INFO.length };
  } else {
    AMOUNT.lastIndex = pos;
    const m = AMOUNT.exec(s);
    if (m === null) return null;
    currency = m[2];
    amount = toInteger(m[1]);
    main = `${m[1]} ${currency}`;
    end = AMOUNT.lastIndex;
  }

  const note = readNote(s, end);
  const text = note === null ? main : `${main} (${collapseSpaces(note.inner)})`;
  if (note !== null) end = note.end;
  if (isFree) return { text, amountVnd: 0, isFree, end };
  return { text, end, isFree, ...resolveVnd(amount, currency, note?.inner ?? '') };
}

/** Turns the stated amount into đồng, refusing foreign currencies and truncated amounts. */
function resolveVnd(
  amount: number | null,
  currency: string | null,
  note: string,
): { amountVnd: number | null; issue?: string } {
  if (amount === null || currency === null) return { amountVnd: null };
  if (currency === 'USD') return { amountVnd: null };
  if (amount >= MIN_PLAUSIBLE_VND) return { amountVnd: amount };
  // "20 VNĐ(20.000 vnđ /tờ khai)": the portal field was filled in thousands. Only trust the
  // note when it literally quotes the same figure in full.
  if (amount > 0 && noteAmounts(note).includes(amount * 1000)) return { amountVnd: amount * 1000 };
  return { amountVnd: null, issue: `fee amount "${amount} ${currency}" is implausible; kept as text only` };
}

/** A parenthesised note right after the fee cell, with balanced nesting. */
function readNote(s: string, pos: number): { inner: string; end: number } | null {
  if (s[pos] !== '(') return null;
  let depth = 0;
  const limit = Math.min(s.length, pos + MAX_NOTE);
  for (let i = pos; i < limit; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) {
      let inner = s.slice(pos + 1, i).trim();
      // "((Miễn lệ phí …))": one redundant pair adds nothing.
      if (inner.startsWith('(') && inner.endsWith(')') && balanced(inner.slice(1, -1))) {
        inner = inner.slice(1, -1).trim();
      }
      return { inner, end: i + 1 };
    }
  }
  return null;
}

function balanced(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

function noteAmounts(note: string): number[] {
  const out: number[] = [];
  for (const m of note.matchAll(NOTE_AMOUNT)) {
    const v = toInteger(m[1]);
    if (v !== null) out.push(v);
  }
  return out;
}

/** "80,000" / "80.000" / "80" → 80000 / 80000 / 80 (separators are thousands here). */
function toInteger(digits: string): number | null {
  const v = Number(digits.replace(/[.,]/g, ''));
  return Number.isSafeInteger(v) ? v : null;
}

/** A processing time: "22", "0,5", "1.5" (separators are decimal marks here). */
function toNumber(run: string): number | null {
  const cleaned = run.replace(/[.,]+$/, '').replace(',', '.');
  if (!/^\d+(?:\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}
