import type { Synonyms } from '../../nlu/synonyms';
import { tokenize, type Token } from '../../nlu/vietnamese-text.util';

/**
 * What a procedure name says, for re-ranking: its special-case words ("cấp lại", "gia hạn", "có
 * yếu tố nước ngoài") and the words a citizen's message should state. Most special-case words
 * restrict the procedure to a case; but a name that opens with a list of actions ("Cấp, cấp lại,
 * gia hạn giấy phép …", "Cấp lại, đổi, điều chỉnh thông tin trên sổ BHXH") offers each of them:
 * one is enough for the citizen's case, a plain "Cấp" in the list covers a citizen who names no
 * special case, and the citizen names one action, not the list.
 */
export interface ProcedureName {
  /** Every modifier the whole name mentions, nested ones included ("nước ngoài" in "người nước ngoài"). */
  mentioned: Set<number>;
  /** Modifiers among the name's first two words (past "Thủ tục"): the procedure's own action. */
  opening: Set<number>;
  /** Modifiers that narrow the procedure to a special case. */
  restricting: Set<number>;
  /** Modifiers listed as alternative actions at the start of the name. */
  alternatives: Set<number>;
  /** The list of actions includes the plain one ("Cấp, cấp lại …"). */
  plainAlternative: boolean;
  /**
   * The names a message should state, without parenthesised qualifiers: one per listed action
   * ("cấp lại thông tin trên sổ BHXH", "đổi thông tin trên sổ BHXH" …), else just the name.
   */
  heads: Token[][];
  /** Filed by organisations only ("… đối với tổ chức đang sử dụng đất"), no person named. */
  forOrganisations: boolean;
}

/**
 * How and where a procedure is filed, appended to some names ("… bằng dịch vụ công trực tuyến một
 * phần hoặc trực tiếp thực hiện tại cấp trung ương, cấp tỉnh, cấp xã"): not what the citizen
 * names, so not counted as the name's words a message should state.
 */
const FILING_QUALIFIERS = [
  /\s(thực hiện\s+)?(bằng\s+)?dịch\s+vụ\s+công\b.*$/iu,
  /\s(thực hiện\s+)?tại\s+cấp\s+(trung ương|tỉnh|huyện|xã)\b.*$/iu,
  /\strực\s+tuyến\s+(toàn trình|một phần)/giu,
];

/**
 * A closing list of who may file ("… lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, người
 * gốc Việt Nam định cư ở nước ngoài"): citizens do not state it, and a list that includes people
 * abroad does not restrict the procedure to them. Only a list of nothing but such subjects is set
 * aside; "đối với tổ chức đang sử dụng đất" says more, and stays.
 */
const SUBJECT = '(hộ gia đình|cá nhân|tổ chức|cộng đồng dân cư|người (gốc )?việt nam định cư ở nước ngoài)';
const FOR_ORGANISATIONS = /đối với (các )?tổ chức/iu;
/** "đối với tổ chức, cá nhân": the list goes on to people. "… thay cho cá nhân" does not. */
const AND_PERSONS = /đối với (các )?tổ chức(\s*,\s*|\s+(và|hoặc)\s+)(cá nhân|hộ gia đình)/iu;
const SUBJECTS_ONLY = new RegExp(
  `\\s+đối với\\s+${SUBJECT}((\\s*,\\s*|\\s+(và|hoặc)\\s+)${SUBJECT})*\\s*$`,
  'iu',
);

/** A part of the opening list is an action alone: a few words, before the object is named. */
const MAX_ACTION_WORDS = 3;

export function parseProcedureName(name: string, synonyms: Synonyms): ProcedureName {
  const nameTokens = synonyms.expandAbbreviations(tokenize(name));
  const stated = name.replace(SUBJECTS_ONLY, ' ');
  const all = synonyms.outermostModifiersIn(synonyms.expandAbbreviations(tokenize(stated)));
  // "Cấp giấy phép xây dựng mới … (Nhà ở riêng lẻ/…)" is first of all a building permit.
  const text = FILING_QUALIFIERS.reduce((t, re) => t.replace(re, ' '), stated.replace(/\([^)]*\)/g, ' '));
  const parts = text.split(/[,;]/).map(tokenize);
  const alternatives = new Set<number>();
  let plainAlternative = false;
  const actions: Token[][] = [];
  let object: Token[] | null = null;
  // The leading short parts, then the action that opens the first long part ("điều chỉnh thông
  // tin trên sổ BHXH", "cấp lại giấy phép …"); its rest is the object.
  for (let i = 0; i < parts.length - 1 && parts[i].length > 0 && parts[i].length <= MAX_ACTION_WORDS; i++) {
    actions.push(parts[i]);
    const found = synonyms.modifiersIn(parts[i]);
    if (found.size === 0) plainAlternative = true;
    found.forEach((m) => alternatives.add(m));
    const next = parts[i + 1];
    if (next.length > MAX_ACTION_WORDS) {
      const opening = synonyms.modifierMatches(next).filter((m) => m.start <= 1);
      opening.forEach((m) => alternatives.add(m.phrase));
      const end = Math.max(0, ...opening.map((m) => m.start + m.length));
      actions.push(next.slice(0, end));
      object = [...next.slice(end), ...parts.slice(i + 2).flat()];
      break;
    }
  }
  if (alternatives.size === 0) {
    plainAlternative = false;
    object = null;
  }
  const heads = object ? actions.map((a) => [...a, ...object]) : [parts.flat()];
  const matches = synonyms.modifierMatches(nameTokens);
  const start = nameTokens[0]?.folded === 'thu' && nameTokens[1]?.folded === 'tuc' ? 2 : 0;
  return {
    mentioned: new Set(matches.map((m) => m.phrase)),
    opening: new Set(matches.filter((m) => m.start >= start && m.start <= start + 1).map((m) => m.phrase)),
    restricting: new Set([...all].filter((m) => !alternatives.has(m))),
    alternatives,
    plainAlternative,
    heads: heads.map((h) => synonyms.expandAbbreviations(h)),
    forOrganisations: FOR_ORGANISATIONS.test(name) && !AND_PERSONS.test(name),
  };
}

/** How often a case opens the names that mention it, at least: an action, not a circumstance. */
const ACTION_OPENING_SHARE = 0.1;

/**
 * Cases that open at least one name in ten of those that mention them are actions (gia hạn, thu
 * hồi, cấp đổi …); the others are circumstances (mất, nước ngoài, hư hỏng …), read from the catalog
 * so a staff-added case is classified too.
 */
export function actionModifiers(names: ProcedureName[]): Set<number> {
  const mentioned = new Map<number, number>();
  const opening = new Map<number, number>();
  for (const n of names) {
    n.mentioned.forEach((m) => mentioned.set(m, (mentioned.get(m) ?? 0) + 1));
    n.opening.forEach((m) => opening.set(m, (opening.get(m) ?? 0) + 1));
  }
  return new Set(
    [...opening].filter(([m, n]) => n >= ACTION_OPENING_SHARE * mentioned.get(m)!).map(([m]) => m),
  );
}
