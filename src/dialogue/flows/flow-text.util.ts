import { toToken, tokenize, type Token } from '../../nlu/vietnamese-text.util';

/**
 * Chat shorthand ("teencode") read as the words it stands for, on both triggers and messages, so
 * staff write a trigger once. Keys are compared on the typed form: "hông" is chat for "không", but
 * "hồng" is a colour (and "sổ hồng" a land certificate), so keys are never folded.
 */
// Packed: a dictionary reads better than one entry per line.
// prettier-ignore
const SHORTHAND: Record<string, string> = {
  ko: 'không', k: 'không', kg: 'không', khg: 'không', kh: 'không', hok: 'không', khum: 'không',
  hông: 'không', dc: 'được', đc: 'được', dk: 'đăng ký', đk: 'đăng ký', j: 'gì', ji: 'gì', bn: 'bao nhiêu',
  ntn: 'như thế nào', vs: 'với', mk: 'mình', mik: 'mình', mh: 'mình', t: 'tôi', mn: 'mọi người',
  mng: 'mọi người', h: 'giờ', lm: 'làm', lv: 'làm việc', tg: 'thời gian', tgian: 'thời gian',
  sdt: 'số điện thoại', sđt: 'số điện thoại', dt: 'điện thoại', đt: 'điện thoại', cb: 'cán bộ', hs: 'hồ sơ',
  dvc: 'dịch vụ công', tthc: 'thủ tục hành chính', onl: 'trực tuyến', online: 'trực tuyến', ol: 'trực tuyến',
  r: 'rồi', z: 'vậy', v: 'vậy', ns: 'nói', nc: 'nói chuyện', nt: 'nhắn tin', ib: 'nhắn tin', bik: 'biết',
  bít: 'biết', mún: 'muốn', cx: 'cũng', giùm: 'giúp', dùm: 'giúp', gium: 'giúp', dum: 'giúp', wa: 'qua',
  qa: 'qua', trc: 'trước', đag: 'đang', dag: 'đang', ng: 'người', thui: 'thôi', tk: 'tài khoản',
  cn: 'chủ nhật', t2: 'thứ hai', t3: 'thứ ba', t4: 'thứ tư', t5: 'thứ năm', t6: 'thứ sáu', t7: 'thứ bảy',
  ad: 'admin', ok: 'ok', oke: 'ok', okie: 'ok', okay: 'ok', app: 'ứng dụng',
};

/**
 * Words that carry no topic (pronouns, politeness, question words). They still count when they
 * line up, but a trigger must be found through its other ("content") words.
 */
const STOPWORDS =
  'tôi mình em anh chị bạn admin cho hỏi xin muốn với ạ à nhé nha nhá ơi là thì của có không được ở đâu ' +
  'thế nào sao gì vậy hả nhỉ đi nè ừ ok rồi biết cần phải những các cái này đó kia mà để và hay hoặc ' +
  'bao nhiêu ai khi lúc ra vào xem bị';

const STOP_ACCENTED = new Set<string>();
const STOP_FOLDED = new Set<string>();
for (const word of STOPWORDS.split(/\s+/)) {
  for (const t of tokenize(word)) {
    STOP_ACCENTED.add(t.accented);
    STOP_FOLDED.add(t.folded);
  }
}
const SHORTHAND_TOKENS = new Map<string, Token[]>(
  Object.entries(SHORTHAND).map(([key, full]) => [toToken(key).accented, tokenize(full)]),
);

/** One word as the matcher sees it. */
export interface MatchWord {
  folded: string;
  /** False for filler words; decided on the accented form when the citizen typed diacritics. */
  content: boolean;
}

export function isStopword(token: Token): boolean {
  return token.hasDiacritics ? STOP_ACCENTED.has(token.accented) : STOP_FOLDED.has(token.folded);
}

/** "khongggg", "ơiiii": a letter typed three times or more is one letter. */
function squeeze(token: Token): Token {
  return /(\p{L})\1\1/u.test(token.accented)
    ? toToken(token.accented.replace(/(\p{L})\1{2,}/gu, '$1'))
    : token;
}

/** Spelling games ("fải", "wá", "jờ", "kái"), tried only when the plain word is unknown. */
const RESPELLINGS: [RegExp, string][] = [
  [/^f/, 'ph'],
  [/^w/, 'qu'],
  [/^j/, 'gi'],
  [/^z/, 'd'],
  [/^z/, 'gi'],
  [/^k(?=[aou])/, 'c'],
];

function respell(token: Token, vocabulary: ReadonlySet<string>): Token {
  if (vocabulary.has(token.folded)) return token;
  for (const [pattern, replacement] of RESPELLINGS) {
    if (!pattern.test(token.folded)) continue;
    const candidate = toToken(token.accented.replace(pattern, replacement));
    if (vocabulary.has(candidate.folded)) return candidate;
  }
  return token;
}

/** "thứ 7" and "thứ bảy" are the same day. */
const WEEKDAY_NUMBERS = new Map(
  Object.entries({ 2: 'hai', 3: 'ba', 4: 'tư', 5: 'năm', 6: 'sáu', 7: 'bảy' }).map(([n, w]) => [
    n,
    toToken(w),
  ]),
);

/** Tokens with shorthand expanded, repeated letters squeezed and weekdays spelt out. */
export function normalizeTokens(text: string, vocabulary?: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  for (const raw of tokenize(text)) {
    const token = squeeze(raw);
    const expanded = SHORTHAND_TOKENS.get(token.accented);
    const weekday =
      out.length > 0 && out[out.length - 1].folded === 'thu' && WEEKDAY_NUMBERS.get(token.folded);
    if (expanded) out.push(...expanded);
    else if (weekday) out.push(weekday);
    else out.push(vocabulary ? respell(token, vocabulary) : token);
  }
  return out;
}

/** The words of a text, folded, with their content flag: the matcher's and validator's view. */
export function matchWords(text: string, vocabulary?: ReadonlySet<string>): MatchWord[] {
  return normalizeTokens(text, vocabulary).map((t) => ({ folded: t.folded, content: !isStopword(t) }));
}

/** The key two triggers share when they mean the same to the matcher. */
export function triggerKey(trigger: string): string {
  return matchWords(trigger)
    .map((w) => w.folded)
    .join(' ');
}

/** Particles that wrap a short answer ("hủy nhé", "thôi ạ", "1 nha") without changing it. */
const PARTICLES = new Set([
  'ạ',
  'a',
  'nhé',
  'nhe',
  'nha',
  'nhá',
  'đi',
  'di',
  'ơi',
  'oi',
  'mà',
  'admin',
  'bạn',
]);

/** Tokens of a short answer without the polite particles around it. */
export function answerTokens(text: string): Token[] {
  const tokens = normalizeTokens(text);
  const isParticle = (t: Token): boolean => PARTICLES.has(t.hasDiacritics ? t.accented : t.folded);
  let start = 0;
  let end = tokens.length;
  while (start < end && isParticle(tokens[start])) start++;
  while (end > start && isParticle(tokens[end - 1])) end--;
  return tokens.slice(start, end);
}

/** Whole-message cancel phrases. "dừng" needs its accent: typed bare, "dung" may be "đúng" (yes). */
const CANCEL_PHRASES = [
  'hủy',
  'hủy bỏ',
  'thôi',
  'thôi không cần',
  'thôi không cần nữa',
  'không cần nữa',
  'thôi khỏi',
  'dừng lại',
  'thoát',
  'cancel',
  'stop',
  'exit',
].map((p) => tokenize(p));
const ACCENT_REQUIRED = [tokenize('dừng')];

function samePhrase(typed: Token[], phrase: Token[], strict: boolean): boolean {
  if (typed.length !== phrase.length) return false;
  return typed.every((t, i) =>
    t.hasDiacritics || strict ? t.accented === phrase[i].accented : t.folded === phrase[i].folded,
  );
}

/** True when the whole message asks to stop ("hủy", "thôi ạ", "/huy", "huy bo"). */
export function isCancel(text: string): boolean {
  const typed = answerTokens(text);
  if (typed.length === 0 || typed.length > 5) return false;
  return (
    CANCEL_PHRASES.some((p) => samePhrase(typed, p, false)) ||
    ACCENT_REQUIRED.some((p) => samePhrase(typed, p, true))
  );
}
