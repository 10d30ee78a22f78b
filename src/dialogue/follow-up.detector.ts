import { toMatchForm } from '../nlu/text-fold.util';

/** The parts of a procedure a citizen asks about after the procedure is known. */
export const ASPECTS = [
  'fee',
  'time',
  'documents',
  'where',
  'online',
  'legal',
  'steps',
  'conditions',
  'result',
] as const;
export type Aspect = (typeof ASPECTS)[number];

/**
 * How citizens ask about each part, on folded text (with or without diacritics). Order matters:
 * the first aspect that matches wins ("nộp online ở đâu" is about filing online).
 */
const PATTERNS: [Aspect, RegExp][] = [
  ['online', /\b(online|onl|truc tuyen|qua mang|tren mang|dich vu cong|vneid|nop mang)\b/],
  ['fee', /\b(le phi|phi|bao nhieu tien|het bao nhieu|ton bao nhieu|mat bao nhieu|chi phi|tien)\b/],
  ['time', /\b(bao lau|may ngay|bao nhieu ngay|thoi gian|thoi han|bao gio|khi nao co|lau khong)\b/],
  ['legal', /\b(can cu|phap ly|luat nao|nghi dinh|thong tu|van ban nao|quy dinh nao)\b/],
  ['conditions', /\b(dieu kien|yeu cau gi|ai duoc|co duoc khong|duoc khong)\b/],
  ['where', /\b(o dau|noi nop|nop o|nop tai|co quan nao|lam o|toi dau|cho nao)\b/],
  [
    'documents',
    /\b(giay to|ho so gom|ho so can|can gi|can nhung gi|mang theo|chuan bi|thanh phan|mau don|to khai)\b/,
  ],
  ['steps', /\b(trinh tu|cac buoc|quy trinh|lam the nao|lam sao|the nao|ra sao|huong dan)\b/],
  ['result', /\b(ket qua|nhan duoc gi|duoc cap gi|nhan gi)\b/],
];

export function detectAspect(text: string): Aspect | null {
  const folded = toMatchForm(text);
  for (const [aspect, pattern] of PATTERNS) if (pattern.test(folded)) return aspect;
  return null;
}

/** A message that is only a follow-up ("lệ phí bao nhiêu?") names no procedure of its own. */
export function isBareFollowUp(text: string): boolean {
  const folded = toMatchForm(text);
  let rest = folded;
  for (const [, pattern] of PATTERNS) rest = rest.replace(new RegExp(pattern.source, 'g'), ' ');
  const leftover = rest.split(' ').filter((w) => w && !FILLER.has(w));
  return detectAspect(text) !== null && leftover.length <= 2;
}

/** Words around a follow-up that carry no procedure ("vậy", "thì", "cho em hỏi"…). */
const FILLER = new Set(
  'vay the thi la co khong ko k a ah nhe nha oi cho em toi minh hoi xin con nua can phai nop lam mat het duoc dc va voi thu tuc nay do no'.split(
    ' ',
  ),
);
